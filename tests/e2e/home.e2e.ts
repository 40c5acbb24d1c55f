import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { type Site, openPage, startSite, stopSite } from './browser';
import { simulate } from '../../src/lib/simulate';

const root = resolve(import.meta.dirname, '../..');
const scenarioIds = readdirSync(resolve(root, 'scenarios'))
  .filter((f) => f.endsWith('.py'))
  .map((f) => f.slice(0, -3))
  .sort();

let browser: Browser;
let site: Site;

beforeAll(async () => ({ site, browser } = await startSite()));
afterAll(() => stopSite(site, browser));

describe('home page', () => {
  it('shows every scenario with exactly the output the simulator prints, with no console error or foreign request', async () => {
    const { page, consoleErrors, foreignRequests } = await openPage(browser, site.url);
    await page.goto(site.url + '/');
    await expect(page.locator('h1').textContent()).resolves.toBe('aioscope');
    for (const id of scenarioIds) {
      const source = readFileSync(resolve(root, 'scenarios', id + '.py'), 'utf8');
      const expected = simulate(source, { file: `${id}.py` });
      const shown = await page.locator(`#${id} pre.output`).textContent();
      expect(shown, id).toBe(expected.stdout + expected.stderr);
    }
    mkdirSync(resolve(root, 'test-results'), { recursive: true });
    await page.screenshot({ path: resolve(root, 'test-results/home.png'), fullPage: false });
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});
