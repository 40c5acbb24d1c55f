/**
 * The default time axis is linear in virtual seconds on every surface (issue 10 item 1): on the player, the compare
 * page and the embed, the drawn ticks are evenly spaced round times (x measured in the page), so equal seconds get
 * equal widths; the steps view says on screen that it is not to scale. Real headless Chromium.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { simulate } from '../../src/lib/simulate';
import { type Site, openPage, startSite, stopSite } from './browser';

const root = resolve(import.meta.dirname, '../..');
let browser: Browser;
let site: Site;

beforeAll(async () => {
  ({ site, browser } = await startSite());
});
afterAll(() => stopSite(site, browser));

/** Tick times and their x (page pixels) from the tick groups `selector` matches. */
async function ticks(page: Page, selector: string): Promise<{ t: number; x: number }[]> {
  return page.$$eval(selector, (els) =>
    els.map((el) => {
      const line = el.querySelector('line') ?? el;
      const r = line.getBoundingClientRect();
      return { t: Number(el.getAttribute('data-t')), x: r.left + r.width / 2 };
    })
  );
}

/** Evenly spaced: constant steps in t and in x (within a pixel), so x is linear in t. */
function expectLinear(list: { t: number; x: number }[]) {
  expect(list.length).toBeGreaterThanOrEqual(3);
  const dt = list[1].t - list[0].t;
  const dx = list[1].x - list[0].x;
  expect(dt).toBeGreaterThan(0);
  expect(dx).toBeGreaterThan(20);
  for (let i = 1; i < list.length; i++) {
    expect(list[i].t - list[i - 1].t).toBeCloseTo(dt, 9);
    expect(Math.abs(list[i].x - list[i - 1].x - dx)).toBeLessThanOrEqual(1);
  }
}

describe('a linear time axis by default', () => {
  it('player: evenly spaced ticks; 0→1 s as wide as 2→3 s; the steps view says it is not to scale', async () => {
    const { page, consoleErrors } = await openPage(browser, site.url, 1280, 800);
    await page.goto(`${site.url}/s/say_after_sequential`);
    await page.waitForSelector('.player[data-cursor] .timeline .axis .tick');
    const list = await ticks(page, '.timeline .axis .tick');
    expectLinear(list);
    const xAt = (t: number) => list.find((k) => Math.abs(k.t - t) < 1e-9)?.x;
    if (xAt(0) !== undefined && xAt(1) !== undefined && xAt(2) !== undefined && xAt(3) !== undefined) {
      expect(Math.abs(xAt(1)! - xAt(0)! - (xAt(3)! - xAt(2)!))).toBeLessThanOrEqual(1);
    }
    expect(await page.getByTestId('axis-scale').getAttribute('data-linear')).toBe('true');
    await page.getByLabel('Pacing').selectOption('compressed');
    await page.waitForFunction(
      () => document.querySelector('[data-testid=axis-scale]')?.getAttribute('data-linear') === 'false'
    );
    expect(await page.getByTestId('axis-scale').textContent()).toContain('not to scale');
    expect(consoleErrors).toEqual([]);
  });

  it('compare: one ruler, evenly spaced', async () => {
    const { page, consoleErrors } = await openPage(browser, site.url, 1280, 800);
    await page.goto(`${site.url}/compare?a=say_after_sequential&b=say_after`);
    await page.waitForSelector('[data-testid=shared-ruler] .tick');
    expectLinear(await ticks(page, '[data-testid=shared-ruler] .tick'));
    expect(consoleErrors).toEqual([]);
  });

  it('the playhead moves through a sleep while playing, and the caption says what the loop does', async () => {
    const { events } = simulate(readFileSync(resolve(root, 'scenarios', 'say_after.py'), 'utf8'), {
      file: 'say_after.py'
    });
    const before = events.findIndex((e) => e.t > 0) - 1;
    const { page, consoleErrors } = await openPage(browser, site.url, 1280, 800);
    await page.goto(`${site.url}/s/say_after?cursor=${before}`);
    await page.waitForSelector(`.player[data-cursor="${before}"] .timeline svg.lanes .playhead`);
    const playheadX = () =>
      page.$eval(
        '.timeline svg.lanes .playhead',
        (g) => g.getBoundingClientRect().left + g.getBoundingClientRect().width / 2
      );
    const x0 = await playheadX();
    await page.locator('.narration').click({ position: { x: 2, y: 2 } });
    await page.keyboard.press('Space');
    // The event's own moment, then into the 1 s wait (virtual pacing, speed 1): the cursor stays, the playhead moves.
    await page.waitForFunction(() =>
      /Sleeping in select\(\)/.test(document.querySelector('.narration')?.textContent ?? '')
    );
    const x1 = await playheadX();
    await page.waitForTimeout(250);
    const x2 = await playheadX();
    const cursor = Number(await page.locator('.player').getAttribute('data-cursor'));
    expect(cursor).toBe(before);
    expect(x1).toBeGreaterThan(x0);
    expect(x2).toBeGreaterThan(x1 + 5);
    expect(await page.locator('.narration').textContent()).toMatch(/until t=1\.0, 2 timers pending/);
    await page.keyboard.press('Space');
    expect(consoleErrors).toEqual([]);
  });

  it('zooms like a trace viewer: W/S around the playhead, A/D pan, F fits; ticks stay evenly spaced', async () => {
    const { page, consoleErrors } = await openPage(browser, site.url, 1280, 800);
    await page.goto(`${site.url}/s/say_after_sequential?cursor=30`);
    await page.waitForSelector('.player[data-cursor="30"] .timeline .axis .tick');
    const playheadX = () =>
      page.$eval(
        '.timeline svg.lanes .playhead',
        (g) => g.getBoundingClientRect().left + g.getBoundingClientRect().width / 2
      );
    const before = await ticks(page, '.timeline .axis .tick');
    const x0 = await playheadX();
    await page.locator('.narration').click({ position: { x: 2, y: 2 } });
    await page.keyboard.press('w');
    await page.keyboard.press('w');
    await page.waitForFunction(
      () => document.querySelector('.timeline .tools button:nth-of-type(3)')?.hasAttribute('disabled') === false
    );
    const zoomed = await ticks(page, '.timeline .axis .tick');
    expectLinear(zoomed);
    // More pixels per second, and the playhead kept where it was.
    expect((zoomed[1].x - zoomed[0].x) / (zoomed[1].t - zoomed[0].t)).toBeGreaterThan(
      ((before[1].x - before[0].x) / (before[1].t - before[0].t)) * 2
    );
    expect(Math.abs((await playheadX()) - x0)).toBeLessThanOrEqual(2);
    await page.keyboard.press('d');
    await page.waitForTimeout(100);
    const panned = await ticks(page, '.timeline .axis .tick');
    expect(panned[0].t).toBeGreaterThan(zoomed[0].t);
    await page.keyboard.press('f');
    await page.waitForTimeout(100);
    expect(await ticks(page, '.timeline .axis .tick')).toEqual(before);
    expect(Number(await page.locator('.player').getAttribute('data-cursor'))).toBe(30);
    expect(consoleErrors).toEqual([]);
  });

  it('embed: evenly spaced ticks', async () => {
    const { page, consoleErrors } = await openPage(browser, site.url, 800, 450);
    await page.goto(`${site.url}/embed/say_after_sequential`);
    await page.waitForSelector('.embed[data-cursor] .timeline .axis .tick');
    expectLinear(await ticks(page, '.timeline .axis .tick'));
    expect(await page.locator('[data-testid=axis-scale]').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
  });
});
