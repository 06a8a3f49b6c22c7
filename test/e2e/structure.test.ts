// Structure in the legend: communities and centralities as colour and size, worked out once per graph in a
// worker and kept in the URL, and the reply network between commenters as a layer that comes and goes.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSeededApp } from '../helpers/app.js';

const app = useSeededApp();
const SHOTS = path.join(import.meta.dirname, '../../test-results/screenshots');

async function open(query = ''): Promise<Page> {
  const page = await app.browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${app.server.url}/${query}`);
  await page.waitForSelector('#status[data-nodes]');
  return page;
}

type Attrs = { color: string; size: number; label?: string };
/** Every node's colour and size, and every edge's relation, as the graph holds them. */
const canvas = (page: Page) =>
  page.evaluate(() => {
    const g = (
      window as unknown as {
        __sigma: {
          getGraph(): {
            mapNodes(f: (n: string, a: Attrs) => [string, Attrs]): [string, Attrs][];
            mapEdges(f: (e: string, a: { label: string }) => string): string[];
          };
        };
      }
    ).__sigma.getGraph();
    return {
      nodes: Object.fromEntries(g.mapNodes((n, a) => [n, { color: a.color, size: a.size }])),
      edges: g.mapEdges((_, a) => a.label),
    };
  });

const painted = (page: Page) =>
  page.waitForFunction(() => {
    const s = document.querySelector<HTMLElement>('#structure');
    return Boolean(s?.dataset.painted);
  });

describe('structure', () => {
  it('colours by community with a key, sizes by centrality, and computes once however often it is used', async () => {
    const page = await open();
    const before = await canvas(page);
    await page.selectOption('#colour-by', 'community');
    await page.waitForSelector('#community-legend li');
    await painted(page);
    expect(new URL(page.url()).searchParams.get('colour')).toBe('community');
    const byCommunity = await canvas(page);
    const colours = new Set(Object.values(byCommunity.nodes).map((a) => a.color));
    expect(colours.size).toBeGreaterThan(2);
    expect(byCommunity.nodes).not.toEqual(before.nodes);
    const key = await page.$$eval('#community-legend li', (lis) => lis.map((li) => li.textContent));
    expect(key[0]).toMatch(/^ \d+ · \S/);

    await page.selectOption('#size-by', 'pagerank');
    await painted(page);
    const byPagerank = await canvas(page);
    expect(Object.values(byPagerank.nodes).map((a) => a.size)).not.toEqual(
      Object.values(byCommunity.nodes).map((a) => a.size),
    );
    await page.selectOption('#size-by', 'betweenness');
    await painted(page);
    await page.fill('#search', 'Zahawi');
    await page.waitForSelector('#search-results li');
    await page.press('#search', 'Enter');
    await page.waitForSelector('#panel[data-entity]');
    await page.selectOption('#colour-by', 'type');
    await page.selectOption('#colour-by', 'community');
    await painted(page);
    expect(await page.getAttribute('#structure', 'data-computations')).toBe('1');
    await page.screenshot({ path: path.join(SHOTS, 'structure-communities.png') });

    // Back to entity types and degree + mentions: the canvas is as it was.
    await page.selectOption('#colour-by', 'type');
    await page.selectOption('#size-by', 'both');
    expect((await canvas(page)).nodes).toEqual(before.nodes);
    await page.close();
  });

  it('restores colour and size from the URL', async () => {
    const page = await open('?colour=community&size=betweenness');
    await page.waitForSelector('#community-legend li');
    await painted(page);
    expect(await page.inputValue('#colour-by')).toBe('community');
    expect(await page.inputValue('#size-by')).toBe('betweenness');
    await page.screenshot({ path: path.join(SHOTS, 'structure-overview.png') });
    await page.close();
  });

  it('draws the reply network as a layer and takes exactly it away again', async () => {
    const replies = (await (await fetch(`${app.server.url}/api/replies`)).json()) as { edges: unknown[] };
    expect(replies.edges.length).toBeGreaterThan(0);
    const page = await open();
    const before = await canvas(page);
    await page.check('#show-replies');
    await page.waitForFunction(() =>
      (
        window as unknown as {
          __sigma: { getGraph(): { someEdge(f: (e: string, a: { label: string }) => boolean): boolean } };
        }
      ).__sigma
        .getGraph()
        .someEdge((_, a) => a.label === 'REPLIES_TO'),
    );
    const on = await canvas(page);
    expect(on.edges.filter((l) => l === 'REPLIES_TO')).toHaveLength(replies.edges.length);
    expect(new URL(page.url()).searchParams.get('replies')).toBe('1');
    expect(await page.$('input[data-predicate="REPLIES_TO"]')).not.toBeNull();
    await page.uncheck('#show-replies');
    await page.waitForFunction(() => !document.querySelector('input[data-predicate="REPLIES_TO"]'));
    const off = await canvas(page);
    expect(off.edges.sort()).toEqual(before.edges.sort());
    expect(Object.keys(off.nodes).sort()).toEqual(Object.keys(before.nodes).sort());
    await page.close();
  });
});
