// Search → select → the panel shows evidence quoted from a seed; a shared URL reopens the same view;
// document text with markup is shown as text and never runs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSourceText } from '../../ingest/src/parse/index.js';
import { extract } from '../../ingest/src/extract/index.js';
import { resolveDocument } from '../../ingest/src/resolve/index.js';
import { loadDocument, loadDocuments } from '../../ingest/src/load/writer.js';
import { FUNDING_SPANS, hub, hubDocument, MEMBERS, memberName, rover, roverOrgs, trust } from '../api/hub-fixture.js';
import { ROOT, SEEDS } from '../helpers/db.js';
import { useSeededApp } from '../helpers/app.js';

const news = readFileSync(path.join(SEEDS, '001_b25a08d3d9a2df66.txt'), 'utf8');
// A document full of markup, to check that the explorer shows it as text and runs none of it.
const app = useSeededApp(async (driver) => {
  const hostile =
    'Hostile page\n\n“<img src=x onerror="window.__pwned=1"> Ofsted has failed <script>window.__pwned=2</script> ' +
    'children badly,” said Annie Hudson.\n';
  const parsed = parseSourceText('hostile.txt', hostile);
  await loadDocument(driver, resolveDocument(parsed, extract(parsed)));
  // An organisation with more members than the panel lists at once.
  await loadDocuments(driver, [hubDocument()]);
});

describe('entity panel', () => {
  it('search → Enter selects the entity; the panel quotes the seed; the URL reopens the same view', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(app.server.url);
    await page.waitForSelector('#status[data-nodes]');
    await page.fill('#search', 'zahaw');
    await page.waitForSelector('#search-results li');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#panel[data-entity="person:nadhim-zahawi"]');
    expect(await page.textContent('#panel-title')).toBe('Nadhim Zahawi');
    const quotes = await page.$$eval('#panel .evidence', (els) => els.map((e) => e.textContent ?? ''));
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.some((q) => q.length > 30 && news.includes(q))).toBe(true);
    expect(page.url()).toContain('entity=person%3Anadhim-zahawi');
    await page.waitForTimeout(3500);
    await page.screenshot({ path: path.join(ROOT, 'test-results/screenshots/entity-panel.png') });

    const again = await app.browser.newPage({ viewport: { width: 1400, height: 900 } });
    await again.goto(page.url());
    await again.waitForSelector('#panel[data-entity="person:nadhim-zahawi"]');
    expect(await again.textContent('#panel-title')).toBe('Nadhim Zahawi');
  });

  it('hides a type when its legend box is unticked, and keeps that in the URL', async () => {
    const page = await app.browser.newPage();
    await page.goto(app.server.url);
    await page.waitForSelector('#status[data-nodes]');
    await page.uncheck('input[data-type="Place"]');
    expect(page.url()).toContain('hide=Place');
    const hiddenPlaces = await page.evaluate(() => {
      const s = (
        window as unknown as {
          __sigma: {
            getGraph(): { filterNodes(f: (n: string, a: Record<string, unknown>) => boolean): string[] };
            getNodeDisplayData(n: string): { hidden?: boolean } | undefined;
          };
        }
      ).__sigma;
      const places = s.getGraph().filterNodes((_, a) => a.entityType === 'Place');
      return places.length > 0 && places.every((n) => s.getNodeDisplayData(n)?.hidden);
    });
    expect(hiddenPlaces).toBe(true);
  });

  it('shows document words with markup as text, and runs none of it', async () => {
    const page = await app.browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${app.server.url}/?entity=${encodeURIComponent('organisation:ofsted')}`);
    await page.waitForSelector('#panel[data-entity="organisation:ofsted"]');
    const text = await page.textContent('#panel');
    expect(text).toContain('<img src=x onerror=');
    expect(text).toContain('<script>');
    expect(await page.$$('#panel img, #panel script')).toHaveLength(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });
});

describe('document view', () => {
  it('opens from the panel, highlights mentions (a click selects) and shows the comment thread', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${app.server.url}/?entity=${encodeURIComponent('person:nadhim-zahawi')}`);
    await page.waitForSelector('#panel[data-entity="person:nadhim-zahawi"]');
    await page.click('.doc-link[data-doc="doc:001-b25a08d3d9a2df66"]');
    await page.waitForSelector('#panel[data-document="doc:001-b25a08d3d9a2df66"]');
    expect(page.url()).toContain('doc=doc%3A001-b25a08d3d9a2df66');
    const marks = await page.$$eval('#doc-text mark.mention[data-entity="person:nadhim-zahawi"]', (els) =>
      els.map((e) => e.textContent),
    );
    expect(marks).toContain('Nadhim Zahawi');
    expect(await page.$$eval('.thread .comment', (els) => els.length)).toBe(49);
    expect(await page.textContent('.thread')).toContain('Ruth Cartwright · 2021-12-10 16:34');
    await page.click('#legend summary'); // fold the filters away to read the document
    await page.screenshot({ path: path.join(ROOT, 'test-results/screenshots/document-view.png') });
    // Claims are underlined in the text; a click says who makes the claim.
    const claim = page.locator('#doc-text .claim-text').filter({ hasText: 'have dedicated their lives' }).first();
    await claim.dispatchEvent('click');
    await page.waitForSelector('#claim-box .claim');
    expect(await page.textContent('#claim-box')).toContain('said by Nadhim Zahawi');
    await page.click('#doc-text mark.mention[data-entity="organisation:ofsted"]');
    await page.waitForSelector('#panel[data-entity="organisation:ofsted"]');
  });

  it('lists a hub’s members a page at a time and shows the next page on request', async () => {
    const asked: string[] = [];
    const page = await app.browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('request', (r) => {
      if (r.url().includes(`/api/entities/${encodeURIComponent(hub)}?`)) asked.push(r.url());
    });
    await page.goto(`${app.server.url}/?entity=${encodeURIComponent(hub)}`);
    await page.waitForSelector(`#panel[data-entity="${hub}"]`);
    const members = page.locator('#panel section.members');
    const names = () => members.locator('li button.link').allTextContents();
    expect(await members.locator('h3').textContent()).toBe(`Members (20 of ${MEMBERS})`);
    expect(await names()).toEqual(Array.from({ length: 20 }, (_, i) => memberName(i)));
    await members.locator('button.more').click();
    await page.waitForFunction(() => document.querySelectorAll('#panel section.members li').length === 40);
    expect(await members.locator('h3').textContent()).toBe(`Members (40 of ${MEMBERS})`);
    await members.locator('button.more').click();
    await page.waitForFunction((n) => document.querySelectorAll('#panel section.members li').length === n, MEMBERS);
    expect(await members.locator('h3').textContent()).toBe(`Members (${MEMBERS})`);
    expect(await members.locator('button.more').isHidden()).toBe(true);
    expect(await names()).toEqual(Array.from({ length: MEMBERS }, (_, i) => memberName(i)));
    // Each page was its own small request: the first page with the panel, then 20 more at a time.
    const offsets = asked.map((u) => new URL(u).searchParams.get('memberOffset'));
    expect(offsets).toEqual([null, '20', '40']);
    expect(asked.every((u) => new URL(u).searchParams.get('members') === '20')).toBe(true);

    // A person's roles: all three fit on one page, and a name opens that organisation.
    await page.goto(`${app.server.url}/?entity=${encodeURIComponent(rover)}`);
    await page.waitForSelector(`#panel[data-entity="${rover}"]`);
    const roles = page.locator('#panel section.roles');
    expect(await roles.locator('h3').textContent()).toBe(`Roles (${roverOrgs.length})`);
    expect(await roles.locator('li button.link').allTextContents()).toEqual(roverOrgs);
    expect(await roles.locator('button.more').isHidden()).toBe(true);
  });

  it('pages a fact edge’s quotes in the relations list and in the edge panel: "n of N quotes", then all', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const expected = Array.from(
      { length: FUNDING_SPANS },
      (_, i) => `Hubshire Council funds Fenland Care Trust, year ${i + 1}.`,
    );
    // The relations list: two quotes came with the neighbourhood; each click adds a page from the server.
    await page.goto(`${app.server.url}/?entity=${encodeURIComponent(hub)}`);
    await page.waitForSelector(`#panel[data-entity="${hub}"]`);
    await page.locator('#panel .relations li', { hasText: `2 of ${FUNDING_SPANS} quotes` }).evaluate((li) => {
      li.setAttribute('data-probe', '');
    });
    const funds = page.locator('#panel .relations li[data-probe]');
    await funds.locator('button.more').click();
    await page.waitForFunction(() => document.querySelectorAll('li[data-probe] > blockquote').length === 20);
    expect(await funds.locator('> blockquote').count()).toBe(20);
    expect(await funds.locator('button.more').textContent()).toBe(`20 of ${FUNDING_SPANS} quotes: show more`);
    await funds.locator('button.more').click();
    await funds.locator('button.more').waitFor({ state: 'detached' });
    expect(await funds.locator('> blockquote').allTextContents()).toEqual(expected);

    const key = `${hub}|FUNDS|${trust}`;
    await page.goto(`${app.server.url}/?edge=${encodeURIComponent(key)}`);
    await page.waitForSelector(`#panel[data-edge="${key}"] .claim`);
    expect(await page.textContent('#edge-count')).toBe(`20 of ${FUNDING_SPANS} quotes`);
    expect(await page.locator('#edge-claims blockquote').count()).toBe(20);
    await page.click('#edge-more');
    await page.waitForFunction((n) => document.querySelectorAll('#edge-claims blockquote').length === n, FUNDING_SPANS);
    expect(await page.textContent('#edge-count')).toBe(`${FUNDING_SPANS} quotes`);
    expect(await page.locator('#edge-more').isHidden()).toBe(true);
    const shown = await page.locator('#edge-claims blockquote').allTextContents();
    expect(shown).toEqual(expected);
  });
});
