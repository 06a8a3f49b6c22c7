// BENCHMARKS.md as a preamble and "## " sections: a run replaces the sections it measured and keeps the rest.

const titleOf = (section: string) => section.slice(3, section.indexOf('\n') === -1 ? undefined : section.indexOf('\n'));

/** `file` with each of `sections` (markdown starting "## Title") replacing the one of the same title, or appended. */
export function mergeSections(file: string, sections: string[]): string {
  const parts = file.split(/\n(?=## )/);
  const preamble = parts[0]!.startsWith('## ') ? '' : parts.shift()!;
  const kept = parts.map((p) => p.trimEnd() + '\n');
  for (const section of sections) {
    const at = kept.findIndex((p) => titleOf(p) === titleOf(section));
    const text = section.trimEnd() + '\n';
    if (at === -1) kept.push(text);
    else kept[at] = text;
  }
  return [preamble.trimEnd() + '\n', ...kept].join('\n');
}
