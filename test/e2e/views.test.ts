// The explorer's other views against the real server: path with evidence, claims, the Cypher tab
// (rows, errors, and a URL that reopens it), and the exports.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page, Response } from 'playwright-core';
import type { EdgeClaims, Neighbours } from '@claimgraph/schema/api';
import Graph from 'graphology';
import { parse as gexfParse } from 'graphology-gexf';
import { ROOT } from '../helpers/db.js';
import { useSeededApp } from '../helpers/app.js';

const app = useSeededApp();

/** Opens the explorer; `before` sees the page before it loads (to record its requests). */
async function open(query = '', before: (page: Page) => void = () => {}): Promise<Page> {
  const page = await app.browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  before(page);
  await page.goto(`${app.server.url}/${query}`);
  await page.waitForSelector('#status[data-nodes]');
  return page;
}

async function pick(page: Page, input: string, text: string): Promise<void> {
  await page.fill(input, text);
  await page.waitForSelector(`${input}-results li`);
  await page.press(input, 'Enter');
}

describe('explorer views', () => {
  it('shows the shortest path between two entities with each edge’s evidence', async () => {
    const asked: string[] = [];
    const page = await open('', (p) =>
      p.on('request', (r) => {
        if (r.url().includes('/api/path?')) asked.push(r.url());
      }),
    );
    await page.click('.tabs button[data-view="path"]');
    await pick(page, '#path-from', 'Josh MacAl');
    await pick(page, '#path-to', 'Zahawi');
    await page.waitForSelector('ol.path');
    const text = await page.textContent('#path-result');
    expect(text).toContain('Josh MacAlister');
    expect(text).toContain('Nadhim Zahawi');
    const quotes = await page.$$eval('#path-result .evidence', (els) => els.map((e) => e.textContent ?? ''));
    // Every quote is words of a seed, as written.
    const seeds = readdirSync(path.join(ROOT, 'seeds'))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(path.join(ROOT, 'seeds', f), 'utf8'));
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.every((q) => seeds.some((t) => t.includes(q)))).toBe(true);
    // The path is asked for the same few quotes per edge as the neighbourhood.
    expect(asked.length).toBeGreaterThan(0);
    for (const url of asked) expect(new URL(url).searchParams.get('evidence'), url).toBe('2');
    await page.screenshot({ path: path.join(ROOT, 'test-results/screenshots/path-view.png') });
  });

  it('lists claims and filters them by stance and by speaker', async () => {
    const page = await open('?view=claims');
    await page.waitForSelector('#claims-list .claim');
    await page.selectOption('#claims-stance', 'critical');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('#claims-list .claim')].every((c) => c.classList.contains('critical')),
    );
    await page.fill('#claims-filter', 'Zahawi');
    const metas = await page.$$eval('#claims-list .claim .muted', (els) => els.map((e) => e.textContent ?? ''));
    expect(metas.length).toBeGreaterThan(0);
    expect(metas.every((m) => m.includes('Zahawi'))).toBe(true);
    await page.screenshot({ path: path.join(ROOT, 'test-results/screenshots/claims-view.png') });
  });

  it('runs Cypher from the Cypher tab, shows rows and API errors, and a link reopens the query', async () => {
    const page = await open();
    await page.click('.tabs button[data-view="cypher"]');
    await page.fill('#cypher-editor', 'MATCH (d:Document) RETURN d.source AS source ORDER BY source');
    await page.click('#cypher-run');
    await page.waitForSelector('#cypher-result table');
    expect(await page.$$eval('#cypher-result tbody tr', (rows) => rows.length)).toBe(5);
    // The editor highlights Cypher as it is typed.
    expect(await page.$$eval('.cypher-layer .cy-keyword', (els) => els.map((e) => e.textContent))).toEqual([
      'MATCH',
      'RETURN',
      'AS',
      'ORDER',
      'BY',
    ]);
    expect(await page.$$eval('.cypher-layer .cy-label', (els) => els.map((e) => e.textContent))).toEqual([':Document']);
    expect(page.url()).toContain('view=cypher');
    await page.screenshot({ path: path.join(ROOT, 'test-results/screenshots/cypher-tab.png') });

    const again = await app.browser.newPage();
    await again.goto(page.url());
    await again.waitForSelector('#cypher-result table');
    expect(await again.inputValue('#cypher-editor')).toBe(
      'MATCH (d:Document) RETURN d.source AS source ORDER BY source',
    );

    // Results that contain nodes can be shown on the canvas.
    await page.fill('#cypher-editor', "MATCH (s:Person {id: 'person:nadhim-zahawi'})-[r]->(t:Entity) RETURN s, r, t");
    await page.click('#cypher-run');
    await page.waitForSelector('#cypher-graph');
    await page.click('#cypher-graph');
    await page.waitForSelector('#status[data-result]');
    expect(Number(await page.getAttribute('#status', 'data-result'))).toBeGreaterThan(1);

    await page.fill('#cypher-editor', 'CREATE (:Nope)');
    await page.click('#cypher-run');
    await page.waitForSelector('#cypher-result .error');
    expect(await page.textContent('#cypher-result .error')).toContain('write_refused');
  });

  it('exports the graph as GEXF and the canvas as PNG', async () => {
    const page = await open();
    const [gexf] = await Promise.all([page.waitForEvent('download'), page.click('#export-gexf')]);
    const xml = readFileSync(await gexf.path(), 'utf8');
    // Gephi reads viz attributes only under the exact 1.2 viz namespace.
    expect(xml).toContain('xmlns:viz="http://www.gexf.net/1.2draft/viz"');
    const all = gexfParse(Graph, xml);
    expect(all.order).toBe(Number(await page.getAttribute('#status', 'data-visible')));
    expect(all.findNode((_, a) => a.label === 'Nadhim Zahawi')).toBeDefined();
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
    const bytes = readFileSync(await png.path());
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(2_000);
  });

  it('exports only what the filters show', async () => {
    const page = await open();
    if (!(await page.$eval('#legend details', (d) => (d as HTMLDetailsElement).open)))
      await page.click('#legend summary');
    await page.uncheck('input[data-type="Place"]');
    for (const box of await page.$$('input[data-predicate]'))
      if ((await box.getAttribute('data-predicate')) !== 'PRAISES') await box.uncheck();
    const visible = Number(await page.getAttribute('#status', 'data-visible'));
    const [gexf] = await Promise.all([page.waitForEvent('download'), page.click('#export-gexf')]);
    const g = gexfParse(Graph, readFileSync(await gexf.path(), 'utf8'));
    expect(g.order).toBe(visible);
    expect(g.someNode((_, a) => a.entityType === 'Place')).toBe(false);
    expect(g.size).toBeGreaterThan(0);
    expect(g.everyEdge((_, a) => a.label === 'PRAISES')).toBe(true);
  });
});

describe('nothing cut silently', () => {
  it('the Claims view says "n of N" and pages through the rest', async () => {
    const page = await open('?view=claims');
    await page.waitForSelector('#claims-list .claim');
    const total = await page.evaluate(
      async () => ((await (await fetch('/api/claims?limit=1')).json()) as { total: number }).total,
    );
    expect(total).toBeGreaterThan(100);
    expect(await page.textContent('#claims-count')).toBe(`100 of ${total} claims`);
    expect(await page.$$eval('#claims-list .claim', (els) => els.length)).toBe(100);
    await page.click('#claims-more');
    await page.waitForFunction(() => document.querySelectorAll('#claims-list .claim').length > 100);
    expect(await page.textContent('#claims-count')).toBe(`${Math.min(200, total)} of ${total} claims`);
  });

  it('the entity panel says how many claims and quotes there are and shows the rest on request', async () => {
    const id = 'person:sophie-ayers';
    // Every answer the page is sent for the entity's neighbours and for an edge's quotes, as the browser got it.
    const neighbours: Promise<{ url: string; body: Neighbours }>[] = [];
    const edgePages: Promise<{ url: string; body: EdgeClaims }>[] = [];
    const record = (res: Response) => {
      const url = res.url();
      const answer = <T>() => res.json().then((body: T) => ({ url, body }));
      if (url.includes(`/api/entities/${encodeURIComponent(id)}/neighbours`)) neighbours.push(answer<Neighbours>());
      if (url.includes('/api/edges/claims')) edgePages.push(answer<EdgeClaims>());
    };
    const page = await open(`?entity=${encodeURIComponent(id)}`, (p) => p.on('response', record));
    await page.waitForSelector(`#panel[data-entity="${id}"]`);
    const about = await page.evaluate(
      async (e) =>
        (
          (await (await fetch(`/api/entities/${encodeURIComponent(e)}/claims?role=about&limit=1`)).json()) as {
            total: number;
          }
        ).total,
      id,
    );
    const section = page.locator('#panel .claims').nth(1);
    const heading = section.locator('h3');
    expect(await heading.textContent()).toBe(`Claims about (20 of ${about})`);
    await section.locator('button.more').click();
    await page.waitForFunction(
      (n) => document.querySelectorAll('#panel .claims')[1]!.querySelectorAll('.claim').length === n,
      Math.min(40, about),
    );
    expect(await heading.textContent()).toBe(`Claims about (${Math.min(40, about)} of ${about})`);

    // A relation with more than two quotes says so; the neighbourhood carried only two quotes per edge.
    await page.$eval('#panel .relations button.more', (b) => {
      b.closest('li')!.setAttribute('data-probe', '');
    });
    const label = (await page.textContent('li[data-probe] button.more')) ?? '';
    const n = Number(/2 of (\d+) quotes/.exec(label)?.[1]);
    expect(n).toBeGreaterThan(2);
    const sent = await Promise.all(neighbours);
    expect(sent.length).toBeGreaterThan(0);
    for (const { url, body } of sent) {
      expect(new URL(url).searchParams.get('evidence'), url).toBe('2');
      // Edges between two neighbours only need their counts on the canvas.
      expect(new URL(url).searchParams.get('linkEvidence'), url).toBe('0');
      for (const e of body.edges) expect(e.evidence.length + e.claims.length, e.id).toBeLessThanOrEqual(2);
    }
    expect(sent.some(({ body }) => body.edges.some((e) => e.count === n))).toBe(true);
    expect(edgePages).toHaveLength(0);

    // "Show more" fetches the rest from the server, a page at a time, until all n are shown.
    const probe = page.locator('li[data-probe]');
    for (let clicks = 0; (await probe.locator('button.more').count()) > 0; clicks++) {
      expect(clicks, 'pages asked for').toBeLessThan(n);
      const before = await probe.locator('> blockquote').count();
      await probe.locator('button.more').click();
      await page.waitForFunction((shown) => {
        const li = document.querySelector('li[data-probe]')!;
        const more = li.querySelector<HTMLButtonElement>('button.more');
        return !more || (!more.disabled && li.querySelectorAll(':scope > blockquote').length > shown);
      }, before);
    }
    const shown = await probe.locator('> blockquote').allTextContents();
    expect(shown).toHaveLength(n);
    const pages = await Promise.all(edgePages);
    expect(pages.length).toBeGreaterThan(0);
    for (const { url } of pages) expect(new URL(url).searchParams.get('edge'), url).toBeTruthy();
    const served = pages.flatMap(({ body }) => [
      ...body.evidence.map((ev) => ev.quote),
      ...body.items.map((c) => c.evidence.quote),
    ]);
    expect(shown).toEqual(served);
  });
});

describe('expand', () => {
  it('adds an entity’s neighbours to the canvas from the panel', async () => {
    const page = await open(`?entity=${encodeURIComponent('person:sophie-ayers')}`);
    await page.waitForSelector('#panel[data-entity="person:sophie-ayers"]');
    const before = Number(await page.getAttribute('#status', 'data-nodes'));
    await page.click('#expand');
    await page.waitForFunction(
      (n) =>
        Number(document.querySelector('#status')!.getAttribute('data-nodes')) !== n ||
        /expanded/.test(document.querySelector('#status')!.textContent ?? ''),
      before,
    );
    const after = Number(await page.getAttribute('#status', 'data-nodes'));
    expect(after).toBeGreaterThanOrEqual(before);
    expect(await page.textContent('#status')).toMatch(/expanded \d+ new/);
    const inGraph = await page.evaluate(() =>
      (window as unknown as { __sigma: { getGraph(): { hasNode(n: string): boolean } } }).__sigma
        .getGraph()
        .hasNode('person:sophie-ayers'),
    );
    expect(inGraph).toBe(true);
  });
});

describe('relation filters and the stance network', () => {
  it('shows only who criticises or praises whom, and keeps the filter in the URL', async () => {
    const page = await open('?view=claims');
    await page.click('#stance-network');
    expect(page.url()).toContain('preds=CRITICISES%2CPRAISES');
    const shown = await page.evaluate(() => {
      const s = (
        window as unknown as {
          __sigma: {
            getGraph(): { edges(): string[]; nodes(): string[]; getEdgeAttribute(e: string, k: string): string };
            getEdgeDisplayData(e: string): { hidden?: boolean } | undefined;
            getNodeDisplayData(n: string): { hidden?: boolean } | undefined;
          };
        }
      ).__sigma;
      const g = s.getGraph();
      const visible = g
        .edges()
        .filter((e) => !s.getEdgeDisplayData(e)?.hidden)
        .map((e) => g.getEdgeAttribute(e, 'label'));
      return {
        visible,
        nodes: g.nodes().filter((n) => !s.getNodeDisplayData(n)?.hidden).length,
        all: g.nodes().length,
      };
    });
    expect(shown.visible.length).toBeGreaterThan(0);
    expect(new Set(shown.visible)).toEqual(new Set(['CRITICISES', 'PRAISES'].filter((p) => shown.visible.includes(p))));
    expect(shown.visible.every((p) => p === 'CRITICISES' || p === 'PRAISES')).toBe(true);
    expect(shown.nodes).toBeLessThan(shown.all);
    expect(await page.isChecked('input[data-predicate="CRITICISES"]')).toBe(true);
    await page.screenshot({ path: path.join(ROOT, 'test-results/screenshots/stance-network.png') });
  });
});
