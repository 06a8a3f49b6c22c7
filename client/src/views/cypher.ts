// Cypher tab: run read-only Cypher through POST /api/cypher; results as a table and as the graph they
// contain (counts); errors as the API reports them.
import { el } from './dom.js';
import { errorText, request } from '../api/client.js';
import { tokenizeCypher } from './cypher-highlight.js';

export interface ResultGraph {
  nodes: { id: string; labels: string[]; properties: Record<string, unknown> }[];
  relationships: { id: string; type: string; start: string; end: string }[];
}

interface CypherAnswer {
  columns: string[];
  rows: unknown[][];
  truncated: boolean;
  graph: ResultGraph;
}

export function showCypher(
  panel: HTMLElement,
  initial: string,
  onQuery: (q: string) => void,
  onGraph: (g: ResultGraph) => void = () => {},
  onClear: () => void = () => {},
): void {
  const editor = el('textarea', { id: 'cypher-editor', rows: '5', spellcheck: 'false', 'aria-label': 'Cypher query' });
  editor.value =
    initial ||
    'MATCH (s:Entity)-[r:CRITICISES]->(t:Entity) RETURN s.name AS speaker, t.name AS target, r.count AS ' +
      'claims ORDER BY claims DESC LIMIT 10';
  // Highlighting: a text layer under a transparent-text textarea, redrawn from tokens on input.
  const layer = el('pre', { class: 'cypher-layer', 'aria-hidden': 'true' });
  const paint = () => {
    layer.replaceChildren(
      ...tokenizeCypher(editor.value).map((t) =>
        t.kind === 'text' ? document.createTextNode(t.text) : el('span', { class: `cy-${t.kind}` }, t.text),
      ),
      '\n',
    );
    layer.scrollTop = editor.scrollTop;
  };
  editor.addEventListener('input', paint);
  editor.addEventListener('scroll', () => {
    layer.scrollTop = editor.scrollTop;
  });
  const wrap = el('div', { class: 'cypher-wrap' }, layer, editor);
  paint();
  const run = el('button', { type: 'button', id: 'cypher-run' }, 'Run (Ctrl+Enter)');
  const out = el('div', { id: 'cypher-result' });
  panel.replaceChildren(el('h2', { id: 'panel-title' }, 'Cypher (read-only)'), wrap, el('p', {}, run), out);
  panel.dataset.view = 'cypher';
  const exec = async () => {
    onQuery(editor.value);
    out.replaceChildren(el('p', { class: 'muted' }, 'Running…'));
    let body: CypherAnswer;
    try {
      body = await request<CypherAnswer>('/api/cypher', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: editor.value }),
      });
    } catch (e) {
      out.replaceChildren(el('p', { class: 'error', role: 'alert' }, errorText(e)));
      return;
    }
    const table = el(
      'table',
      { class: 'rows' },
      el('thead', {}, el('tr', {}, ...body.columns.map((c) => el('th', {}, c)))),
      el(
        'tbody',
        {},
        ...body.rows.map((r) =>
          el('tr', {}, ...r.map((v) => el('td', {}, typeof v === 'string' ? v : JSON.stringify(v)))),
        ),
      ),
    );
    const summary = el(
      'p',
      { class: 'muted' },
      `${body.rows.length} rows${body.truncated ? ' (truncated)' : ''} · ${body.graph.nodes.length} nodes, ` +
        `${body.graph.relationships.length} relationships in the result `,
    );
    if (body.graph.nodes.length) {
      const show = el('button', { type: 'button', id: 'cypher-graph' }, 'Show as graph');
      // The result dims the rest of the canvas until it is cleared or the tab is left.
      const clear = el('button', { type: 'button', id: 'cypher-clear', hidden: '' }, 'Clear from canvas');
      show.addEventListener('click', () => {
        onGraph(body.graph);
        clear.hidden = false;
      });
      clear.addEventListener('click', () => {
        onClear();
        clear.hidden = true;
      });
      summary.append(show, ' ', clear);
    }
    out.replaceChildren(summary, table);
  };
  run.addEventListener('click', () => void exec());
  editor.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void exec();
    }
  });
  if (initial) void exec();
}
