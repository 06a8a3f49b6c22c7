// The camera state that shows a set of nodes as large as the canvas allows, so a focus (a document, a speaker, a
// time window, a neighbourhood) is seen at once instead of wherever the camera happened to be.
import type Sigma from 'sigma';
import type { CameraState } from 'sigma/types';

/** Kept free around the framed nodes, in pixels, so their discs and labels stay on the canvas. */
export const FRAME_MARGIN_PX = 60;
/** The closest a frame zooms in: a focus of one or two nodes keeps the scale of its surroundings. */
export const FRAME_MIN_RATIO = 0.2;

export function cameraToFit(renderer: Sigma, nodes: Iterable<string>): CameraState | null {
  let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const n of nodes) {
    const d = renderer.getNodeDisplayData(n);
    if (!d || d.hidden) continue;
    [x0, x1, y0, y1] = [Math.min(x0, d.x), Math.max(x1, d.x), Math.min(y0, d.y), Math.max(y1, d.y)];
  }
  if (x0 === Infinity) return null;
  const { angle } = renderer.getCamera().getState();
  const centre = { x: (x0 + x1) / 2, y: (y0 + y1) / 2 };
  // The box's size on screen with the camera on its centre at ratio 1; the ratio then scales it to the canvas.
  const cameraState = { ...centre, angle, ratio: 1 };
  const a = renderer.framedGraphToViewport({ x: x0, y: y0 }, { cameraState });
  const b = renderer.framedGraphToViewport({ x: x1, y: y1 }, { cameraState });
  const { width, height } = renderer.getDimensions();
  const ratio = Math.max(
    Math.abs(b.x - a.x) / Math.max(width - 2 * FRAME_MARGIN_PX, 1),
    Math.abs(b.y - a.y) / Math.max(height - 2 * FRAME_MARGIN_PX, 1),
    FRAME_MIN_RATIO,
  );
  return { ...centre, angle, ratio };
}
