// Splits console input into statements ended by ";" (outside strings and comments), and parses
// ":param name => value" values as JSON, falling back to a bare string.
export function splitStatements(buffer: string): { statements: string[]; rest: string } {
  const statements: string[] = [];
  let start = 0;
  let i = 0;
  while (i < buffer.length) {
    const c = buffer[i]!;
    if (c === '/' && buffer[i + 1] === '/') {
      const e = buffer.indexOf('\n', i);
      i = e < 0 ? buffer.length : e;
      continue;
    }
    if (c === '/' && buffer[i + 1] === '*') {
      const e = buffer.indexOf('*/', i + 2);
      i = e < 0 ? buffer.length : e + 2;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < buffer.length && buffer[j] !== c) j += buffer[j] === '\\' ? 2 : 1;
      i = j + 1;
      continue;
    }
    if (c === ';') {
      const s = buffer.slice(start, i).trim();
      if (s) statements.push(s);
      start = i + 1;
    }
    i++;
  }
  return { statements, rest: buffer.slice(start) };
}

export function parseParam(line: string): { name: string; value: unknown } {
  const m = /^:param\s+([A-Za-z_][\w]*)\s*(?:=>|:|=)\s*([\s\S]+)$/.exec(line.trim());
  if (!m)
    throw new Error('usage: :param name => value   (value as JSON, e.g. :param name => "Ofsted" or :param n => 5)');
  const raw = m[2]!.trim().replace(/;$/, '');
  try {
    return { name: m[1]!, value: JSON.parse(raw) };
  } catch {
    const single = /^'(.*)'$/.exec(raw);
    return { name: m[1]!, value: single ? single[1] : raw };
  }
}
