// An edge's quotes where edges are listed (the entity panel, the path view): the few an answer carries, and
// when the edge's count says there are more, "n of N quotes" with a button that pages the rest from the server.
import { errorText, type Edge, type Evidence } from '../api/client.js';
import { investigation } from '../api/investigation.js';
import { el } from './dom.js';

const quote = (ev: Evidence) => el('blockquote', { class: 'evidence', 'data-doc': ev.doc }, ev.quote);

/**
 * The quotes an edge carries (answers are asked for a few per edge), and when its count says there are more,
 * "n of N quotes" with a button that pages the rest from the server. Never a silent cut.
 */
export function quotes(edge: Edge): HTMLElement[] {
  // Stance edges are aggregated from claims: their evidence is the claims' words.
  const carried = edge.evidence.length ? edge.evidence : edge.claims.map((c) => c.evidence);
  let shown = carried.map(quote);
  if (edge.count <= shown.length) return shown;
  const more = el('button', { type: 'button', class: 'link more' }, '');
  const label = (n: number, total: number) => {
    more.textContent = `${n} of ${total} quotes: show more`;
  };
  label(shown.length, edge.count);
  let next = 0;
  more.addEventListener('click', () => {
    more.disabled = true;
    investigation.edgeClaims(edge, next).then(
      (page) => {
        more.disabled = false;
        const got = [...page.evidence, ...page.items.map((c) => c.evidence)].map(quote);
        // The first page replaces the carried quotes: the server pages them in its own order.
        if (next === 0) for (const q of shown.splice(0)) q.remove();
        more.before(...got);
        shown = [...shown, ...got];
        next = page.offset + page.limit;
        const total = edge.derived ? page.total : page.evidenceTotal;
        if (shown.length >= total || got.length === 0) more.remove();
        else label(shown.length, total);
      },
      (e: unknown) => {
        more.disabled = false;
        more.textContent = `Show more (failed: ${errorText(e)})`;
      },
    );
  });
  return [...shown, more];
}
