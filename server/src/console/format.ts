// Result formatting: aligned table, JSON or CSV.
import type { CypherResult } from '../cypher/index.js';

export type Format = 'table' | 'json' | 'csv';

function cell(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return v;
  if (typeof v === 'object' && 'labels' in v && 'properties' in v) {
    const n = v as { labels: string[]; properties: Record<string, unknown> };
    return `(:${n.labels.join(':')} ${JSON.stringify(n.properties)})`;
  }
  if (typeof v === 'object' && 'type' in v && 'start' in v && 'properties' in v) {
    const r = v as { type: string; properties: Record<string, unknown> };
    return `[:${r.type} ${JSON.stringify(r.properties)}]`;
  }
  return JSON.stringify(v);
}

export function formatTable(columns: string[], rows: unknown[][], maxWidth = 60): string {
  const clip = (s: string) => (s.length > maxWidth ? `${s.slice(0, maxWidth - 1)}…` : s).replace(/\n/g, ' ');
  const cells = rows.map((r) => r.map((v) => clip(cell(v))));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i]!.length)));
  const line = (vals: string[]) => `| ${vals.map((v, i) => v.padEnd(widths[i]!)).join(' | ')} |`;
  const sep = `+${widths.map((w) => '-'.repeat(w + 2)).join('+')}+`;
  return [sep, line(columns), sep, ...cells.map(line), sep].join('\n');
}

export function formatCsv(columns: string[], rows: unknown[][]): string {
  const esc = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return [
    columns.map(esc).join(','),
    ...rows.map((r) => r.map((v) => esc(typeof v === 'string' ? v : cell(v))).join(',')),
  ].join('\n');
}

export function formatResult(r: CypherResult, format: Format): string {
  if (format === 'json') return JSON.stringify({ columns: r.columns, rows: r.rows, truncated: r.truncated });
  if (format === 'csv') return formatCsv(r.columns, r.rows);
  if (r.columns.length === 0) return '(no columns)';
  return formatTable(r.columns, r.rows);
}
