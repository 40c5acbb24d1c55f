/**
 * The compare page in headless Chromium: two traces on one shared time axis with one ruler and one playhead. Both
 * totals are shown (sequential 3.0 s vs concurrent 2.0 s), moving the shared cursor moves both sides to the same
 * virtual time, the same time is drawn at the same x on both sides and on the ruler (in both pacings), the moment
 * survives a reload through the URL, the player's Compare button leads here, and "3.11 vs 3.14" shows wait_for's
 * extra task under 3.11.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { type Site, type Watched, openPage, startSite, stopSite } from './browser';
import { simulate } from '../../src/lib/simulate';
import type { TraceEvent } from '../../src/lib/trace/events';
import { buildSharedAxes, plotX } from '../../src/lib/view/compare-axis';
import { uOfTime } from '../../src/lib/view/event-axis';

const root = resolve(import.meta.dirname, '../..');
const shots = resolve(root, 'test-results');
const run = (id: string, python: '3.11' | '3.14' = '3.14') =>
  simulate(readFileSync(resolve(root, 'scenarios', `${id}.py`), 'utf8'), { file: `${id}.py`, python });

let browser: Browser;
let site: Site;

beforeAll(async () => {
  ({ site, browser } = await startSite());
  mkdirSync(shots, { recursive: true });
});
afterAll(() => stopSite(site, browser));

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

/** Where things are drawn, in px from the left of the stack that holds both timelines. */
async function drawn(page: Page) {
  return page.evaluate(() => {
    const stack = document.querySelector('.compare-player .stack')!.getBoundingClientRect();
    const plots = [...document.querySelectorAll('.side .plot')].map((p) => p.getBoundingClientRect());
    const centre = (el: Element) => {
      const r = el.getBoundingClientRect();
      return (r.left + r.right) / 2 - stack.left;
    };
    return {
      plots: plots.map((r) => ({ left: r.left - stack.left, width: r.width })),
      // The print marks (a small triangle centred on the print's x) of each side, by event seq.
      prints: [...document.querySelectorAll('.side')].map((side) =>
        [...side.querySelectorAll('[data-print]')].map((el) => ({
          seq: Number(el.getAttribute('data-print')),
          x: centre(el)
        }))
      ),
      ticks: [...document.querySelectorAll('[data-testid=shared-ruler] .tick')].map((g) => ({
        t: Number(g.getAttribute('data-t')),
        label: g.querySelector('text')?.textContent ?? '',
        lines: [...g.querySelectorAll('line')].map((l) => centre(l)),
        text: centre(g.querySelector('text')!)
      })),
      playhead: [...document.querySelectorAll('[data-testid=shared-playhead] span')].map((el) => centre(el))
    };
  });
}

describe('compare page', () => {
  it('one ruler for both timelines: the same time is at the same x on both sides, in both pacings', async () => {
    const seq = run('say_after_sequential').events;
    const con = run('say_after').events;
    const { page, consoleErrors } = await openCompare('a=say_after_sequential&b=say_after');
    // The sides' own axes are gone: one ruler, one playhead.
    expect(await page.locator('[data-testid=shared-ruler]').count()).toBe(1);
    expect(await page.locator('.side .timeline .axis:visible').count()).toBe(0);
    await page.keyboard.press('End');
    await page.waitForFunction(() => document.querySelector('.compare-player')?.getAttribute('data-state') === 'ended');

    for (const pacing of ['virtual', 'compressed'] as const) {
      if (pacing === 'compressed') {
        await page.locator('.controls select').nth(1).selectOption('compressed');
        await page.waitForFunction(
          () => document.querySelector('.compare-player')?.getAttribute('data-pacing') === 'compressed'
        );
      }
      const shared = buildSharedAxes(seq, con, pacing);
      const d = await drawn(page);
      // Both plots have the same box, so one x means one place in both.
      expect(Math.abs(d.plots[0].left - d.plots[1].left)).toBeLessThan(0.5);
      expect(Math.abs(d.plots[0].width - d.plots[1].width)).toBeLessThan(0.5);
      const { left, width } = d.plots[0];
      const xOfU = (u: number) => left + plotX(u, shared.totalUnits, width);
      const pxPerSlot = xOfU(shared.ruler.eventUnits) - xOfU(0);

      // The ruler: round seconds, labelled in order, each grid line straight through both plots.
      expect(d.ticks.length).toBeGreaterThanOrEqual(3);
      expect(d.ticks.map((k) => k.label)).toEqual(d.ticks.map((k) => `${k.t.toFixed(1)} s`));
      for (const tick of d.ticks) {
        expect(tick.lines.length).toBe(2);
        expect(Math.abs(tick.lines[0] - tick.lines[1])).toBeLessThan(0.5);
        expect(Math.abs(tick.text - tick.lines[0])).toBeLessThan(1);
        expect(Math.abs(tick.lines[0] - xOfU(uOfTime(shared.ruler, tick.t)))).toBeLessThan(1);
      }
      // Every print on either side sits at its time's x on the ruler, plus its place within that instant's burst.
      const rulerX = new Map(d.ticks.map((k) => [k.t, k.lines[0]]));
      let onTicks = 0;
      for (const [i, events] of [seq, con].entries()) {
        expect(d.prints[i].length).toBe(events.filter((e) => e.kind === 'print').length);
        for (const p of d.prints[i]) {
          const t = events[p.seq].t;
          const slot = p.seq - events.findIndex((e) => e.t === t);
          const start = p.x - slot * pxPerSlot;
          expect(Math.abs(start - xOfU(uOfTime(shared.ruler, t)))).toBeLessThan(1.5);
          if (rulerX.has(t)) {
            expect(Math.abs(start - rulerX.get(t)!)).toBeLessThan(1.5);
            onTicks++;
          }
        }
      }
      // "hello" at 1.0 s on both sides, the final prints at 2.0 s and 3.0 s: several checks against drawn ticks.
      expect(onTicks).toBeGreaterThanOrEqual(4);
      // One playhead, at the end of the longer run.
      expect(Math.abs(d.playhead[0] - d.playhead[1])).toBeLessThan(0.5);
      expect(Math.abs(d.playhead[0] - xOfU(shared.uOfStep[shared.steps.length - 1]))).toBeLessThan(1);
    }
    await page.screenshot({ path: resolve(shots, 'compare-compressed-en.png') });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('the moment (cursor, speed, pacing) is in the URL and comes back on reload', async () => {
    const { page, consoleErrors } = await openCompare('a=say_after_sequential&b=say_after&lang=en');
    const k = 37;
    await page.locator('.controls input[type=range]').fill(String(k));
    await page.locator('.controls select').nth(0).selectOption('2');
    await page.locator('.controls select').nth(1).selectOption('compressed');
    await page.waitForFunction((c) => {
      const q = new URLSearchParams(window.location.search);
      return q.get('cursor') === String(c) && q.get('pacing') === 'compressed' && q.get('speed') === '2';
    }, k);
    const before = { sides: await sideCursors(page), time: await page.getByTestId('shared-time').textContent() };
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toEqual({
      a: 'say_after_sequential',
      b: 'say_after',
      lang: 'en',
      cursor: '37',
      speed: '2',
      pacing: 'compressed'
    });
    await page.reload();
    await page.waitForSelector('[data-testid=shared-playhead] span');
    await page.waitForFunction(() => document.querySelector('.compare-player')?.getAttribute('data-step') === '37');
    expect(await page.locator('.compare-player').getAttribute('data-pacing')).toBe('compressed');
    expect(await page.locator('.controls select').nth(0).inputValue()).toBe('2');
    expect(await sideCursors(page)).toEqual(before.sides);
    expect(await page.getByTestId('shared-time').textContent()).toBe(before.time);
    expect(new URL(page.url()).search).toBe(url.search);

    // Malformed values fall back to the defaults; a cursor past the end is clamped to the last step.
    await page.goto(`${site.url}/compare?a=say_after_sequential&b=say_after&cursor=99999&speed=fast&pacing=x`);
    await page.waitForSelector('[data-testid=shared-playhead] span');
    const total = Number(await page.locator('.controls input[type=range]').getAttribute('max')) + 1;
    await page.waitForFunction(
      (s) => document.querySelector('.compare-player')?.getAttribute('data-step') === s,
      String(total - 1)
    );
    expect(await page.locator('.compare-player').getAttribute('data-pacing')).toBe('virtual');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

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
    // The moment is in the URL next to `py`, and a reload brings it back.
    const step = String(Number(await page.locator('.controls input[type=range]').getAttribute('max')) - 3);
    await page.locator('.controls input[type=range]').fill(step);
    await page.waitForFunction((s) => new URLSearchParams(window.location.search).get('cursor') === s, step);
    expect(new URL(page.url()).searchParams.get('py')).toBe('3.11,3.14');
    await page.reload();
    await page.waitForSelector('[data-testid=shared-playhead] span');
    await page.waitForFunction((s) => document.querySelector('.compare-player')?.getAttribute('data-step') === s, step);
    expect(await page.$$eval('.side', (els) => els.map((el) => el.getAttribute('data-python')))).toEqual([
      '3.11',
      '3.14'
    ]);
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
