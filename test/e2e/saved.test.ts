// Saved views: a named view is kept in the browser, listed, opened (its state back, Back returns to where one
// was) and deleted; the list outlives a reload.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useSeededApp } from '../helpers/app.js';

const app = useSeededApp();
const ZAHAWI = 'person:nadhim-zahawi';
/** A URL's query parameters in a fixed order, so two ways of writing the same view compare equal. */
const params = (url: string) => [...new URL(url).searchParams].sort();

describe('saved views', () => {
  it('names, lists, opens as a history entry, survives a reload, and deletes a view', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${app.server.url}/?entity=${encodeURIComponent(ZAHAWI)}&colour=community&hide=Place`);
    await page.waitForSelector(`#panel[data-entity="${ZAHAWI}"]`);
    const saved = params(page.url());
    await page.fill('#saved-name', 'Zahawi by community');
    await page.press('#saved-name', 'Enter');
    await page.waitForSelector('#saved-list button[data-open="Zahawi by community"]');
    expect(await page.textContent('#saved-note')).toContain('Saved “Zahawi by community”');
    await page.screenshot({ path: path.join(import.meta.dirname, '../../test-results/screenshots/saved-views.png') });

    await page.click('#reset');
    await page.waitForFunction(() => location.search === '');
    await page.click('#saved-list button[data-open="Zahawi by community"]');
    await page.waitForSelector(`#panel[data-entity="${ZAHAWI}"]`);
    expect(params(page.url())).toEqual(saved);
    expect(await page.inputValue('#colour-by')).toBe('community');
    expect(await page.isChecked('input[data-type="Place"]')).toBe(false);

    // Opening was an entry of its own: Back returns to the overview it was opened from.
    await page.goBack();
    await page.waitForFunction(() => location.search === '');
    await page.waitForSelector('#panel:not([data-entity])');
    expect(await page.inputValue('#colour-by')).toBe('type');
    expect(await page.isChecked('input[data-type="Place"]')).toBe(true);

    await page.reload();
    await page.waitForSelector('#status[data-nodes]');
    const names = await page.$$eval('#saved-list button[data-open]', (b) => b.map((x) => x.textContent));
    expect(names).toEqual(['Zahawi by community']);
    await page.click('#saved-list button[aria-label="Delete Zahawi by community"]');
    await page.waitForSelector('#saved-list button[data-open]', { state: 'detached' });
    expect(await page.evaluate(() => localStorage.getItem('claimgraph.savedViews'))).toBe('[]');
    await page.close();
  });
});
