// ForceAtlas2 in a web worker: runs three seconds on load, then on demand; the camera frames what is shown
// whenever it stops.
import type Graph from 'graphology';
import type Sigma from 'sigma';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { frameBox } from './canvas.js';

export function runLayout(
  graph: Graph,
  renderer: Sigma,
  toggle: HTMLButtonElement,
  shown: () => Set<string>,
  stopped: () => void = () => {},
): void {
  const layout = new FA2Layout(graph, { settings: { ...forceAtlas2.inferSettings(graph), slowDown: 5 } });
  const stop = () => {
    layout.stop();
    toggle.textContent = 'Start layout';
    renderer.setCustomBBox(frameBox(graph, shown()));
    renderer.refresh();
    stopped();
  };
  layout.start();
  setTimeout(stop, 3000);
  toggle.addEventListener('click', () => {
    if (layout.isRunning()) stop();
    else {
      renderer.setCustomBBox(null);
      layout.start();
      toggle.textContent = 'Stop layout';
    }
  });
}
