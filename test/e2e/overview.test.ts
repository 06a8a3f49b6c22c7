// The overview as a new user meets it: the connected part of the graph drawn with arrowheads, unconnected
// entities one click away in the legend, the legend on the canvas and the results at the top of the panel.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT, count } from '../helpers/db.js';
import { useSeededApp } from '../helpers/app.js';

const app = useSeededApp();

async function open(query = '', viewport = { width: 1440, height: 900 }): Promise<Page> {
  const page = await app.browser.newPage({ viewport });
  await page.goto(`${app.server.url}/${query}`);
  await page.waitForSelector('#status[data-nodes]', { timeout: 30_000 });
  return page;
}

/** Nodes sigma draws (not hidden by a reducer), and the edge program of every drawn edge. */
const drawn = (page: Page) =>
  page.evaluate(() => {
    const s = (
      window as unknown as {
        __sigma: {
          getGraph(): { nodes(): string[]; edges(): string[]; degree(n: string): number };
          getNodeDisplayData(n: string): { hidden?: boolean } | undefined;
          getEdgeDisplayData(e: string): { hidden?: boolean; type?: string } | undefined;
        };
      }
    ).__sigma;
    const g = s.getGraph();
    const nodes = g.nodes().filter((n) => !s.getNodeDisplayData(n)?.hidden);
    return {
      nodes,
      unconnectedDrawn: nodes.filter((n) => g.degree(n) === 0).length,
      unconnected: g.nodes().filter((n) => g.degree(n) === 0),
      edgeTypes: [...new Set(g.edges().map((e) => s.getEdgeDisplayData(e)?.type))],
    };
  });

describe('explorer overview', () => {
  it('renders the seeds graph with sigma: node count shown, canvas drawn', async () => {
    const page = await open('', { width: 1280, height: 800 });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const shown = Number(await page.getAttribute('#status', 'data-nodes'));
    const entities = await count(app.driver, 'MATCH (e:Entity) RETURN count(e)');
    expect(shown).toBe(Math.min(400, entities));
    expect(shown).toBeGreaterThan(20);
    const rendered = await page.evaluate(
      () => (window as unknown as { __sigma: { getGraph(): { order: number } } }).__sigma.getGraph().order,
    );
    expect(rendered).toBe(shown);
    await page.waitForTimeout(4500); // let the layout settle before the screenshot
    const png = await page.locator('#graph canvas').first().screenshot();
    expect(png.length).toBeGreaterThan(5_000);
    await page.screenshot({ path: path.join(ROOT, 'test-results/screenshots/overview.png') });
    expect(errors).toEqual([]);
  });

  it('opens on the connected part, with arrowheads, and lists the unconnected entities', async () => {
    const page = await open();
    const first = await drawn(page);
    expect(first.unconnected.length).toBeGreaterThan(0);
    expect(first.unconnectedDrawn).toBe(0);
    expect(Number(await page.getAttribute('#status', 'data-visible'))).toBe(first.nodes.length);
    // Every edge has an arrowhead: straight, or curved where two edges share their ends.
    expect(first.edgeTypes.sort()).toEqual(['arrow', 'curvedArrow']);
    // The stance pair has a key, in two different colours.
    const stance = await page.$$eval('input[data-predicate="CRITICISES"], input[data-predicate="PRAISES"]', (boxes) =>
      boxes.map((b) => getComputedStyle(b.parentElement!.querySelector('.edge-swatch')!).backgroundColor),
    );
    expect(new Set(stance).size).toBe(2);

    // An unconnected entity is one click away in the list, and is drawn once chosen.
    await page.click('#legend details.isolated summary');
    const one = first.unconnected[0]!;
    await page.click(`#isolated-list button[data-id="${one}"]`);
    await page.waitForSelector(`#panel[data-entity="${one}"]`);
    expect((await drawn(page)).nodes).toContain(one);

    await page.check('#show-isolated');
    const all = await drawn(page);
    expect(all.unconnectedDrawn).toBe(first.unconnected.length);
    expect(page.url()).toContain('isolated=1');
  });

  it('keeps the filters on the canvas: the panel starts at the top and is the first thing Tab reaches', async () => {
    const page = await open();
    await page.fill('#search', 'zahaw');
    await page.waitForSelector('#search-results li');
    await page.press('#search', 'Enter');
    await page.waitForSelector('#panel[data-entity]');
    const title = await page.locator('#panel-title').boundingBox();
    expect(title!.y).toBeLessThan(200);
    const legend = await page.locator('#legend').boundingBox();
    const canvas = await page.locator('#canvas').boundingBox();
    expect(legend!.x).toBeGreaterThanOrEqual(canvas!.x);
    expect(legend!.x + legend!.width).toBeLessThanOrEqual(canvas!.x + canvas!.width);
    // From the search box to the first control in the panel, past the toolbar and the view tabs only.
    await page.focus('#search');
    let tabs = 0;
    while (tabs < 30 && !(await page.evaluate(() => document.activeElement?.closest('#panel') !== null))) {
      await page.keyboard.press('Tab');
      tabs++;
    }
    expect(tabs).toBeLessThanOrEqual(12);
    // The legend folds away.
    await page.click('#legend > details > summary');
    expect(await page.isVisible('input[data-type="Person"]')).toBe(false);
    await page.screenshot({ path: path.join(ROOT, 'test-results/screenshots/entity.png') });
  });

  it('names a speaker by the document, never by its file name, on the canvas and in the panel', async () => {
    const page = await open(`?entity=${encodeURIComponent('person:nadhim-zahawi')}`);
    await page.waitForSelector('#panel[data-entity="person:nadhim-zahawi"]');
    const labels = await page.evaluate(() =>
      (
        window as unknown as {
          __sigma: { getGraph(): { mapNodes(f: (n: string, a: { label: string }) => string): string[] } };
        }
      ).__sigma
        .getGraph()
        .mapNodes((_, a) => a.label),
    );
    const fileName = /\b\d{3}_[0-9a-f]{16}\.txt\b/;
    expect(labels.some((l) => l.startsWith('Author of '))).toBe(true);
    expect(labels.filter((l) => fileName.test(l))).toEqual([]);
    const panelText = (await page.textContent('#panel')) ?? '';
    expect(panelText).toContain('Author of ');
    expect(panelText).not.toMatch(fileName);
  });
});
