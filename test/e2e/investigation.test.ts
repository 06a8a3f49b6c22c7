// The investigation views used as a person does, on the seeds: an edge's claims (thickness, paging, a quote
// opened in its document, a stance flagged with the API token), contested targets, the timeline's brush,
// and the canvas focused on a document, a speaker or a neighbourhood, each restored by Back and Forward.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT } from '../helpers/db.js';
import { useSeededApp } from '../helpers/app.js';
import { layoutStopped } from '../helpers/browser.js';

const TOKEN = 'explorer-test-token-that-is-long-enough';
const app = useSeededApp(undefined, { apiToken: TOKEN });
const shot = (name: string) => path.join(ROOT, `test-results/screenshots/${name}.png`);

async function open(query = ''): Promise<Page> {
  const page = await app.browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`${app.server.url}/${query}`);
  await page.waitForSelector('#status[data-nodes]');
  return page;
}

interface SigmaProbe {
  __sigma: {
    getGraph(): {
      edges(): string[];
      nodes(): string[];
      extremities(e: string): [string, string];
      getEdgeAttributes(e: string): Record<string, unknown>;
      hasEdge(e: string): boolean;
      getNodeAttributes(n: string): { x: number; y: number };
    };
    getEdgeDisplayData(e: string): { hidden?: boolean } | undefined;
    getNodeDisplayData(n: string): { hidden?: boolean } | undefined;
    graphToViewport(p: { x: number; y: number }): { x: number; y: number };
    getContainer(): HTMLElement;
    getCamera(): { isAnimated(): boolean; getState(): { x: number; y: number; ratio: number } };
  };
}

/** The stance edges on the canvas with their claim count, size and on-screen midpoint, longest first. */
const stanceEdges = (page: Page) =>
  page.evaluate(() => {
    const s = (window as unknown as SigmaProbe).__sigma;
    const g = s.getGraph();
    const box = s.getContainer().getBoundingClientRect();
    return g
      .edges()
      .filter((e) => ['CRITICISES', 'PRAISES'].includes(g.getEdgeAttributes(e).label as string))
      .filter((e) => !s.getEdgeDisplayData(e)?.hidden)
      .map((e) => {
        const [a, b] = g.extremities(e).map((n) => s.graphToViewport(g.getNodeAttributes(n)));
        const at = { x: box.left + (a!.x + b!.x) / 2, y: box.top + (a!.y + b!.y) / 2 };
        // Clear of every node, so the click lands on the edge.
        const clear = g.nodes().every((n) => {
          if (s.getNodeDisplayData(n)?.hidden) return true;
          const p = s.graphToViewport(g.getNodeAttributes(n));
          return Math.hypot(box.left + p.x - at.x, box.top + p.y - at.y) > 25;
        });
        // Inside the canvas and not under anything drawn over it (the legend, the list, the timeline), and the
        // only edge between its two ends (a parallel edge is drawn on the same line).
        const onCanvas = s.getContainer().contains(document.elementFromPoint(at.x, at.y));
        const [from, to] = g.extremities(e);
        const alone = g.edges().every((o) => {
          if (o === e) return true;
          const [x, y] = g.extremities(o);
          return !((x === from && y === to) || (x === to && y === from));
        });
        const inside =
          clear &&
          onCanvas &&
          alone &&
          at.x > box.left + 20 &&
          at.x < box.right - 20 &&
          at.y > box.top + 20 &&
          at.y < box.bottom - 20;
        const a2 = g.getEdgeAttributes(e);
        return {
          key: e,
          count: a2.count as number,
          size: a2.size as number,
          at,
          inside,
          length: Math.hypot(a!.x - b!.x, a!.y - b!.y),
        };
      })
      .sort((x, y) => y.length - x.length);
  });

/** Pairs of visible edges between the same two entities, with each one's middle on screen as drawn (a curve's
 * middle stands off the straight line by a quarter of its curvature times its length: @sigma/edge-curve's Bézier). */
const parallelPairs = (page: Page) =>
  page.evaluate(() => {
    const s = (window as unknown as SigmaProbe).__sigma;
    const g = s.getGraph();
    const box = s.getContainer().getBoundingClientRect();
    /** Points along an edge on the page, as drawn. */
    const along = (e: string, t: number) => {
      const [a, b] = g.extremities(e).map((n) => s.graphToViewport(g.getNodeAttributes(n)));
      const d = s.getEdgeDisplayData(e) as { type?: string; curvature?: number };
      const k = d.type === 'curvedArrow' ? (d.curvature ?? 0) : 0;
      const c = { x: (a!.x + b!.x) / 2 + k * (b!.y - a!.y), y: (a!.y + b!.y) / 2 - k * (b!.x - a!.x) };
      const [u, v, w] = [(1 - t) * (1 - t), 2 * t * (1 - t), t * t];
      return { x: box.left + u * a!.x + v * c.x + w * b!.x, y: box.top + u * a!.y + v * c.y + w * b!.y };
    };
    const middle = (e: string) => along(e, 0.5);
    /** No other edge passes within 10 px of the point (so a click there can only mean this edge). */
    const onlyEdgeAt = (e: string, p: { x: number; y: number }) =>
      visible.every(
        (o) =>
          o === e ||
          Array.from({ length: 49 }, (_, i) => along(o, i / 48)).every((q) => Math.hypot(q.x - p.x, q.y - p.y) > 10),
      );
    const visible = g.edges().filter((e) => !s.getEdgeDisplayData(e)?.hidden);
    const clear = (p: { x: number; y: number }) =>
      s.getContainer().contains(document.elementFromPoint(p.x, p.y)) &&
      g.nodes().every((n) => {
        if (s.getNodeDisplayData(n)?.hidden) return true;
        const q = s.graphToViewport(g.getNodeAttributes(n));
        return Math.hypot(box.left + q.x - p.x, box.top + q.y - p.y) > 25;
      });
    const pairs: { a: string; b: string; at: { x: number; y: number }[]; length: number; inside: boolean }[] = [];
    for (const [i, e] of visible.entries())
      for (const o of visible.slice(i + 1)) {
        if ([...g.extremities(e)].sort().join() !== [...g.extremities(o)].sort().join()) continue;
        const at = [middle(e), middle(o)];
        const [p, q] = g.extremities(e).map((n) => s.graphToViewport(g.getNodeAttributes(n)));
        const inside = at.every(clear) && onlyEdgeAt(e, at[0]!) && onlyEdgeAt(o, at[1]!);
        pairs.push({ a: e, b: o, at, length: Math.hypot(p!.x - q!.x, p!.y - q!.y), inside });
      }
    return pairs;
  });

/** Where the middle of an edge is drawn on the page now (a curve's middle as in parallelPairs). */
const middleOf = (page: Page, key: string) =>
  page.evaluate((e) => {
    const s = (window as unknown as SigmaProbe).__sigma;
    const g = s.getGraph();
    const box = s.getContainer().getBoundingClientRect();
    const [a, b] = g.extremities(e).map((n) => s.graphToViewport(g.getNodeAttributes(n)));
    const d = s.getEdgeDisplayData(e) as { type?: string; curvature?: number };
    const k = d.type === 'curvedArrow' ? (d.curvature ?? 0) : 0;
    const c = { x: (a!.x + b!.x) / 2 + k * (b!.y - a!.y), y: (a!.y + b!.y) / 2 - k * (b!.x - a!.x) };
    return { x: box.left + (a!.x + 2 * c.x + b!.x) / 4, y: box.top + (a!.y + 2 * c.y + b!.y) / 4 };
  }, key);

/** The darkest grey level (0 black, 255 white) on screen within 3 px of a point. */
async function darkestAround(page: Page, at: { x: number; y: number }): Promise<number> {
  const r = 3;
  const png = await page.screenshot({ clip: { x: at.x - r, y: at.y - r, width: 2 * r + 1, height: 2 * r + 1 } });
  return page.evaluate(async (data) => {
    const img = new Image();
    img.src = `data:image/png;base64,${data}`;
    await img.decode();
    const c = document.createElement('canvas');
    [c.width, c.height] = [img.width, img.height];
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const px = ctx.getImageData(0, 0, c.width, c.height).data;
    let darkest = 255;
    for (let i = 0; i < px.length; i += 4) darkest = Math.min(darkest, (px[i]! + px[i + 1]! + px[i + 2]!) / 3);
    return darkest;
  }, png.toString('base64'));
}

/** "N claims", or "1 claim". */
const claims = (n: number) => `${n} claim${n === 1 ? '' : 's'}`;

const edgeTotal = (page: Page, key: string) =>
  page.evaluate(async (k) => {
    const [subject, predicate, object] = k.split('|');
    const q = new URLSearchParams({ subject: subject!, predicate: predicate!, object: object!, limit: '1' });
    return ((await (await fetch(`/api/edges/claims?${q.toString()}`)).json()) as { total: number }).total;
  }, key);

describe('an edge is the claims behind it', () => {
  it('draws edges between the same two entities apart, and a click on each lists its own claims', async () => {
    const page = await open();
    await layoutStopped(page);
    const pairs = await parallelPairs(page);
    expect(pairs.length, 'entities joined by two or more relations on the seeds').toBeGreaterThan(0);
    // Drawn apart: the two middles of every pair stand off each other by a fifth of the edge's length or more.
    for (const p of pairs) {
      const apart = Math.hypot(p.at[0]!.x - p.at[1]!.x, p.at[0]!.y - p.at[1]!.y);
      expect(apart).toBeGreaterThan(0.2 * p.length);
    }
    // A long pair, with its first entity selected, as a person would to see its relations alone (the other
    // edges are then hidden, so no crossing edge takes the click); the next longest when another entity's node
    // or an overlay still sits on it once zoomed in.
    let pair: Awaited<ReturnType<typeof parallelPairs>>[number] | undefined;
    for (const candidate of pairs.sort((x, y) => y.length - x.length).slice(0, 3)) {
      const from = await page.evaluate(
        (e) => (window as unknown as SigmaProbe).__sigma.getGraph().extremities(e)[0],
        candidate.a,
      );
      await page.goto(`${app.server.url}/?entity=${encodeURIComponent(from)}`);
      await page.waitForSelector(`#panel[data-entity="${from}"]`);
      await layoutStopped(page);
      // Zoomed in with the wheel over the pair until it is long enough on screen to click each curve apart.
      const find = async () => (await parallelPairs(page)).find((p) => p.a === candidate.a && p.b === candidate.b);
      pair = await find();
      for (let i = 0; i < 8 && pair && !(pair.inside && pair.length > 120); i++) {
        await page.mouse.move((pair.at[0]!.x + pair.at[1]!.x) / 2, (pair.at[0]!.y + pair.at[1]!.y) / 2);
        await page.mouse.wheel(0, -200);
        await page.waitForFunction(() => !(window as unknown as SigmaProbe).__sigma.getCamera().isAnimated());
        await page.waitForTimeout(300);
        pair = await find();
      }
      if (pair?.inside) break;
    }
    if (!pair) throw new Error('the pair is drawn once its first entity is selected');
    expect(pair.inside, 'the pair clear of nodes, overlays and other edges').toBe(true);
    await page.screenshot({ path: shot('parallel-edges') });
    for (const [key, at] of [
      [pair.a, pair.at[0]!],
      [pair.b, pair.at[1]!],
    ] as const) {
      // Sigma picks edges from what it last drew: on a loaded machine a frame of software WebGL can take longer
      // than the pause above, so the click waits for two frames drawn where the edges now are.
      await page.evaluate(
        () =>
          new Promise<void>((done) => {
            requestAnimationFrame(() => {
              requestAnimationFrame(() => {
                done();
              });
            });
          }),
      );
      await page.mouse.click(at.x, at.y);
      await page.waitForSelector(`#panel[data-edge="${key}"]`);
      expect(new URL(page.url()).searchParams.get('edge')).toBe(key);
      // The selected edge is drawn black along its own curve (not mirrored to the other side), wherever the
      // canvas has moved it since.
      await page.mouse.move(0, 0);
      await page.waitForFunction(() => !(window as unknown as SigmaProbe).__sigma.getCamera().isAnimated());
      await page.waitForTimeout(300);
      expect(await darkestAround(page, await middleOf(page, key))).toBeLessThan(60);
    }
  });

  it('draws thickness by claim count, lists the claims, opens a quote, flags a stance; Back returns', async () => {
    const page = await open();
    // The layout stops by itself after a few seconds and frames the graph; from then on edges stay put. (Clicking
    // the toggle instead could start it again when it had already stopped.)
    await layoutStopped(page);
    const edges = await stanceEdges(page);
    // Thickness follows the claim count.
    const byCount = [...edges].sort((a, b) => a.count - b.count);
    expect(byCount.at(-1)!.count).toBeGreaterThan(byCount[0]!.count);
    expect(byCount.at(-1)!.size).toBeGreaterThan(byCount[0]!.size);
    const edge = edges.find((e) => e.count >= 2 && e.inside && e.length > 60)!;
    expect(edge, 'a visible stance edge with two or more claims').toBeDefined();
    const total = await edgeTotal(page, edge.key);
    expect(total).toBe(edge.count);

    await page.mouse.click(edge.at.x, edge.at.y);
    await page.waitForSelector(`#panel[data-edge="${edge.key}"] .claim`);
    expect(new URL(page.url()).searchParams.get('edge')).toBe(edge.key);
    expect(await page.textContent('#edge-count')).toBe(`${Math.min(20, total)} of ${claims(total)}`);
    const cards = page.locator('#edge-claims .claim');
    expect(await cards.count()).toBe(Math.min(20, total));
    const first = cards.first();
    const quote = (await first.locator('blockquote').textContent())!;
    expect(quote.length).toBeGreaterThan(10);
    expect(await first.locator('.muted').textContent()).toMatch(/^(critical|supportive) · said by \S/);
    await page.screenshot({ path: shot('edge-claims') });

    // A wrong token is refused and forgotten; the right one flags the claim, and the edge loses a claim.
    await first.locator('button.flag').click();
    await first.locator('.flag-reason').fill('The speaker was quoting someone else');
    await first.locator('.flag-token').fill('not-the-token');
    await first.locator('.flag-form button').click();
    await first.locator('.flag-error').waitFor();
    expect(await first.locator('.flag-error').textContent()).toContain('forbidden');
    expect(await page.evaluate(() => sessionStorage.getItem('claimgraph:api-token'))).toBeNull();
    await first.locator('.flag-token').fill(TOKEN);
    await first.locator('.flag-form button').click();
    await page.waitForSelector('#edge-claims .claim.flagged');
    expect(await first.locator('.flag-state').textContent()).toContain('flagged');
    await page.waitForFunction(
      (t) => document.querySelector('#edge-count')?.textContent === t,
      `${Math.min(20, total) - 1} of ${claims(total - 1)} · 1 flagged, left out of the edge`,
    );
    expect(await edgeTotal(page, edge.key)).toBe(total - 1);
    const after = await page.evaluate(
      (k) => (window as unknown as SigmaProbe).__sigma.getGraph().getEdgeAttributes(k).count,
      edge.key,
    );
    expect(after).toBe(total - 1);
    // The token stays for the session, never in the address.
    expect(await page.evaluate(() => sessionStorage.getItem('claimgraph:api-token'))).toBe(TOKEN);
    expect(page.url()).not.toContain(TOKEN);
    await page.screenshot({ path: shot('edge-claim-flagged') });
    // Lifting the flag needs no second token and gives the edge its claim back.
    await first.locator('button.flag').click();
    await page.waitForFunction(
      (t) => document.querySelector('#edge-count')?.textContent === t,
      `${Math.min(20, total)} of ${claims(total)}`,
    );
    expect(await first.getAttribute('class')).not.toContain('flagged');

    // A quote opens its document, scrolled to and highlighting its words.
    await first.locator('button.open-quote').click();
    await page.waitForSelector('#panel[data-document] .quote-focus');
    const marked = await page.$$eval('.quote-focus', (els) => els.map((e) => e.textContent ?? '').join(''));
    expect(marked).toBe(quote);
    expect(new URL(page.url()).searchParams.get('at')).toMatch(/^\d+-\d+$/);
    const inView = await page.$eval('.quote-focus', (m) => {
      const r = m.getBoundingClientRect();
      const side = document.querySelector('#side')!.getBoundingClientRect();
      return r.top >= side.top && r.bottom <= side.bottom;
    });
    expect(inView).toBe(true);
    await page.screenshot({ path: shot('edge-quote-in-document') });

    // Back: the edge and its claims again; Back again: the overview.
    await page.goBack();
    await page.waitForSelector(`#panel[data-edge="${edge.key}"] .claim`);
    await page.goBack();
    await page.waitForFunction(() => !document.querySelector('#panel[data-edge]'));
    expect(new URL(page.url()).searchParams.get('edge')).toBeNull();
    await page.goForward();
    await page.waitForSelector(`#panel[data-edge="${edge.key}"] .claim`);
  });
});

/** The nodes sigma draws now (after the filters and the focus). */
const visibleNodes = (page: Page) =>
  page.evaluate(() => {
    const s = (window as unknown as SigmaProbe).__sigma;
    return s
      .getGraph()
      .nodes()
      .filter((n) => !s.getNodeDisplayData(n)?.hidden);
  });

/** The node ids /api/graph gives for a focus. */
const served = (page: Page, query: Record<string, string>) =>
  page.evaluate(async (q) => {
    const body = (await (await fetch(`/api/graph?limit=5000&${new URLSearchParams(q).toString()}`)).json()) as {
      nodes: { id: string }[];
    };
    return body.nodes.map((n) => n.id);
  }, query);

/** Waits until the canvas shows some nodes, all of them in `allowed`. */
async function waitForCanvasWithin(page: Page, allowed: string[]): Promise<string[]> {
  await page.waitForFunction((ids) => {
    const s = (window as unknown as SigmaProbe).__sigma;
    const ok = new Set(ids);
    const shown = s
      .getGraph()
      .nodes()
      .filter((n) => !s.getNodeDisplayData(n)?.hidden);
    return shown.length > 0 && shown.every((n) => ok.has(n));
  }, allowed);
  return visibleNodes(page);
}

describe('contested targets', () => {
  it('ranks targets judged both ways, shows both sides with quotes, and a click selects the target', async () => {
    const page = await open();
    await page.click('.tabs button[data-view="contested"]');
    await page.waitForSelector('#contested-list .contested-target');
    expect(new URL(page.url()).searchParams.get('view')).toBe('contested');
    const api = await page.evaluate(
      async () =>
        (await (await fetch('/api/contested?limit=20')).json()) as {
          total: number;
          items: { target: { id: string } }[];
        },
    );
    expect(api.total).toBeGreaterThan(0);
    expect(await page.textContent('#contested-count')).toBe(`${api.items.length} of ${api.total} contested targets`);
    const order = await page.$$eval('#contested-list .contested-target', (els) =>
      els.map((e) => e.getAttribute('data-target')),
    );
    expect(order).toEqual(api.items.map((x) => x.target.id));
    const first = page.locator('#contested-list .contested-target').first();
    expect(await first.locator('.side.critical .claim blockquote').count()).toBeGreaterThan(0);
    expect(await first.locator('.side.supportive .claim blockquote').count()).toBeGreaterThan(0);
    // The two sides stand side by side.
    const [crit, supp] = await Promise.all([
      first.locator('.side.critical').boundingBox(),
      first.locator('.side.supportive').boundingBox(),
    ]);
    expect(supp!.x).toBeGreaterThan(crit!.x + crit!.width - 1);
    expect(Math.abs(supp!.y - crit!.y)).toBeLessThan(2);
    await page.screenshot({ path: shot('contested-view') });

    const target = api.items[0]!.target.id;
    await first.locator('button.target').click();
    await page.waitForSelector(`#panel[data-entity="${target}"]`);
    expect(new URL(page.url()).searchParams.get('entity')).toBe(target);
    const highlighted = await page.evaluate(
      (t) =>
        (
          window as unknown as { __sigma: { getNodeDisplayData(n: string): { highlighted?: boolean } | undefined } }
        ).__sigma.getNodeDisplayData(t)?.highlighted,
      target,
    );
    expect(highlighted).toBe(true);
    await page.goBack();
    await page.waitForSelector('#contested-list .contested-target');
  });
});

describe('the timeline', () => {
  it('brushes a time window by drag and by keyboard, filters the canvas to it, and keeps it in the URL', async () => {
    const page = await open();
    await page.waitForSelector('#timeline[data-buckets]');
    const buckets = Number(await page.getAttribute('#timeline', 'data-buckets'));
    expect(buckets).toBeGreaterThan(2);
    const before = (await visibleNodes(page)).length;
    const box = (await page.locator('.timeline-chart').boundingBox())!;
    // Drag across the last third of the bars.
    await page.mouse.move(box.x + box.width * 0.66, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.8, box.y + box.height / 2, { steps: 5 });
    await page.mouse.move(box.x + box.width * 0.99, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await page.waitForFunction(() => new URL(location.href).searchParams.has('from'));
    const url = new URL(page.url());
    const [from, to] = [url.searchParams.get('from')!, url.searchParams.get('to')!];
    expect(from <= to).toBe(true);
    const allowed = await served(page, { from, to });
    const shown = await waitForCanvasWithin(page, allowed);
    expect(shown.length).toBeLessThan(before);
    // The status counts what the canvas shows: one visibility rule.
    expect(Number(await page.getAttribute('#status', 'data-visible'))).toBe(shown.length);
    expect(await page.textContent('#timeline-summary')).toContain(`${from} to ${to}`);
    await page.screenshot({ path: shot('timeline-brushed') });

    // By keyboard: the window's start moves one bucket earlier.
    await page.focus('#timeline-from');
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction((f) => {
      const now = new URL(location.href).searchParams.get('from');
      return now !== null && now < f;
    }, from);

    // A link reopens the window.
    const again = await open(new URL(page.url()).search);
    await again.waitForSelector('#timeline[data-buckets]');
    expect(await again.getAttribute('#timeline', 'data-from')).toBe(new URL(page.url()).searchParams.get('from'));
    await again.click('#timeline-clear');
    await again.waitForFunction(() => !new URL(location.href).searchParams.has('from'));
    await again.waitForFunction(
      (n) => Number(document.querySelector('#status')!.getAttribute('data-visible')) === n,
      before,
    );
  });
});

/** Where the visible nodes sit on the canvas once the camera has stopped: their on-screen box and the canvas size. */
async function framing(page: Page) {
  await page.waitForFunction(() => !(window as unknown as SigmaProbe).__sigma.getCamera().isAnimated());
  return page.evaluate(() => {
    const s = (window as unknown as SigmaProbe).__sigma;
    const g = s.getGraph();
    const at = g
      .nodes()
      .filter((n) => !s.getNodeDisplayData(n)?.hidden)
      .map((n) => s.graphToViewport(g.getNodeAttributes(n)));
    const { width, height } = s.getContainer().getBoundingClientRect();
    const xs = at.map((p) => p.x);
    const ys = at.map((p) => p.y);
    return {
      box: { x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) },
      width,
      height,
      camera: s.getCamera().getState(),
    };
  });
}

describe('focus', () => {
  const ZAHAWI = 'person:nadhim-zahawi';
  it('moves the camera onto the focused nodes, filling the canvas, and back to the overview when lifted', async () => {
    const page = await open(`?entity=${encodeURIComponent(ZAHAWI)}`);
    await page.waitForSelector(`#panel[data-entity="${ZAHAWI}"]`);
    await layoutStopped(page);
    await page.click('#focus-speaker');
    await waitForCanvasWithin(page, await served(page, { speaker: ZAHAWI }));
    await page.waitForSelector('#focus-bar [data-focus="speaker"]');
    const f = await framing(page);
    // Every focused node on the canvas, and the widest side of their box spans the canvas up to its margin.
    expect(f.box.x0).toBeGreaterThanOrEqual(0);
    expect(f.box.y0).toBeGreaterThanOrEqual(0);
    expect(f.box.x1).toBeLessThanOrEqual(f.width);
    expect(f.box.y1).toBeLessThanOrEqual(f.height);
    const fill = Math.max((f.box.x1 - f.box.x0) / (f.width - 120), (f.box.y1 - f.box.y0) / (f.height - 120));
    expect(fill).toBeGreaterThan(0.9);
    expect(fill).toBeLessThan(1.1);
    await page.screenshot({ path: shot('focus-framed') });

    await page.click('#focus-bar [data-focus="speaker"] button.lift');
    await page.waitForFunction(() => !document.querySelector('#focus-bar [data-focus="speaker"]'));
    const back = await framing(page);
    expect(back.camera).toMatchObject({ x: 0.5, y: 0.5, ratio: 1 });
  });

  it('shows the neighbourhood of an entity, one or two hops, and Back and Forward restore it', async () => {
    const page = await open(`?entity=${encodeURIComponent(ZAHAWI)}`);
    await page.waitForSelector(`#panel[data-entity="${ZAHAWI}"]`);
    const all = (await visibleNodes(page)).length;
    await page.click('button[data-hops="1"]');
    const neighbours = await page.evaluate(
      async (id) =>
        (
          (await (await fetch(`/api/entities/${encodeURIComponent(id)}/neighbours?limit=50`)).json()) as {
            edges: { source: string; target: string }[];
          }
        ).edges.flatMap((e) => [e.source, e.target]),
      ZAHAWI,
    );
    const one = await waitForCanvasWithin(page, [ZAHAWI, ...neighbours]);
    expect(one).toContain(ZAHAWI);
    expect(one.length).toBeLessThan(all);
    expect(new URL(page.url()).searchParams.get('hops')).toBe('1');
    expect(await page.textContent('#focus-bar [data-focus="neighbourhood"]')).toContain('1 hop around Nadhim Zahawi');
    await page.click('button[data-hops="2"]');
    await page.waitForFunction(
      (n) => Number(document.querySelector('#status')!.getAttribute('data-visible')) > n,
      one.length,
    );
    await page.screenshot({ path: shot('focus-neighbourhood') });
    await page.goBack();
    await page.waitForFunction(
      (n) => Number(document.querySelector('#status')!.getAttribute('data-visible')) === n,
      one.length,
    );
    expect(new URL(page.url()).searchParams.get('hops')).toBe('1');
    await page.goBack();
    await page.waitForFunction(
      (n) => Number(document.querySelector('#status')!.getAttribute('data-visible')) === n,
      all,
    );
    await page.goForward();
    await page.waitForFunction(
      (n) => Number(document.querySelector('#status')!.getAttribute('data-visible')) === n,
      one.length,
    );
  });

  it('focuses on what a speaker says and on one document, each lifted by its chip or by Back', async () => {
    const page = await open(`?entity=${encodeURIComponent(ZAHAWI)}`);
    await page.waitForSelector(`#panel[data-entity="${ZAHAWI}"]`);
    const all = (await visibleNodes(page)).length;
    await page.click('#focus-speaker');
    await waitForCanvasWithin(page, await served(page, { speaker: ZAHAWI }));
    expect(new URL(page.url()).searchParams.get('speaker')).toBe(ZAHAWI);
    await page.click('#focus-bar [data-focus="speaker"] button.lift');
    await page.waitForFunction(
      (n) => Number(document.querySelector('#status')!.getAttribute('data-visible')) === n,
      all,
    );

    await page.click('#panel .doc-link');
    await page.waitForSelector('#panel[data-document]');
    const doc = (await page.getAttribute('#panel', 'data-document'))!;
    await page.click('#focus-document');
    const inDoc = await waitForCanvasWithin(page, await served(page, { document: doc }));
    expect(inDoc.length).toBeLessThan(all);
    expect(new URL(page.url()).searchParams.get('in')).toBe(doc);
    await page.screenshot({ path: shot('focus-document') });
    await page.goBack();
    await page.waitForFunction(
      (n) => Number(document.querySelector('#status')!.getAttribute('data-visible')) === n,
      all,
    );
    expect(new URL(page.url()).searchParams.get('in')).toBeNull();
  });
});
