// An axe-core scan of every view of the explorer, on a desktop and on a phone: no serious or critical
// violation (contrast, names of controls, roles, landmarks).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useSeededApp } from '../helpers/app.js';
import { scan } from '../helpers/axe.js';

const app = useSeededApp();
const ENTITY = 'person:nadhim-zahawi';
const DOC = 'doc:001-b25a08d3d9a2df66';
const VIEWS: [string, string, string][] = [
  ['overview', '', '#panel p'],
  ['entity', `?entity=${encodeURIComponent(ENTITY)}`, `#panel[data-entity="${ENTITY}"]`],
  ['document', `?doc=${encodeURIComponent(DOC)}`, `#panel[data-document="${DOC}"]`],
  ['path', '?view=path', '#path-from'],
  ['claims', '?view=claims', '#claims-list .claim'],
  ['cypher', `?view=cypher&q=${encodeURIComponent('MATCH (d:Document) RETURN d.title')}`, '#cypher-result table'],
];

describe('accessibility', () => {
  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 390, height: 844 },
  ])
    for (const [name, query, ready] of VIEWS)
      it(`${name} at ${viewport.width}×${viewport.height}: no serious or critical axe violation`, async () => {
        // The explorer's CSP allows its own scripts only; axe is injected by the test, not served.
        const page = await app.browser.newPage({ viewport, bypassCSP: true });
        await page.goto(`${app.server.url}/${query}`);
        await page.waitForSelector('#status[data-nodes]');
        await page.waitForSelector(ready);
        expect(await scan(page)).toEqual([]);
        if (viewport.width > 1000)
          await page.screenshot({
            path: path.join(import.meta.dirname, '../../test-results/screenshots', `a11y-${name}.png`),
          });
        await page.close();
      });

  it('the search combobox names the option the arrow keys reach', async () => {
    const page = await app.browser.newPage();
    await page.goto(app.server.url);
    await page.waitForSelector('#status[data-nodes]');
    await page.fill('#search', 'so');
    await page.waitForSelector('#search-results li:nth-child(2)');
    await page.press('#search', 'ArrowDown');
    const active = await page.getAttribute('#search', 'aria-activedescendant');
    expect(active).toBeTruthy();
    expect(await page.getAttribute(`#${active!}`, 'aria-selected')).toBe('true');
    expect(await page.$eval(`#${active!}`, (o) => [...o.parentElement!.children].indexOf(o))).toBe(1);
    await page.close();
  });
});
