/**
 * The compare page in headless Chromium: two traces on one shared time axis with one playhead. Both totals are
 * shown (sequential 3.0 s vs concurrent 2.0 s), moving the shared cursor moves both sides to the same virtual time,
 * the player's Compare button leads here, and "3.11 vs 3.14" shows wait_for's extra task under 3.11.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage, type Watched } from './browser';
import { SITE_DIR } from './site-dir';
import { serveStatic } from './static-server';
import { simulate } from '../../src/lib/simulate';
import type { TraceEvent } from '../../src/lib/trace/events';

const root = resolve(import.meta.dirname, '../..');
const shots = resolve(root, 'test-results');
const run = (id: string, python: '3.11' | '3.14' = '3.14') =>
  simulate(readFileSync(resolve(root, 'scenarios', `${id}.py`), 'utf8'), { file: `${id}.py`, python });

let browser: Browser;
let site: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  site = await serveStatic(SITE_DIR);
  browser = await launch();
  mkdirSync(shots, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function openCompare(query: string, lang?: string): Promise<Watched> {
  const watched = await openPage(browser, site.url, 1280, 720);
  if (lang) await watched.page.addInitScript((l) => localStorage.setItem('aioscope-lang', l), lang);
  await watched.page.goto(`${site.url}/compare?${query}`);
  await watched.page.waitForSelector('.compare-player[data-step]');
  await watched.page.waitForSelector('[data-testid=shared-playhead] span');
  return watched;
}

const sideCursors = (page: Page) =>
  page.$$eval('.side', (els) => els.map((el) => Number(el.getAttribute('data-cursor'))));
const step = async (page: Page) => Number(await page.locator('.compare-player').getAttribute('data-step'));

/** The last event of `events` at or before virtual time t. */
const lastAtOrBefore = (events: TraceEvent[], t: number) => events.findLastIndex((e) => e.t <= t);

describe('compare page', () => {
  it('shows both totals, one playhead, and moving the shared cursor updates both sides', async () => {
    const seq = run('say_after_sequential');
    const con = run('say_after');
    const { page, consoleErrors, foreignRequests } = await openCompare('a=say_after_sequential&b=say_after');

    expect(await page.locator('[data-testid=total]').allTextContents()).toEqual(['3.0 s', '2.0 s']);
    // One playhead element for both timelines (a segment through each plot), and no per-timeline playhead shown.
    expect(await page.locator('[data-testid=shared-playhead]').count()).toBe(1);
    expect(await page.locator('[data-testid=shared-playhead] span').count()).toBe(2);
    const xs = await page.$$eval('[data-testid=shared-playhead] span', (els) =>
      els.map((el) => Math.round(el.getBoundingClientRect().left))
    );
    expect(new Set(xs).size).toBe(1);
    expect(await page.locator('.side .timeline .playhead:visible').count()).toBe(0);
    expect(await sideCursors(page)).toEqual([0, 0]);

    // Scrub the shared cursor: both sides jump to the same virtual time.
    const total = Number(await page.locator('.controls input[type=range]').getAttribute('max')) + 1;
    for (const k of [Math.floor(total / 3), Math.floor((2 * total) / 3), total - 1]) {
      await page.locator('.controls input[type=range]').fill(String(k));
      await page.waitForFunction(
        (s) => document.querySelector('.compare-player')?.getAttribute('data-step') === String(s),
        k
      );
      const tShared = Number(
        (await page.getByTestId('shared-time').textContent())!.match(/[\d.]+(?=\s*(s|秒)\s*$)/)![0]
      );
      const [ca, cb] = await sideCursors(page);
      // Each side is at the same moment: its event is at or before the shared time, its next one not before it.
      for (const [c, events] of [
        [ca, seq.events],
        [cb, con.events]
      ] as const) {
        expect(events[c].t).toBeLessThanOrEqual(tShared);
        if (c + 1 < events.length) expect(events[c + 1].t).toBeGreaterThanOrEqual(tShared);
        expect(c).toBeLessThanOrEqual(lastAtOrBefore(events, tShared));
      }
      const newX = await page.$$eval('[data-testid=shared-playhead] span', (els) =>
        els.map((el) => Math.round(el.getBoundingClientRect().left))
      );
      expect(new Set(newX).size).toBe(1);
    }
    // At the end, each side shows its whole run: the console holds the full output of each program.
    expect(await sideCursors(page)).toEqual([seq.events.length - 1, con.events.length - 1]);
    const consoles = await page.$$eval('.console-side', (els) =>
      els.map((el) => [...el.querySelectorAll('.console li .text')].map((li) => li.getAttribute('data-text')).join(''))
    );
    expect(consoles).toEqual([seq.stdout, con.stdout]);

    // The keyboard moves the one shared cursor too.
    await page.locator('.controls input[type=range]').fill('0');
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.querySelector('.compare-player')?.getAttribute('data-step') === '1');
    expect(await step(page)).toBe(1);

    await page.screenshot({ path: resolve(shots, 'compare-en.png') });
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  });

  it('at a shared time between the two ends, the faster run is done and the slower one still waits', async () => {
    const seq = run('say_after_sequential');
    const con = run('say_after');
    const { page, consoleErrors } = await openCompare('a=say_after_sequential&b=say_after');
    await page.keyboard.press('End');
    // Step back until the shared time is 2.0 s (both runs have events then).
    for (let i = 0; i < 200; i++) {
      const text = (await page.getByTestId('shared-time').textContent()) ?? '';
      if (/= 2\.0 s/.test(text)) break;
      await page.keyboard.press('ArrowLeft');
    }
    expect(await page.getByTestId('shared-time').textContent()).toMatch(/= 2\.0 s/);
    const [ca, cb] = await sideCursors(page);
    expect(seq.events[ca].t).toBeLessThanOrEqual(2);
    expect(seq.events[ca + 1].t).toBe(3);
    expect(con.events[cb].t).toBe(2);
    const printed = await page.$$eval('.console-side', (els) =>
      els.map((el) => el.querySelectorAll('.console li').length)
    );
    expect(printed[0]).toBe(seq.events.slice(0, ca + 1).filter((e) => e.kind === 'print').length);
    expect(printed[1]).toBe(con.events.slice(0, cb + 1).filter((e) => e.kind === 'print').length);
    expect(printed[0]).toBeLessThan(printed[1]);
    await page.screenshot({ path: resolve(shots, 'compare-en-t2.png') });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('the player of a scenario with `# compare:` links to the compare page', async () => {
    const { page, consoleErrors } = await openPage(browser, site.url, 1280, 720);
    await page.goto(`${site.url}/s/say_after_sequential`);
    await page.waitForSelector('.player[data-cursor]');
    await page.getByTestId('compare').click();
    await page.waitForSelector('.compare-player[data-step]');
    expect(new URL(page.url()).search).toBe('?a=say_after_sequential&b=say_after');
    expect(await page.locator('[data-testid=total]').allTextContents()).toEqual(['3.0 s', '2.0 s']);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('3.11 vs 3.14: wait_for_versions shows the extra task under 3.11', async () => {
    const old = run('wait_for_versions', '3.11');
    const cur = run('wait_for_versions', '3.14');
    expect(old.stdout).not.toBe(cur.stdout);
    const { page, consoleErrors } = await openCompare('a=wait_for_versions&py=3.11,3.14');
    expect(await page.$$eval('.side', (els) => els.map((el) => el.getAttribute('data-python')))).toEqual([
      '3.11',
      '3.14'
    ]);
    const lanes = await page.$$eval('.side', (els) =>
      els.map((el) => [...el.querySelectorAll('.labels [data-lane]')].map((l) => l.getAttribute('data-lane')))
    );
    const tasks = (events: TraceEvent[]) => events.flatMap((e) => (e.kind === 'task.create' ? [e.task] : []));
    expect(tasks(old.events).length).toBe(tasks(cur.events).length + 1);
    for (const t of tasks(old.events)) expect(lanes[0]).toContain(t);
    for (const t of tasks(cur.events)) expect(lanes[1]).toContain(t);
    await page.keyboard.press('End');
    const consoles = await page.$$eval('.console-side', (els) =>
      els.map((el) => [...el.querySelectorAll('.console li .text')].map((li) => li.getAttribute('data-text')).join(''))
    );
    expect(consoles).toEqual([old.stdout, cur.stdout]);
    await page.screenshot({ path: resolve(shots, 'compare-versions-en.png') });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('a missing or unknown scenario says so instead of breaking', async () => {
    for (const [query, text] of [
      ['', 'Nothing to compare'],
      ['a=nope&b=say_after', 'No trace for nope']
    ]) {
      const { page, consoleErrors } = await openPage(browser, site.url, 800, 600);
      await page.goto(`${site.url}/compare?${query}`);
      await page.waitForSelector('.problem');
      expect(await page.locator('.problem').textContent()).toContain(text);
      // The 404 of the unknown trace is the only console error allowed.
      expect(consoleErrors.filter((e) => !e.includes('404'))).toEqual([]);
      await page.close();
    }
  });
});
