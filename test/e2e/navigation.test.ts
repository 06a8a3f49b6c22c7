// Selection, history and the canvas used as a person does: search by keyboard after a hover, slow answers
// arriving late, Back and Forward, Escape and Reset, Expand twice, filters that hide everything, and the
// document reader showing each comment once. Each test is the regression test of a reported defect.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSeededApp } from '../helpers/app.js';
import { drawnEdges, layoutStopped } from '../helpers/browser.js';

const app = useSeededApp();
const ZAHAWI = 'person:nadhim-zahawi';
const OFSTED = 'organisation:ofsted';

async function open(query = '', viewport = { width: 1400, height: 900 }): Promise<Page> {
  const page = await app.browser.newPage({ viewport, hasTouch: viewport.width < 500 });
  await page.goto(`${app.server.url}/${query}`);
  await page.waitForSelector('#status[data-nodes]');
  return page;
}

async function search(page: Page, text: string, id: string): Promise<void> {
  await page.fill('#search', text);
  await page.waitForSelector(`#search-results li[data-id="${id}"]`);
  await page.press('#search', 'Enter');
}

/** What sigma draws for a node after the reducers: its colour and label. */
const drawn = (page: Page, node: string) =>
  page.evaluate((n) => {
    const s = (
      window as unknown as {
        __sigma: { getNodeDisplayData(n: string): { color: string; label: string | null } | undefined };
      }
    ).__sigma;
    const d = s.getNodeDisplayData(n);
    return d ? { color: d.color, label: d.label } : null;
  }, node);

const viewportPosition = (page: Page, node: string) =>
  page.evaluate((n) => {
    const s = (
      window as unknown as {
        __sigma: {
          getGraph(): { getNodeAttributes(n: string): { x: number; y: number } };
          graphToViewport(p: { x: number; y: number }): { x: number; y: number };
          getContainer(): HTMLElement;
        };
      }
    ).__sigma;
    const p = s.graphToViewport(s.getGraph().getNodeAttributes(n));
    const box = s.getContainer().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, node);

describe('selection', () => {
  it('a node chosen by keyboard after hovering another is drawn in colour with its label', async () => {
    const page = await open();
    await layoutStopped(page); // so the node stays under the pointer
    // Hover the biggest node that is not a neighbour of the one about to be chosen.
    const other = await page.evaluate((z) => {
      const g = (
        window as unknown as {
          __sigma: {
            getGraph(): {
              nodes(): string[];
              areNeighbors(a: string, b: string): boolean;
              degree(n: string): number;
              getNodeAttribute(n: string, k: string): number;
            };
          };
        }
      ).__sigma.getGraph();
      const candidates = g.nodes().filter((n) => n !== z && g.degree(n) > 0 && !g.areNeighbors(n, z));
      return candidates.sort((a, b) => g.getNodeAttribute(b, 'size') - g.getNodeAttribute(a, 'size'))[0]!;
    }, ZAHAWI);
    const at = await viewportPosition(page, other);
    await page.mouse.move(at.x, at.y);
    await page.waitForFunction((z) => {
      const s = (window as unknown as { __sigma: { getNodeDisplayData(n: string): { color: string } } }).__sigma;
      return s.getNodeDisplayData(z).color === '#ddd';
    }, ZAHAWI);
    await search(page, 'zahaw', ZAHAWI);
    await page.waitForSelector(`#panel[data-entity="${ZAHAWI}"]`);
    const z = await drawn(page, ZAHAWI);
    expect(z?.label).toBe('Nadhim Zahawi');
    expect(z?.color).not.toBe('#ddd');
  });

  it('a slow answer for an earlier selection never replaces the later one', async () => {
    const page = await open();
    // The first entity's answers are held back until after the second selection has rendered.
    await page.route(`**/api/entities/${encodeURIComponent(OFSTED)}**`, async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    await search(page, 'ofsted', OFSTED);
    await search(page, 'zahaw', ZAHAWI);
    await page.waitForSelector(`#panel[data-entity="${ZAHAWI}"]`);
    await page.waitForTimeout(2500);
    expect(await page.getAttribute('#panel', 'data-entity')).toBe(ZAHAWI);
    expect(await page.textContent('#panel-title')).toBe('Nadhim Zahawi');
    expect(page.url()).toContain(encodeURIComponent(ZAHAWI));
  });
});

describe('history', () => {
  it('Back and Forward walk through selections and views, and Back never leaves the app', async () => {
    const page = await open();
    await search(page, 'ofsted', OFSTED);
    await page.waitForSelector(`#panel[data-entity="${OFSTED}"]`);
    await search(page, 'zahaw', ZAHAWI);
    await page.waitForSelector(`#panel[data-entity="${ZAHAWI}"]`);
    await page.click('.tabs button[data-view="claims"]');
    expect(page.url()).toContain('view=claims');

    await page.goBack();
    await page.waitForSelector(`#panel[data-entity="${ZAHAWI}"]`);
    await page.goBack();
    await page.waitForSelector(`#panel[data-entity="${OFSTED}"]`);
    expect(await page.textContent('#panel-title')).toBe('Ofsted');
    await page.goBack();
    await page.waitForFunction(() => !document.querySelector('#panel')?.hasAttribute('data-entity'));
    expect(new URL(page.url()).search).toBe('');
    expect(page.url().startsWith(app.server.url)).toBe(true);

    await page.goForward();
    await page.waitForSelector(`#panel[data-entity="${OFSTED}"]`);
  });

  it('Escape deselects; Reset returns to the overview with every filter cleared', async () => {
    const page = await open(`?entity=${encodeURIComponent(OFSTED)}&hide=Place`);
    await page.waitForSelector(`#panel[data-entity="${OFSTED}"]`);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('#panel')?.hasAttribute('data-entity'));
    expect(page.url()).not.toContain('entity=');
    expect(page.url()).toContain('hide=Place');

    await search(page, 'zahaw', ZAHAWI);
    await page.waitForSelector(`#panel[data-entity="${ZAHAWI}"]`);
    await page.click('#reset');
    await page.waitForFunction(() => !document.querySelector('#panel')?.hasAttribute('data-entity'));
    expect(new URL(page.url()).search).toBe('');
    expect(await page.isChecked('input[data-type="Place"]')).toBe(true);
  });
});

describe('on a phone (390×844, touch)', () => {
  it('a tapped node and then a searched one are each drawn in colour, labelled, and shown in the panel', async () => {
    const page = await open('', { width: 390, height: 844 });
    await layoutStopped(page);
    const node = await page.evaluate(() => {
      const s = (
        window as unknown as {
          __sigma: {
            getGraph(): {
              nodes(): string[];
              degree(n: string): number;
              getNodeAttribute(n: string, k: string): number;
            };
          };
        }
      ).__sigma;
      const g = s.getGraph();
      return g.nodes().sort((a, b) => g.degree(b) - g.degree(a))[0]!;
    });
    const at = await viewportPosition(page, node);
    await page.touchscreen.tap(at.x, at.y);
    await page.waitForSelector(`#panel[data-entity="${node}"]`);
    await search(page, 'zahaw', ZAHAWI);
    await page.waitForSelector(`#panel[data-entity="${ZAHAWI}"]`);
    const z = await drawn(page, ZAHAWI);
    expect(z?.label).toBe('Nadhim Zahawi');
    expect(z?.color).not.toBe('#ddd');
  });

  it('has a search box at least 150 px wide and no control smaller than 44 px', async () => {
    const page = await open(`?entity=${encodeURIComponent(ZAHAWI)}`, { width: 390, height: 844 });
    await page.waitForSelector(`#panel[data-entity="${ZAHAWI}"]`);
    await page.click('#legend summary');
    expect((await page.locator('#search').boundingBox())!.width).toBeGreaterThanOrEqual(150);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('button, select, input, summary, label')]
        // A box inside its label is pressed through the label; words inside running text are exempt.
        .filter((e) => !(e instanceof HTMLInputElement && e.closest('label')))
        .filter((e) => !e.closest('.doc-text'))
        .map((e) => ({ e, r: e.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && r.height > 0)
        .filter(({ r }) => r.width < 44 || r.height < 44)
        .map(
          ({ e, r }) =>
            `${e.tagName} ${e.id || e.textContent?.slice(0, 20)} ${Math.round(r.width)}×${Math.round(r.height)}`,
        ),
    );
    expect(small).toEqual([]);
  });
});

describe('leaving a selection', () => {
  it('a click on empty canvas deselects, and Back brings the selection back', async () => {
    const page = await open(`?entity=${encodeURIComponent(OFSTED)}`);
    await page.waitForSelector(`#panel[data-entity="${OFSTED}"]`);
    const box = (await page.locator('#graph').boundingBox())!;
    await page.mouse.click(box.x + box.width - 12, box.y + box.height - 12);
    await page.waitForFunction(() => !document.querySelector('#panel')?.hasAttribute('data-entity'));
    expect(page.url()).not.toContain('entity=');
    await page.goBack();
    await page.waitForSelector(`#panel[data-entity="${OFSTED}"]`);
  });
});

/** Edge counts per predicate from the legend, and whether any fact is drawn twice. */
const edgeCensus = (page: Page) =>
  page.evaluate(() => {
    const g = (
      window as unknown as {
        __sigma: {
          getGraph(): { forEachEdge(f: (e: string, a: { label: string }, s: string, t: string) => void): void };
        };
      }
    ).__sigma.getGraph();
    const facts: string[] = [];
    g.forEachEdge((_, a, s, t) => facts.push(`${s}|${a.label}|${t}`));
    const legend = [...document.querySelectorAll('input[data-predicate]')].map((b) => b.parentElement!.textContent);
    return { edges: facts.length, distinct: new Set(facts).size, legend };
  });

describe('the canvas', () => {
  it('Expand twice and a Cypher result never draw an edge twice', async () => {
    const page = await open(`?entity=${encodeURIComponent(ZAHAWI)}`);
    await page.waitForSelector(`#panel[data-entity="${ZAHAWI}"]`);
    await page.click('#expand');
    await page.waitForFunction(() => /expanded/.test(document.querySelector('#status')!.textContent));
    const once = await edgeCensus(page);
    expect(once.distinct).toBe(once.edges);
    await page.click('#expand');
    await page.waitForFunction(() => /expanded 0 new/.test(document.querySelector('#status')!.textContent));
    expect(await edgeCensus(page)).toEqual(once);

    await page.click('.tabs button[data-view="cypher"]');
    await page.fill('#cypher-editor', 'MATCH (a:Entity)-[r]->(b:Entity) RETURN a, r, b LIMIT 200');
    await page.click('#cypher-run');
    await page.click('#cypher-graph');
    await page.waitForSelector('#status[data-result]');
    const after = await edgeCensus(page);
    expect(after.distinct).toBe(after.edges);
    // The result's filter can be cleared in the tab.
    await page.click('#cypher-clear');
    await page.waitForFunction(() => !document.querySelector('#status')!.hasAttribute('data-result'));
    await page.click('#cypher-graph');
    await page.waitForSelector('#status[data-result]');
    // Leaving the Cypher tab lifts the result's filter.
    await page.click('.tabs button[data-view="claims"]');
    expect(await page.textContent('#status')).not.toMatch(/from the query/);
    expect(await page.getAttribute('#status', 'data-result')).toBeNull();
  });

  it('unticking every relation hides every edge and says so; sizing by degree and mentions comes back', async () => {
    const page = await open();
    const sizes = () =>
      page.evaluate(() => {
        const g = (
          window as unknown as {
            __sigma: { getGraph(): { mapNodes(f: (n: string, a: { size: number }) => number): number[] } };
          }
        ).__sigma.getGraph();
        return g.mapNodes((_, a) => a.size);
      });
    const initial = await sizes();
    await page.selectOption('#size-by', 'degree');
    expect(await sizes()).not.toEqual(initial);
    await page.selectOption('#size-by', 'both');
    expect(await sizes()).toEqual(initial);

    for (const box of await page.$$('input[data-predicate]')) await box.uncheck();
    expect(await drawnEdges(page)).toBe(0);
    expect(await page.getAttribute('#status', 'data-visible')).toBe('0');
    expect(await page.textContent('#status')).toMatch(/hidden by the filters/);
    expect(page.url()).toContain('preds=');
  });
});

/** Scrolls the side panel to its end until the whole document is drawn. */
async function readToTheEnd(page: Page): Promise<void> {
  for (let i = 0; i < 40 && (await page.$('#doc-text .more-text')); i++) {
    await page.$eval('#side', (side) => {
      side.scrollTop = side.scrollHeight;
    });
    await page.waitForTimeout(100);
  }
}

describe('document reader', () => {
  it('shows each comment once: in the text, with the thread as an index that scrolls to it', async () => {
    const page = await open(`?doc=${encodeURIComponent('doc:001-b25a08d3d9a2df66')}`);
    await page.waitForSelector('#panel[data-document="doc:001-b25a08d3d9a2df66"]');
    const comments = await page.$$eval('.thread .comment-link', (els) => els.length);
    expect(comments).toBeGreaterThan(10);
    // The last comment in the index is reachable before the text around it has been drawn.
    const last = page.locator('.thread .comment-link').last();
    const cid = (await last.getAttribute('data-comment'))!;
    await last.click();
    const seen = await page.evaluate((c) => {
      const anchor = document.getElementById(`at-${c.replace(/[^\w-]/g, '_')}`);
      if (!anchor) return null;
      const side = document.querySelector('#side')!.getBoundingClientRect();
      const at = anchor.getBoundingClientRect();
      return at.top >= side.top - 1 && at.top < side.bottom;
    }, cid);
    expect(seen).toBe(true);
    await readToTheEnd(page);
    const docText = (await page.textContent('#doc-text')) ?? '';
    const threadText = (await page.textContent('.thread')) ?? '';
    // The thread names authors and times only: no sentence of the text appears in it.
    const sentence = docText.split('\n').find((l) => l.length > 80)!;
    expect(threadText).not.toContain(sentence.slice(0, 60));
    const anchors = await page.$$eval('#doc-text .comment-anchor', (els) => els.length);
    expect(anchors).toBe(comments);
  });

  it('draws a long document a part at a time as it is read, ending with all of its text', async () => {
    const id = 'doc:003-a0e81e5ce5b8d304';
    const page = await open(`?doc=${encodeURIComponent(id)}`);
    await page.waitForSelector(`#panel[data-document="${id}"]`);
    const full = await page.evaluate(
      async (d) =>
        ((await (await fetch(`/api/documents/${encodeURIComponent(d)}`)).json()) as { text: string }).text.length,
      id,
    );
    expect(full).toBeGreaterThan(60_000);
    const first = ((await page.textContent('#doc-text')) ?? '').length;
    expect(first).toBeLessThan(full / 2);
    await readToTheEnd(page);
    expect(((await page.textContent('#doc-text')) ?? '').length).toBe(full);
  });

  it('opens "who says it" under the claim clicked, covering none of the text', async () => {
    const page = await open(`?doc=${encodeURIComponent('doc:001-b25a08d3d9a2df66')}`);
    await page.waitForSelector('#doc-text .claim-text');
    const claim = page.locator('#doc-text .claim-text:not(:has(mark))').nth(15);
    await claim.scrollIntoViewIfNeeded();
    await claim.click();
    await page.waitForSelector('#claim-box .claim');
    // Nothing of the text lies under the box: every drawn piece of text is above or below it.
    const overlaps = await page.evaluate(() => {
      const box = document.querySelector('#claim-box')!.getBoundingClientRect();
      const range = document.createRange();
      const hits: string[] = [];
      const walker = document.createTreeWalker(document.querySelector('#doc-text')!, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (n.parentElement?.closest('#claim-box')) continue;
        range.selectNodeContents(n);
        for (const r of range.getClientRects())
          if (r.bottom > box.top + 1 && r.top < box.bottom - 1 && r.right > box.left && r.left < box.right)
            hits.push(n.textContent!.slice(0, 40));
      }
      return hits;
    });
    expect(overlaps).toEqual([]);
    expect(await page.textContent('#claim-box')).toMatch(/said by/);
  });
});
