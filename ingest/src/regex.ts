// Long patterns built from named parts, so each part can be read (and changed) on its own.

/** Joins parts into one pattern: a RegExp part gives its source, a string part is pattern text as written. */
export function re(parts: readonly (string | RegExp)[], flags = ''): RegExp {
  return new RegExp(parts.map((p) => (typeof p === 'string' ? p : p.source)).join(''), flags);
}

/** A non-capturing group of alternatives, each pattern text as written: oneOf(['a', 'b']) is "(?:a|b)". */
export const oneOf = (alternatives: readonly string[]): string => `(?:${alternatives.join('|')})`;

/** Text matched as written: every character with a meaning in a pattern escaped. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
