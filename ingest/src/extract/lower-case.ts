// Lower-casing every word of every sentence showed in profiles: most words are lower case already, and a scan
// of their character codes is cheaper than the call that would copy them unchanged.

/** `s.toLowerCase()`, with `s` itself when it holds no ASCII capital and nothing beyond ASCII. */
export function lowerCase(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return s.toLowerCase();
  }
  return s;
}
