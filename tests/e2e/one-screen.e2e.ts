/**
 * Issue 10 items 3–5 in headless Chromium, as a learner meets them: at 1280×720 and 1280×800 the timeline, the code,
 * the caption, the loop internals and the console's latest lines are all inside the viewport without scrolling the
 * page, and no code line is clipped (each fits or wraps); the code pane scrolls from the keyboard; times read as the
 * trace resolves them (1.2 s, not 1.2000000000000002 s) with the exact value as the title; asyncio.run's own tasks are
 * hidden until "show asyncio internals" is ticked (kept in the URL); a NOTE appearing does not move the controls; at
 * 390 px the panes stack with no sideways scrolling.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { type Site, openPage, startSite, stopSite } from './browser';
import { shown } from './shown';
import { simulate } from '../../src/lib/simulate';

const root = resolve(import.meta.dirname, '../..');
const shots = resolve(root, 'test-results');
const FIRST = ['say_after_sequential', 'say_after', 'producer_consumer', 'wait_for_timeout', 'to_thread'];
const run = (id: string) =>
  shown(simulate(readFileSync(resolve(root, 'scenarios', `${id}.py`), 'utf8'), { file: `${id}.py` }));

let browser: Browser;
let site: Site;
beforeAll(async () => {
  ({ site, browser } = await startSite());
  mkdirSync(shots, { recursive: true });
});
afterAll(() => stopSite(site, browser));

async function openAt(path: string, width: number, height: number) {
  const w = await openPage(browser, site.url, width, height);
  await w.page.goto(site.url + path);
  await w.page.waitForSelector('.player[data-cursor]');
  await w.page.waitForFunction(() => document.querySelector('.player.fit') !== null || window.innerWidth < 1100);
  return w;
}

/** Where each pane is, and whether the page itself scrolls. */
function layout(page: Page) {
  return page.evaluate(() => {
    const box = (sel: string) => {
      const el = document.querySelector(sel);
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height };
    };
    const clipped = [...document.querySelectorAll<HTMLElement>('.code li:not(.directive) code')]
      .filter((el) => el.scrollWidth > el.clientWidth + 1)
      .map((el) => el.textContent);
    return {
      vh: window.innerHeight,
      vw: window.innerWidth,
      pageScrollH: document.scrollingElement!.scrollHeight,
      pageScrollW: document.scrollingElement!.scrollWidth,
      code: box('.code .scroller'),
      caption: box('.narration'),
      timeline: box('.timeline .plot'),
      internals: box('.internals'),
      timers: box('[data-testid=timer-heap]'),
      ready: box('[data-testid=ready-deque]'),
      console: box('.console .scroller'),
      clipped
    };
  });
}

describe('one screen', () => {
  for (const height of [720, 800]) {
    it.each(FIRST)(`%s at 1280×${height}: everything in view, no code line clipped`, async (id) => {
      const total = run(id).events.length;
      const { page, consoleErrors } = await openAt(`/s/${id}?cursor=${Math.round(total * 0.6)}`, 1280, height);
      const l = await layout(page);
      expect(l.clipped).toEqual([]);
      expect(l.pageScrollH).toBeLessThanOrEqual(l.vh + 1);
      for (const part of ['code', 'caption', 'timeline', 'internals', 'timers', 'ready', 'console'] as const) {
        const b = l[part]!;
        expect(b, part).not.toBeNull();
        expect(b.top, `${part} top`).toBeGreaterThanOrEqual(0);
        expect(b.top, `${part} starts in view`).toBeLessThan(l.vh - 16);
        expect(b.right, `${part} right`).toBeLessThanOrEqual(l.vw);
      }
      // The console's own box ends inside the viewport (its latest lines are what it shows).
      expect(l.console!.bottom).toBeLessThanOrEqual(l.vh);
      expect(l.internals!.bottom).toBeLessThanOrEqual(l.vh);
      if (height === 720) await page.screenshot({ path: resolve(shots, `one-screen-${id}.png`) });
      expect(consoleErrors).toEqual([]);
      await page.close();
    });
  }

  it('wait_for_timeout: the timeout=3 the lesson is about is on screen, wrapped, not cut', async () => {
    const { page } = await openAt('/s/wait_for_timeout', 1280, 720);
    const line = page.locator('.code li', { hasText: 'wait_for(' });
    expect(await line.locator('code').textContent()).toContain('timeout=3');
    const fits = await line
      .locator('code')
      .evaluate((el) => el.scrollWidth <= el.clientWidth + 1 && el.getBoundingClientRect().right <= innerWidth);
    expect(fits).toBe(true);
    await page.close();
  });

  it('the code pane scrolls from the keyboard; the player keeps its cursor', async () => {
    const { page } = await openAt('/s/producer_consumer', 1280, 720);
    const scroller = page.locator('.code .scroller');
    await scroller.focus();
    const cursor = await page.locator('.player').getAttribute('data-cursor');
    const before = await scroller.evaluate((el) => el.scrollTop);
    await page.keyboard.press('PageDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => scroller.evaluate((el) => el.scrollTop)).toBeGreaterThan(before);
    expect(await page.locator('.player').getAttribute('data-cursor')).toBe(cursor);
    await page.close();
  });

  it('at 390 px the panes stack and nothing scrolls sideways', async () => {
    const { page } = await openAt('/s/say_after', 390, 844);
    const l = await layout(page);
    expect(l.pageScrollW).toBeLessThanOrEqual(390);
    expect(l.clipped).toEqual([]);
    expect(l.console!.top).toBeGreaterThan(l.internals!.top);
    await page.close();
  });
});

describe('numbers for people', () => {
  it('to_thread: 1.2000000000000002 reads 1.2 s in the caption header, the loop clock and the console; exact on hover', async () => {
    const events = run('to_thread').events;
    const at = events.findIndex((e) => e.t === 1.2000000000000002);
    expect(at).toBeGreaterThan(0);
    const { page } = await openAt(`/s/to_thread?cursor=${at}`, 1280, 720);
    const header = page.getByTestId('narration-time');
    expect(await header.textContent()).toBe('t = 1.2 s');
    expect(await header.getAttribute('title')).toBe('1.2000000000000002 s');
    const clock = page.getByTestId('loop-clock');
    expect((await clock.textContent())?.trim()).toBe('t = 1.2 s');
    expect(await clock.getAttribute('title')).toBe('1.2000000000000002 s');
    const times = await page.$$eval('.console li .t', (els) => els.map((el) => el.textContent));
    expect(times.every((x) => /^\d+\.\d{1}s$/.test(x ?? ''))).toBe(true);
    for (const part of ['.narration', '.internals', '.timeline .labels'])
      expect(await page.locator(part).textContent(), part).not.toMatch(/\d\.\d{8,}/);
    await page.close();
  });

  it('gallery cards: the virtual time reads 0.3 s, not 0.30000000000000004 s', async () => {
    const w = await openPage(browser, site.url, 1280, 800);
    await w.page.goto(site.url + '/');
    const metas = await w.page.$$eval('.card .meta', (els) => els.map((el) => el.textContent ?? ''));
    expect(metas.length).toBeGreaterThan(10);
    expect(metas.join(' ')).not.toMatch(/\d\.\d{8,}/);
    await w.page.close();
  });
});

describe('asyncio internals', () => {
  it('hidden by default; one toggle shows them, kept in the URL; the program keeps its lanes', async () => {
    const { page } = await openAt('/s/say_after_sequential', 1280, 720);
    const lanes = () => page.$$eval('.labels button.label', (els) => els.map((el) => el.getAttribute('data-lane')));
    expect(await lanes()).toEqual(['loop', 'Task-1']);
    await page.keyboard.press('End');
    expect(await page.locator('.internals').textContent()).not.toContain('_run_until_complete_cb');
    await page.getByTestId('internals-toggle').check();
    await expect.poll(lanes).toEqual(['loop', 'Task-1', 'Task-2', 'Task-3']);
    await expect.poll(() => new URL(page.url()).searchParams.get('internals')).toBe('1');
    await page.reload();
    await page.waitForSelector('.player[data-cursor]');
    await expect.poll(lanes).toEqual(['loop', 'Task-1', 'Task-2', 'Task-3']);
    expect(await page.getByTestId('internals-toggle').isChecked()).toBe(true);
    await page.getByTestId('internals-toggle').uncheck();
    await expect.poll(lanes).toEqual(['loop', 'Task-1']);
    await page.close();
  });
});

describe('the controls stay put', () => {
  it('a NOTE appearing does not move the controls', async () => {
    const { page } = await openAt('/s/say_after?cursor=0', 1280, 720);
    const y = () => page.locator('.controls').evaluate((el) => el.getBoundingClientRect().top);
    expect(await page.getByTestId('caption').count()).toBe(0);
    const before = await y();
    await page.keyboard.press('End');
    await page.waitForSelector('[data-testid=caption]');
    expect(await y()).toBe(before);
    await page.close();
  });
});
