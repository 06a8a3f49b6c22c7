// Explorer rendering against bare sigma on the same generated graphs (bench/render/run.ts does the work).
import { benchRender } from './render/run.js';
import { table, type Section } from './report.js';

export async function section(): Promise<Section[]> {
  const rows = await benchRender();
  return [
    {
      title: 'Rendering: explorer vs bare sigma (headless Chromium, software WebGL)',
      note:
        "Generated graphs with 3× as many edges as nodes, rendered by the explorer's canvas " +
        "(`/bench-explorer.html?n=N`, the app's sigma settings, reducers and legend) and by bare sigma with " +
        'default settings (`/bench-bare.html?n=N`). First frame is measured from navigation start to the ' +
        "animation frame that puts the renderer's first drawing (made as it is built, after the page's graph and " +
        'legend) on screen; fps counts requestAnimationFrame callbacks during six 500 ms camera animations ' +
        '(pans and zooms). Each page is closed only once its last frame is drawn, so none is timed while the ' +
        'previous one still draws. Targets: first frame < 2 s at 10,000 nodes; explorer fps ≥ 90% of bare sigma.',
      table: table(
        ['nodes', 'edges', 'page', 'first frame ms', 'fps', 'explorer / bare'],
        rows.map((r) => [r.nodes, r.edges, r.page, r.firstFrameMs, r.fps, r.ratio]),
      ),
    },
  ];
}
