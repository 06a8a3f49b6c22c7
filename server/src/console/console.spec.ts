import { describe, expect, it } from 'vitest';
import { formatCsv, formatTable } from './format.js';
import { parseParam, splitStatements } from './statements.js';

describe('splitStatements', () => {
  it('splits on semicolons outside strings and comments, keeping the unfinished rest', () => {
    const r = splitStatements("MATCH (n {name: 'a;b'}) RETURN n; // x;\nRETURN 1;\nMATCH (m)");
    expect(r.statements).toEqual(["MATCH (n {name: 'a;b'}) RETURN n", '// x;\nRETURN 1']);
    expect(r.rest.trim()).toBe('MATCH (m)');
  });
  it('reads `quoted` names without backslash escapes, as Cypher does', () => {
    // A backslash before the closing backtick must not hide it: the ";" after the name ends the statement.
    const r = splitStatements('MATCH (n:`a\\`) RETURN n; RETURN 2;');
    expect(r.statements).toEqual(['MATCH (n:`a\\`) RETURN n', 'RETURN 2']);
    expect(r.rest).toBe('');
  });
  it('treats the C0 separators as whitespace and keeps unclosed input whole', () => {
    expect(splitStatements('RETURN 1;\u001c;RETURN 2;').statements).toEqual(['RETURN 1', 'RETURN 2']);
    expect(splitStatements("RETURN 1; RETURN 'a;b").statements).toEqual([]);
  });
});

describe('parseParam', () => {
  it('reads JSON values and bare strings', () => {
    expect(parseParam(':param name => "Ofsted"')).toEqual({ name: 'name', value: 'Ofsted' });
    expect(parseParam(':param n => 5')).toEqual({ name: 'n', value: 5 });
    expect(parseParam(":param s => 'quoted'")).toEqual({ name: 's', value: 'quoted' });
    expect(() => parseParam(':param')).toThrow(/usage/);
  });
});

describe('formatting', () => {
  it('aligns columns in a table', () => {
    const t = formatTable(
      ['a', 'long column'],
      [
        ['x', 1],
        ['yyyy', null],
      ],
    );
    const lines = t.split('\n');
    expect(new Set(lines.map((l) => l.length)).size).toBe(1);
    expect(t).toContain('| yyyy | null        |');
  });
  it('quotes CSV fields that need it', () => {
    expect(formatCsv(['a'], [['x,y'], ['say "hi"']])).toBe('a\n"x,y"\n"say ""hi"""');
  });
});
