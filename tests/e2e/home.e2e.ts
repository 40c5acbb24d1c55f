import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { type Site, openPage, startSite, stopSite } from './browser';
import { simulate } from '../../src/lib/simulate';
import { START_HERE } from '../../src/lib/scenario-meta';

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

  it('starts with a path (sequential → concurrent → gather → queue → timeout → pitfalls), then the rest by topic, with labelled thumbnails', async () => {
    const { page, consoleErrors } = await openPage(browser, site.url, 1280, 800);
    await page.goto(site.url + '/');
    const steps = page.getByTestId('path-step');
    expect(await steps.count()).toBe(6);
    const pathIds = await steps.locator('.card').evaluateAll((cards) => cards.map((c) => c.id));
    expect(pathIds).toEqual(START_HERE.flatMap((s) => s.ids));
    expect(pathIds.slice(0, 5)).toEqual([
      'say_after_sequential',
      'say_after',
      'gather_fetch',
      'producer_consumer',
      'wait_for_timeout'
    ]);
    // The first two steps sit side by side above the fold, so the sequential/concurrent pair is the first thing seen.
    const [a, b] = await Promise.all([0, 1].map((i) => steps.nth(i).boundingBox()));
    expect(a!.y).toBe(b!.y);
    expect(a!.y + a!.height).toBeLessThan(800);
    const all = await page.locator('.card').evaluateAll((cards) => cards.map((c) => c.id));
    expect([...all].sort()).toEqual(scenarioIds);
    expect(await page.getByTestId('topic').count()).toBeGreaterThan(2);
    // A thumbnail names its lanes and its length: say_after draws main and two say_after lanes over 2.0 s.
    const thumb = page.locator('#say_after figure.thumb');
    expect(await thumb.locator('.labels li').allInnerTexts()).toEqual(['event loop', 'main', 'say_after', 'say_after']);
    expect(await thumb.locator('.axis').innerText()).toMatch(/0 s\s+2\.0 s/);
    expect(await thumb.getAttribute('aria-label')).toContain('2.0 s');
    expect(consoleErrors).toEqual([]);
  });
});
