/**
 * Presenter mode in real Chromium, at a projector's 1280×720: P turns the page into a slide (the whole program in
 * ≥ 20 px type, no line clipped, lane and axis labels ≥ 18 px, ready deque, timer heap and queue on screen), clicker
 * keys land on the authored `# step:` stops, B blanks, the presenter window (a popup of the same browser context)
 * follows and drives the slide over BroadcastChannel and tells "next: <item>" / "end of deck", and a deck in the URL
 * moves to the next item past the end of one (and back). Screenshots go to test-results/ (looked at).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { type Site, startSite, stopSite } from './browser';
import { simulate } from '../../src/lib/simulate';
import { readScenarioMeta } from '../../src/lib/scenario-meta';
import { stopsFor } from '../../src/lib/presenter/steps';

const root = resolve(import.meta.dirname, '../..');
const shots = resolve(root, 'test-results');

function stopsOf(id: string, granularity: 'steps' | 'captions' = 'steps') {
  const source = readFileSync(resolve(root, 'scenarios', `${id}.py`), 'utf8');
  const events = simulate(source, { file: `${id}.py` }).events;
  const { meta } = readScenarioMeta(id, source);
  return {
    stops: stopsFor(granularity, { events, captions: meta.captions, steps: meta.steps })!,
    total: events.length,
    meta
  };
}

let browser: Browser;
let site: Site;

beforeAll(async () => {
  ({ site, browser } = await startSite());
  mkdirSync(shots, { recursive: true });
});
afterAll(() => stopSite(site, browser));

const cursorIs = (page: Page, c: number) =>
  page.waitForFunction((n) => document.querySelector('.player')?.getAttribute('data-cursor') === String(n), c);
const presenterCursorIs = (page: Page, c: number, scenario?: string) =>
  page.waitForFunction(
    ([n, s]) => {
      const m = document.querySelector('main.presenter');
      return m?.getAttribute('data-cursor') === String(n) && (!s || m.getAttribute('data-scenario') === s);
    },
    [c, scenario ?? ''] as const
  );

/** What a person at the back of the room would check: sizes and whether anything is clipped or off screen. */
function measureSlide(page: Page) {
  return page.evaluate(() => {
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    const px = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
    const onScreen = (el: Element | null) => {
      if (!el) return false;
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && r.left >= 0 && r.top >= 0 && r.right <= vw + 0.5 && r.bottom <= vh + 0.5;
    };
    const code = document.querySelector('[data-testid="slide-code"]')!;
    const codeBox = code.getBoundingClientRect();
    const rows = [...code.querySelectorAll('li')];
    const clipped = rows
      .filter((li) => {
        const r = li.getBoundingClientRect();
        const c = li.querySelector('code')!;
        return r.bottom > codeBox.bottom + 0.5 || r.top < codeBox.top - 0.5 || c.scrollWidth > c.clientWidth + 1;
      })
      .map((li) => li.getAttribute('data-line'));
    const labels = [...document.querySelectorAll('.slide .labels .label .name')];
    const ticks = [...document.querySelectorAll('.slide .axis .tick text')];
    return {
      codePx: Math.min(
        ...rows.filter((li) => li.querySelector('code')!.textContent!.trim()).map((li) => px(li.querySelector('code')!))
      ),
      lines: rows.length,
      clipped,
      codeScrolls: code.scrollHeight > code.clientHeight + 1,
      labelPx: Math.min(...labels.map(px)),
      tickPx: ticks.length ? Math.min(...ticks.map(px)) : 0,
      ready: onScreen(document.querySelector('[data-testid="slide-ready"]')),
      timers: onScreen(document.querySelector('[data-testid="slide-timers"]')),
      sync: onScreen(document.querySelector('[data-testid="slide-sync"]')),
      caption: onScreen(document.querySelector('[data-testid="slide-caption"]')),
      timeline: onScreen(document.querySelector('.slide .timeline')),
      controlsOpacity: getComputedStyle(document.querySelector('[data-testid="slide-controls"]')!).opacity
    };
  });
}

describe('presenter mode', () => {
  it.each([
    ['say_after_sequential', 20],
    ['producer_consumer', 60]
  ])('%s at 1280×720 is a slide: whole program ≥ 20 px, labels ≥ 18 px, internals on screen', async (id, cursor) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${site.url}/s/${id}?cursor=${cursor}`);
    await cursorIs(page, cursor);
    await page.keyboard.press('p');
    await page.waitForSelector('[data-testid="slide"]');
    await page.waitForFunction(() => document.querySelector('.slide .lanes, .slide canvas') !== null);
    await page.waitForTimeout(400);
    const m = await measureSlide(page);
    const source = readFileSync(resolve(root, 'scenarios', `${id}.py`), 'utf8');
    const codeLines = source.split('\n').filter((l) => l.trim() && !/^\s*#/.test(l)).length;
    expect(m.lines).toBeGreaterThanOrEqual(codeLines);
    expect(m.clipped).toEqual([]);
    expect(m.codeScrolls).toBe(false);
    expect(m.codePx).toBeGreaterThanOrEqual(20);
    expect(m.labelPx).toBeGreaterThanOrEqual(18);
    expect(m.tickPx).toBeGreaterThanOrEqual(18);
    expect([m.ready, m.timers, m.caption, m.timeline]).toEqual([true, true, true, true]);
    if (id === 'producer_consumer') expect(m.sync).toBe(true);
    // Controls stay hidden until the mouse moves.
    expect(m.controlsOpacity).toBe('0');
    await page.screenshot({ path: join(shots, `presenter-${id}-1280x720.png`) });
    await page.mouse.move(600, 400);
    await page.mouse.move(640, 420);
    await page.waitForFunction(
      () => getComputedStyle(document.querySelector('[data-testid="slide-controls"]')!).opacity === '1'
    );
    // Nothing moves when the caption changes: the code and the timeline keep their boxes from stop to stop.
    const boxes = () =>
      page.evaluate(() =>
        ['[data-testid="slide-code"]', '.slide .timeline', '[data-testid="slide-ready"]'].map((s) => {
          const r = document.querySelector(s)!.getBoundingClientRect();
          return [r.x, r.y, r.width].map(Math.round);
        })
      );
    const before = await boxes();
    for (let i = 0; i < 4; i++) await page.keyboard.press('PageDown');
    await page.waitForTimeout(300);
    expect(await boxes()).toEqual(before);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('at 1920×1080 the same slide is 1.5× larger', async () => {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(`${site.url}/s/producer_consumer?cursor=60`);
    await cursorIs(page, 60);
    await page.keyboard.press('p');
    await page.waitForSelector('[data-testid="slide"]');
    await page.waitForTimeout(300);
    const m = await measureSlide(page);
    expect(m.clipped).toEqual([]);
    expect(m.codePx).toBeGreaterThanOrEqual(30);
    expect(m.labelPx).toBeGreaterThanOrEqual(27);
    await page.screenshot({ path: join(shots, 'presenter-producer_consumer-1920x1080.png') });
    await page.close();
  });

  it('clicker keys land on the authored steps; the presenter window drives and tells next item / end of deck', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const errors: string[] = [];
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    const deck = 'say_after_sequential,producer_consumer@5';
    await page.goto(`${site.url}/s/say_after_sequential?deck=${encodeURIComponent(deck)}`);
    await page.waitForSelector('.player[data-cursor]');
    await page.waitForFunction(() => document.querySelector('.timeline svg.lanes') !== null);

    await page.keyboard.press('p');
    await page.waitForSelector('[data-testid="slide"][data-granularity="steps"]');
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-theme'))).toBe('projector');
    expect(page.url()).toContain('present=');

    // Every clicker key a clicker sends lands on the next authored step, in order.
    const { stops, total, meta } = stopsOf('say_after_sequential');
    expect(meta.steps!.length).toBeGreaterThanOrEqual(3);
    const keys = ['PageDown', 'ArrowRight', ' ', 'ArrowDown', 'PageDown'];
    for (let i = 1; i <= keys.length && i < stops.length; i++) {
      await page.keyboard.press(keys[i - 1]!);
      await cursorIs(page, stops[i]!);
    }
    await page.keyboard.press('PageUp');
    await cursorIs(page, stops[keys.length - 1]!);
    // The step's author-given name is on the slide (stop 4 is main's second sleep, `# step@task.suspend:`).
    const label = meta.steps!.find((st) => st.on === 'task.suspend')!.text.en;
    expect(await page.locator('[data-testid="slide-caption"] .where').textContent()).toContain(label);

    // B blanks and unblanks.
    await page.keyboard.press('b');
    await page.waitForSelector('[data-testid="blank"]');
    await page.keyboard.press('B');
    await page.waitForSelector('[data-testid="blank"]', { state: 'detached' });

    // The presenter window (N): follows, drives back, shows the next item of the deck and the note.
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('n')]);
    popup.on('pageerror', (e) => errors.push(String(e)));
    await popup.setViewportSize({ width: 1100, height: 700 });
    await presenterCursorIs(popup, stops[keys.length - 1]!, 'say_after_sequential');
    expect((await popup.locator('[data-testid="next-item"]').textContent())!.trim()).toMatch(/^Next: /);
    expect((await popup.locator('[data-testid="note"]').textContent())!.trim().length).toBeGreaterThan(5);
    await popup.keyboard.press('PageDown');
    await cursorIs(page, stops[keys.length]!);
    await presenterCursorIs(popup, stops[keys.length]!);
    // The live preview shows the audience's moment.
    await popup.waitForFunction(
      (n) =>
        (document.querySelector('[data-testid="preview"]') as HTMLIFrameElement | null)?.contentDocument
          ?.querySelector('.embed')
          ?.getAttribute('data-cursor') === String(n),
      stops[keys.length]!
    );
    // Granularity from the presenter window: captions, then back to steps.
    await popup.locator('[data-testid="granularity"]').selectOption('captions');
    await page.waitForSelector('[data-testid="slide"][data-granularity="captions"]');
    await popup.locator('[data-testid="granularity"]').selectOption('steps');
    await page.waitForSelector('[data-testid="slide"][data-granularity="steps"]');
    await popup.locator('button', { hasText: 'Blank' }).click();
    await page.waitForSelector('[data-testid="blank"]');
    await page.keyboard.press('.');
    await popup.waitForSelector('main.presenter[data-blank="false"]');
    await popup.screenshot({ path: join(shots, 'presenter-window.png') });

    // Past the last step: the next item, at its start moment (@5), still presenting.
    await page.keyboard.press('End');
    await cursorIs(page, total - 1);
    await page.keyboard.press('PageDown');
    await page.waitForURL(/\/s\/producer_consumer\?/);
    await page.waitForSelector('.player[data-presenting="true"][data-cursor="5"]');
    await presenterCursorIs(popup, 5, 'producer_consumer');
    // The last item: the presenter window says so.
    await popup.waitForFunction(
      () => document.querySelector('[data-testid="next-item"]')?.textContent?.trim() === 'End of deck'
    );
    // And back: before its first stop comes the end of the previous item.
    await popup.keyboard.press('Home');
    await page.keyboard.press('Home');
    await cursorIs(page, 0);
    await popup.keyboard.press('PageUp');
    await page.waitForURL(/\/s\/say_after_sequential\?/);
    await cursorIs(page, total - 1);

    // P leaves presenter mode and restores the page.
    await page.keyboard.press('p');
    await page.waitForSelector('.player[data-presenting="false"]');
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-theme'))).not.toBe('projector');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the gallery builds a deck that presents', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${site.url}/`);
    await page.evaluate(() => localStorage.removeItem('aioscope.deck'));
    await page.reload();
    await page.locator('#say_after [data-testid="add-to-deck"]').click();
    await page.locator('#gather_fetch [data-testid="add-to-deck"]').click();
    await page.locator('[data-testid="deck-link"]').fill('http://x.example/play#v1.AbC_d');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="deck-bar"][data-deck="say_after,gather_fetch,play:v1.AbC_d"]');
    await page.locator('[data-testid="deck-present"]').click();
    await page.waitForURL(/\/s\/say_after\?/);
    await page.waitForSelector('[data-testid="slide"]');
    expect(new URL(page.url()).searchParams.get('deck')).toBe('say_after,gather_fetch,play:v1.AbC_d');
    await page.close();
  });
});
