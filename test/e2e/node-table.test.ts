// The graph for assistive technology: the entities and relations on the canvas as tables that follow the
// filters, a choice there selects as a click does, the focus goes to the panel's heading after a selection
// or a followed link, the status line names the selection, and axe finds nothing serious on the new parts.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSeededApp } from '../helpers/app.js';
import { scan } from '../helpers/axe.js';
import { drawnEdges } from '../helpers/browser.js';

const app = useSeededApp();
const SHOTS = path.join(import.meta.dirname, '../../test-results/screenshots');

async function open(query = '', viewport = { width: 1440, height: 900 }): Promise<Page> {
  const page = await app.browser.newPage({ viewport, bypassCSP: true, hasTouch: viewport.width < 500 });
  await page.goto(`${app.server.url}/${query}`);
  await page.waitForSelector('#status[data-nodes]');
  return page;
}

const focused = (page: Page) =>
  page.evaluate(() => ({ id: document.activeElement?.id, text: document.activeElement?.textContent }));

describe('the graph as a list', () => {
  it('lists what the filters leave, and follows them', async () => {
    const page = await open();
    await page.click('#graph-table summary');
    await page.waitForSelector('#entity-table tbody tr');
    const visible = Number(await page.getAttribute('#status', 'data-visible'));
    expect(await page.locator('#entity-table tbody tr').count()).toBe(visible);
    expect(await page.locator('#relation-table tbody tr').count()).toBe(await drawnEdges(page));
    await page.screenshot({ path: path.join(SHOTS, 'node-table.png') });

    await page.uncheck('input[data-type="Person"]');
    await page.waitForFunction((n) => document.querySelectorAll('#entity-table tbody tr').length !== n, visible);
    const types = await page.$$eval('#entity-table tbody tr td:nth-child(2)', (tds) => tds.map((t) => t.textContent));
    expect(types).not.toContain('Person');
    expect(types.length).toBe(Number(await page.getAttribute('#status', 'data-visible')));
    expect(await page.locator('#relation-table tbody tr').count()).toBe(await drawnEdges(page));
    await page.close();
  });

  it('a name chosen by keyboard selects it as a click does, and the focus goes to the panel heading', async () => {
    const page = await open();
    await page.click('#graph-table summary');
    const button = page.locator('#entity-table tbody tr th button').first();
    const id = (await button.getAttribute('data-id'))!;
    const name = (await button.textContent())!;
    await button.focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector(`#panel[data-entity="${id}"]`);
    expect(new URL(page.url()).searchParams.get('entity')).toBe(id);
    await page.waitForFunction(() => document.activeElement?.id === 'panel-title');
    expect((await focused(page)).text).toBe(await page.textContent('#panel-title'));
    expect(await page.textContent('#status')).toContain(`Selected ${name}`);
    expect(await page.getAttribute(`#entity-table button[data-id="${id}"]`, 'aria-current')).toBe('true');
    // Drawn as a selection on the canvas.
    const highlighted = await page.evaluate(
      (n) =>
        (
          window as unknown as { __sigma: { getNodeDisplayData(n: string): { highlighted?: boolean } } }
        ).__sigma.getNodeDisplayData(n).highlighted,
      id,
    );
    expect(highlighted).toBe(true);
    // The panel is not a live region: a screen reader is not read the whole panel on each selection.
    const live = await page.$eval('#panel', (p) => [p.getAttribute('aria-live'), p.getAttribute('role')]);
    expect(live).toEqual([null, null]);
    await page.close();
  });

  it('after a link in the panel is followed, the focus is on the new heading', async () => {
    const page = await open(`?entity=${encodeURIComponent('person:nadhim-zahawi')}`);
    await page.waitForSelector('#panel[data-entity="person:nadhim-zahawi"]');
    const link = page.locator('#panel button.link').first();
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('#panel[data-entity]:not([data-entity="person:nadhim-zahawi"])');
    await page.waitForFunction(() => document.activeElement?.id === 'panel-title');
    expect((await focused(page)).text).toBe(await page.textContent('#panel-title'));
    await page.close();
  });

  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 390, height: 844 },
  ])
    it(`list, structure and saved views at ${viewport.width}×${viewport.height}: nothing serious for axe`, async () => {
      const page = await open('?colour=community&size=pagerank&replies=1', viewport);
      await page.click('#graph-table summary');
      await page.waitForSelector('#entity-table tbody tr');
      if (viewport.width < 500) await page.click('#legend > details > summary');
      await page.waitForSelector('#community-legend li');
      await page.waitForSelector('#saved-list li');
      expect(await scan(page)).toEqual([]);
      await page.screenshot({ path: path.join(SHOTS, `node-table-${viewport.width}.png`) });
      await page.close();
    });
});
