/**
 * Presenter mode in real Chromium: P toggles it (projector theme, the player covers the page), clicker keys step
 * caption to caption, B blanks the screen, the presenter window (a second page in the same browser context, opened
 * from the player) follows the main window and drives it back over BroadcastChannel, and a deck in the URL moves to
 * the next scenario past the end of one (and back). Screenshots at 1280×720 go to test-results/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { type Site, startSite, stopSite } from './browser';
import { simulate } from '../../src/lib/simulate';
import { shown } from './shown';
import { readScenarioMeta } from '../../src/lib/scenario-meta';
import { captionStops } from '../../src/lib/presenter/stops';

const root = resolve(import.meta.dirname, '../..');
const shots = resolve(root, 'test-results');
const DECK = 'say_after_sequential,say_after,gather_fetch';

function stopsOf(id: string) {
  const source = readFileSync(resolve(root, 'scenarios', `${id}.py`), 'utf8');
  const events = shown(simulate(source, { file: `${id}.py` })).events;
  const { captions } = readScenarioMeta(id, source).meta;
  return { stops: captionStops(captions, events), total: events.length };
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

describe('presenter mode', () => {
  it('keys, blank, the synced presenter window and a deck', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const errors: string[] = [];
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${site.url}/s/say_after?deck=${DECK}`);
    await page.waitForSelector('.player[data-cursor]');
    await page.waitForFunction(() => document.querySelector('.timeline svg.lanes') !== null);

    // P: presenting, projector theme, the player covers the whole viewport.
    await page.keyboard.press('p');
    await page.waitForSelector('.player[data-presenting="true"]');
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-theme'))).toBe('projector');
    const rect = await page.evaluate(() => {
      const r = document.querySelector('.player')!.getBoundingClientRect();
      return { x: r.x, y: r.y, w: r.width, h: r.height };
    });
    expect(rect).toEqual({ x: 0, y: 0, w: 1280, h: 720 });
    expect(page.url()).toContain('present=');

    // Clicker keys step caption to caption.
    const { stops, total } = stopsOf('say_after');
    expect(stops.length).toBeGreaterThan(3);
    await page.keyboard.press('PageDown');
    await cursorIs(page, stops[1]!);
    await page.keyboard.press('ArrowRight');
    await cursorIs(page, stops[2]!);
    await page.keyboard.press('PageUp');
    await cursorIs(page, stops[1]!);
    const caption = (await page.locator('.narration .caption').textContent())?.trim() ?? '';
    expect(caption.length).toBeGreaterThan(10);
    await page.screenshot({ path: join(shots, 'presenter-1280x720.png') });

    // B blanks and unblanks.
    await page.keyboard.press('b');
    await page.waitForSelector('[data-testid="blank"]');
    await page.keyboard.press('B');
    await page.waitForSelector('[data-testid="blank"]', { state: 'detached' });

    // The presenter window: opened from the player, follows it, and drives it back.
    const [popup] = await Promise.all([
      page.waitForEvent('popup'),
      page.locator('[data-testid="presenter-window"]').click()
    ]);
    popup.on('pageerror', (e) => errors.push(String(e)));
    await popup.setViewportSize({ width: 1000, height: 640 });
    await presenterCursorIs(popup, stops[1]!, 'say_after');
    expect(caption).toContain((await popup.locator('[data-testid="caption"]').textContent())!.trim().slice(0, 20));
    await popup.keyboard.press('PageDown');
    await cursorIs(page, stops[2]!);
    await presenterCursorIs(popup, stops[2]!);
    await page.keyboard.press('PageUp');
    await presenterCursorIs(popup, stops[1]!);
    await popup.locator('button', { hasText: 'Blank' }).click();
    await page.waitForSelector('[data-testid="blank"]');
    await page.keyboard.press('b');
    await popup.waitForSelector('main.presenter[data-blank="false"]');
    await popup.screenshot({ path: join(shots, 'presenter-window.png') });

    // Deck: past the last stop of say_after comes gather_fetch (next in the deck), still presenting.
    await page.keyboard.press('End');
    await cursorIs(page, total - 1);
    await page.keyboard.press('PageDown');
    await page.waitForURL(/\/s\/gather_fetch\?/);
    await page.waitForSelector('.player[data-presenting="true"][data-cursor="0"]');
    await presenterCursorIs(popup, 0, 'gather_fetch');
    expect(page.url()).toContain(`deck=${encodeURIComponent(DECK)}`);
    // And back: before its first event comes the end of say_after.
    await popup.keyboard.press('PageUp');
    await page.waitForURL(/\/s\/say_after\?/);
    await cursorIs(page, total - 1);
    await presenterCursorIs(popup, total - 1, 'say_after');

    // P again leaves presenter mode and restores the page.
    await page.keyboard.press('p');
    await page.waitForSelector('.player[data-presenting="false"]');
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-theme'))).not.toBe('projector');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('steps event by event in a scenario without captions', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const id = 'sleep_zero';
    const { stops } = stopsOf(id);
    await page.goto(`${site.url}/s/${id}`);
    await page.waitForSelector('.player[data-cursor]');
    await page.keyboard.press('p');
    await page.waitForSelector('.player[data-presenting="true"]');
    await page.keyboard.press('PageDown');
    await cursorIs(page, stops.length > 2 ? stops[1]! : 1);
    await page.keyboard.press('Escape');
    await page.waitForSelector('.player[data-presenting="false"]');
    await page.close();
  });
});
