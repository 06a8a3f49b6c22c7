// The status line: how many entities the filters leave of how many are loaded, and a message on the canvas
// when they leave none. data-* attributes carry the numbers for tests and scripts.
import type Graph from 'graphology';

export function reportCounts(
  status: HTMLElement,
  empty: HTMLElement,
  graph: Graph,
  visible: number,
  result: string[] | null,
  total: number,
): void {
  status.dataset.visible = String(visible);
  status.dataset.nodes = String(graph.order);
  empty.hidden = visible > 0;
  if (result) status.dataset.result = String(result.length);
  else delete status.dataset.result;
  if (visible === 0) {
    status.textContent = 'Every entity is hidden by the filters: tick a type or a relation, or Reset.';
    return;
  }
  const loaded = total > graph.order ? ` (the ${graph.order} most connected of ${total})` : '';
  const query = result ? ` · showing ${visible} from the query` : '';
  status.textContent = `${visible} of ${graph.order} entities shown${loaded}, ${graph.size} edges${query}`;
}
