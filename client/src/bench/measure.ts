// The same measurement for the explorer and for bare sigma: time to first rendered frame (from
// navigation start) and frames per second while the camera is animated through pans and zooms.
import type Sigma from 'sigma';

export interface RenderFigures {
  firstFrameMs: number;
  fps: number;
  frames: number;
}

/**
 * Called right after the page built its renderer: sigma draws its first frame in its constructor, and that frame
 * reaches the screen with the next animation frame, once the page's own work in the same task is done. (Forcing a
 * refresh here and timing that would time a second full indexation and frame, not the first.)
 */
export function measure(renderer: Sigma): Promise<RenderFigures> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const first = performance.now();
      requestAnimationFrame(() => void script(first).then(resolve));
    });
  });

  async function script(firstFrameMs: number): Promise<RenderFigures> {
    const camera = renderer.getCamera();
    let frames = 0;
    let counting = true;
    const tick = () => {
      frames++;
      if (counting) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    const t0 = performance.now();
    const steps = [
      { x: 0.3, y: 0.3, ratio: 0.5 },
      { x: 0.7, y: 0.4, ratio: 0.8 },
      { x: 0.5, y: 0.7, ratio: 0.3 },
      { x: 0.4, y: 0.5, ratio: 1.5 },
      { x: 0.6, y: 0.6, ratio: 0.6 },
      { x: 0.5, y: 0.5, ratio: 1 },
    ];
    for (const s of steps) await camera.animate(s, { duration: 500 });
    counting = false;
    const seconds = (performance.now() - t0) / 1000;
    return { firstFrameMs, fps: frames / seconds, frames };
  }
}
