// The platform slice end to end: seeds in Neo4j, the server, and the explorer rendering them in Chromium.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, count } from '../helpers/db.js';
import { useSeededApp } from '../helpers/app.js';

const app = useSeededApp();

describe('explorer overview', () => {
  it('renders the seeds graph with sigma: node count shown, canvas drawn', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(app.server.url);
    await page.waitForSelector('#status[data-nodes]', { timeout: 30_000 });
    const shown = Number(await page.getAttribute('#status', 'data-nodes'));
    const entities = await count(app.driver, 'MATCH (e:Entity) RETURN count(e)');
    expect(shown).toBe(Math.min(400, entities));
    expect(shown).toBeGreaterThan(20);
    // Sigma drew something: the node layer is not blank.
    const rendered = await page.evaluate(() => {
      const s = (
        window as unknown as { __sigma: { getGraph(): { order: number }; getNodeDisplayData(n: string): unknown } }
      ).__sigma;
      return s.getGraph().order;
    });
    expect(rendered).toBe(shown);
    await page.waitForTimeout(4500); // let the layout settle before the screenshot
    const png = await page.locator('#graph canvas').first().screenshot();
    expect(png.length).toBeGreaterThan(5_000);
    await page.screenshot({ path: path.join(ROOT, 'test-results/screenshots/overview.png') });
    expect(errors).toEqual([]);
  });
});
