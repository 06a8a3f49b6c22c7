// Renders the same generated graphs in the explorer's canvas (bench-explorer.html) and in bare sigma
// (bench-bare.html) in one headless Chromium, and reports time to first frame and fps during a scripted pan and zoom.
import express from 'express';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import type { Server } from 'node:http';
import { chromium } from 'playwright-core';
import { ROOT } from '../../scripts/lib/neo4j-local.js';

export interface RenderRow {
  nodes: number;
  edges: number;
  page: string;
  firstFrameMs: number;
  fps: number;
  ratio: string;
}

export async function benchRender(sizes = [1000, 10000]): Promise<RenderRow[]> {
  const dist = path.join(ROOT, 'client/dist');
  // Built now: the pages measured are the current code's, never an older build's.
  execFileSync('npm', ['run', 'build', '-w', 'client'], { cwd: ROOT, stdio: 'inherit' });
  const app = express().use(express.static(dist));
  const server = await new Promise<Server>((r) => {
    const s = app.listen(0, '127.0.0.1', () => {
      r(s);
    });
  });
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--use-gl=angle',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
    ],
  });
  const rows: RenderRow[] = [];
  try {
    for (const n of sizes) {
      const figures: Record<string, { firstFrameMs: number; fps: number }> = {};
      for (const [name, url] of [
        ['bare sigma', `${base}/bench-bare.html?n=${n}`],
        ['explorer', `${base}/bench-explorer.html?n=${n}`],
      ] as const) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        await page.goto(url);
        await page.waitForFunction(() => (window as unknown as { __bench?: unknown }).__bench, undefined, {
          timeout: 180_000,
        });
        figures[name] = await page.evaluate(
          () => (window as unknown as { __bench: { firstFrameMs: number; fps: number } }).__bench,
        );
        // The page's last frames are still being drawn (software WebGL takes seconds a frame at 10,000 nodes):
        // closing now would leave them to compete with the next page's first frame.
        await page.evaluate(
          () => new Promise((settled) => requestAnimationFrame(() => requestAnimationFrame(settled))),
        );
        await page.close();
      }
      for (const name of ['bare sigma', 'explorer']) {
        const f = figures[name]!;
        rows.push({
          nodes: n,
          edges: 3 * n,
          page: name,
          firstFrameMs: Math.round(f.firstFrameMs),
          fps: Number(f.fps.toFixed(2)),
          ratio: name === 'explorer' ? `${Math.round((f.fps / figures['bare sigma']!.fps) * 100)}% of bare fps` : '',
        });
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  return rows;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  console.table(await benchRender());
}
