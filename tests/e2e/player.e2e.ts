/**
 * The player in real headless Chromium, against the prerendered site: every scenario opens and plays to the end
 * showing exactly the simulator's stdout and every task's name; stepping back then forward restores the same DOM;
 * the keyboard moves the cursor as the keymap says; a deep link restores the moment; no console error and no request
 * leaving the origin. Screenshots go to test-results/ for a human to look at.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { type Site, type Watched, openPage, startSite, stopSite } from './browser';
import { simulate } from '../../src/lib/simulate';
import { shown } from './shown';

const root = resolve(import.meta.dirname, '../..');
const shots = resolve(root, 'test-results');
const scenarioIds = readdirSync(resolve(root, 'scenarios'))
  .filter((f) => f.endsWith('.py'))
  .map((f) => f.slice(0, -3))
  .sort();

function expected(id: string) {
  const source = readFileSync(resolve(root, 'scenarios', id + '.py'), 'utf8');
  return shown(simulate(source, { file: `${id}.py` }));
}

let browser: Browser;
let site: Site;

beforeAll(async () => {
  ({ site, browser } = await startSite());
  mkdirSync(shots, { recursive: true });
});
afterAll(() => stopSite(site, browser));

async function open(path: string, width = 1280, height = 720, theme?: string): Promise<Watched> {
  const watched = await openPage(browser, site.url, width, height);
  if (theme) await watched.page.addInitScript((t) => localStorage.setItem('aioscope-theme', t), theme);
  await watched.page.goto(site.url + path);
  // Hydrated: the player reflects its machine state in data attributes once the client runs.
  await watched.page.waitForSelector('.player[data-cursor]');
  await watched.page.waitForFunction(() => document.querySelector('.timeline svg.lanes, .timeline canvas') !== null);
  return watched;
}

const cursorOf = async (page: Page) => Number(await page.locator('.player').getAttribute('data-cursor'));
const stateOf = async (page: Page) => page.locator('.player').getAttribute('data-state');

/**
 * The regions whose DOM must be a function of the cursor. Svelte's hydration markers (HTML comments) differ between
 * a server-rendered-then-hydrated page and one rendered on the client, so comments are left out.
 */
async function regions(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    ['.narration', '.timeline svg.lanes', '.labels', '.code ol', '.internals', '.console'].map((sel) =>
      (document.querySelector(sel)?.innerHTML ?? `missing ${sel}`).replace(/<!--[^]*?-->/g, '')
    )
  );
}

async function press(page: Page, key: string, expectCursor?: number) {
  await page.keyboard.press(key);
  if (expectCursor !== undefined) {
    await page.waitForFunction(
      (c) => document.querySelector('.player')?.getAttribute('data-cursor') === String(c),
      expectCursor
    );
  }
}

describe('player pages', () => {
  it.each(scenarioIds)('%s plays to the end with the exact stdout and every task name', async (id) => {
    const run = expected(id);
    const { page, consoleErrors, foreignRequests } = await open(`/s/${id}`);
    expect(await cursorOf(page)).toBe(0);
    await expect(page.locator('.console li').count()).resolves.toBe(0);

    await press(page, 'End', run.events.length - 1);
    expect(await stateOf(page)).toBe('ended');

    const printed = await page.$$eval('.console li:not(.stderr) .text', (els) =>
      els.map((el) => ({ raw: el.getAttribute('data-text') ?? '', shown: el.textContent ?? '' }))
    );
    const stdoutPrints = run.events.filter((e) => e.kind === 'print' && e.stream !== 'stderr');
    expect(printed.map((p) => p.raw).join('')).toBe(run.stdout);
    expect(printed.length).toBe(stdoutPrints.length);
    for (const p of printed) expect(p.shown).toBe(p.raw.replace(/\n$/, ''));

    const lanes = await page.$$eval('.labels [data-lane]', (els) => els.map((el) => el.getAttribute('data-lane')));
    for (const ev of run.events) if (ev.kind === 'task.create') expect(lanes).toContain(ev.task);

    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  });

  it('plays by itself at top speed until the end, then offers a replay', async () => {
    const run = expected('say_after');
    const { page, consoleErrors } = await open('/s/say_after?speed=8&pacing=compressed');
    await page.getByRole('button', { name: 'Play' }).click();
    expect(await stateOf(page)).toBe('playing');
    await page.waitForFunction(() => document.querySelector('.player')?.getAttribute('data-state') === 'ended', null, {
      timeout: 60_000
    });
    expect(await cursorOf(page)).toBe(run.events.length - 1);
    await expect(page.getByRole('button', { name: 'Replay' }).count()).resolves.toBe(1);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('step back then forward restores an identical DOM', async () => {
    for (const id of ['say_after', 'producer_consumer', 'wait_for_timeout']) {
      const total = expected(id).events.length;
      const { page, consoleErrors } = await open(`/s/${id}`);
      for (const cursor of [1, Math.floor(total / 3), Math.floor(total / 2), total - 2]) {
        await page.locator('.controls input[type=range]').fill(String(cursor));
        await page.waitForFunction(
          (c) => document.querySelector('.player')?.getAttribute('data-cursor') === String(c),
          cursor
        );
        await page.locator('body').click({ position: { x: 1, y: 1 } }); // focus away from the slider
        const before = await regions(page);
        await press(page, 'ArrowLeft', cursor - 1);
        expect(await regions(page)).not.toEqual(before);
        await press(page, 'ArrowRight', cursor);
        expect(await regions(page), `${id} @ ${cursor}`).toEqual(before);
        // A loop iteration back and forth, and a jump away and back, land on the same screen too.
        await press(page, 'Home', 0);
        await page.locator('.controls input[type=range]').fill(String(cursor));
        await page.locator('body').click({ position: { x: 1, y: 1 } });
        expect(await regions(page), `${id} @ ${cursor} after Home`).toEqual(before);
      }
      expect(consoleErrors).toEqual([]);
      await page.close();
    }
  });

  it('keyboard: Space, arrows, Shift+arrows, Home/End, +/- and ? do what the keymap says', async () => {
    const run = expected('say_after');
    const ticks = run.events.filter((e) => e.kind === 'loop.tick').map((e) => e.seq);
    const prints = run.events.filter((e) => e.kind === 'print').map((e) => e.seq);
    const { page, consoleErrors } = await open('/s/say_after');
    await press(page, 'ArrowRight', 1);
    await press(page, 'ArrowRight', 2);
    await press(page, 'ArrowLeft', 1);
    await press(
      page,
      'Shift+ArrowRight',
      ticks.find((s) => s > 1)!
    );
    const here = await cursorOf(page);
    await press(
      page,
      'Shift+ArrowRight',
      ticks.find((s) => s > here)!
    );
    await press(page, 'Shift+ArrowLeft', here);
    await press(
      page,
      '.',
      prints.find((s) => s > here)!
    );
    await press(page, 'End', run.events.length - 1);
    await press(page, 'Home', 0);

    const speed = page.getByLabel('Speed');
    expect(await speed.inputValue()).toBe('1');
    await press(page, '+');
    expect(await speed.inputValue()).toBe('2');
    await press(page, '-');
    await press(page, '-');
    expect(await speed.inputValue()).toBe('0.5');

    await press(page, ' ');
    expect(await stateOf(page)).toBe('playing');
    await press(page, ' ');
    expect(await stateOf(page)).toBe('paused');

    await press(page, '?');
    await expect(page.locator('dialog[open]').count()).resolves.toBe(1);
    await page.screenshot({ path: resolve(shots, 'player-keys-help.png') });
    await press(page, 'Escape');
    await expect(page.locator('dialog[open]').count()).resolves.toBe(0);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('a deep link restores cursor, speed and pacing, and the URL follows the cursor', async () => {
    const run = expected('producer_consumer');
    const cursor = Math.floor(run.events.length / 2);
    const { page, consoleErrors } = await open(`/s/producer_consumer?cursor=${cursor}&speed=4&pacing=compressed`);
    await page.waitForFunction(
      (c) => document.querySelector('.player')?.getAttribute('data-cursor') === String(c),
      cursor
    );
    expect(await page.getByLabel('Speed').inputValue()).toBe('4');
    expect(await page.getByLabel('Pacing').inputValue()).toBe('compressed');
    const shown = run.events.slice(0, cursor + 1).filter((e) => e.kind === 'print').length;
    await expect(page.locator('.console li').count()).resolves.toBe(shown);

    await press(page, 'ArrowRight', cursor + 1);
    await page.waitForFunction((c) => location.search.includes(`cursor=${c}`), cursor + 1);
    const url = page.url();
    const again = await open(url.slice(site.url.length));
    await again.page.waitForFunction(
      (c) => document.querySelector('.player')?.getAttribute('data-cursor') === String(c),
      cursor + 1
    );
    expect(await regions(again.page)).toEqual(await regions(page));
    expect(consoleErrors).toEqual([]);
    expect(again.consoleErrors).toEqual([]);
    await page.close();
    await again.page.close();
  });

  it('the gallery links every scenario to its player, with a thumbnail', async () => {
    const { page, consoleErrors, foreignRequests } = await openPage(browser, site.url, 1280, 720);
    await page.goto(site.url + '/');
    for (const id of scenarioIds) {
      await expect(page.locator(`#${id} a[href$="/s/${id}"]`).count()).resolves.toBe(1);
      await expect(page.locator(`#${id} svg.thumb rect`).count()).resolves.toBeGreaterThan(0);
    }
    await page.locator(`#say_after a[href$="/s/say_after"]`).click();
    await page.waitForSelector('.player[data-cursor]');
    await page.waitForSelector('.timeline svg.lanes');
    await press(page, 'End');
    const printed = await page.$$eval('.console li .text', (els) => els.map((el) => el.getAttribute('data-text')));
    expect(printed.join('')).toBe(expected('say_after').stdout);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  });

  it('screenshots: 1280×720 and 390×844, dark and projector', async () => {
    const run = expected('say_after');
    const mid = run.events.findIndex((e) => e.kind === 'task.ready' && e.t > 0.5);
    for (const theme of ['dark', 'projector', 'light']) {
      for (const [w, h] of [
        [1280, 720],
        [390, 844]
      ]) {
        const { page, consoleErrors } = await open(`/s/say_after?cursor=${mid}`, w, h, theme);
        await page.waitForFunction(
          (c) => document.querySelector('.player')?.getAttribute('data-cursor') === String(c),
          mid
        );
        await page.screenshot({ path: resolve(shots, `player-${theme}-${w}x${h}.png`) });
        if (w === 390)
          await page.screenshot({ path: resolve(shots, `player-${theme}-${w}x${h}-full.png`), fullPage: true });
        expect(consoleErrors).toEqual([]);
        await page.close();
      }
      const { page } = await openPage(browser, site.url, 1280, 720);
      await page.addInitScript((t) => localStorage.setItem('aioscope-theme', t), theme);
      await page.goto(site.url + '/');
      await page.screenshot({ path: resolve(shots, `gallery-${theme}-1280x720.png`) });
      await page.close();
    }
  });
});
