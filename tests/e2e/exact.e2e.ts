/**
 * The exact engine (real CPython 3.14, pyodide) in headless Chromium, through the playground as a user meets it:
 * a program the fast simulator cannot run is explained and offered to the exact engine in one click; the runtime
 * loads from this site only (a progress bar meanwhile) and the trace says it came from CPython; the "always switch"
 * choice is remembered; a shared program cannot reach JavaScript or the network from Python; and a program that
 * never yields is stopped by the wall-clock budget while the page stays responsive.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { type Site, type Watched, openPage, startSite, stopSite } from './browser';
import { bridgeProbeProgram } from '../exact/bridges';

let browser: Browser;
let site: Site;
let play: Watched;

beforeAll(async () => {
  ({ site, browser } = await startSite());
  play = await openPage(browser, site.url, 1280, 800);
  await play.page.goto(site.url + '/play');
  await play.page.waitForSelector('main.play[data-runs="1"]');
});
afterAll(() => stopSite(site, browser));

const runs = (page: Page) => page.locator('main.play').getAttribute('data-runs').then(Number);

async function setCode(page: Page, code: string): Promise<void> {
  await page.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(code);
}

/** Every printed line of the shown trace (the player opens at its end). */
const printed = (page: Page) =>
  page.$$eval('.console li:not(.stderr) .text', (els) => els.map((el) => el.getAttribute('data-text') ?? '').join(''));

const PROGRAM = `import asyncio
import re
from enum import Enum

class Mode(Enum):
    FAST = 1

async def main():
    match re.fullmatch(r'(\\w+)=(\\d+)', 'n=42'):
        case m if m:
            await asyncio.sleep(0.5)
            print(m[1], int(m[2]) + 1, Mode.FAST)

asyncio.run(main())
`;

describe('the exact engine in the playground', () => {
  it('offers real CPython when the simulator cannot run a program, loads it with progress, and traces it', async () => {
    const { page } = play;
    const before = await runs(page);
    await setCode(page, PROGRAM);
    await page.waitForFunction(
      (n) => Number(document.querySelector('main.play')?.getAttribute('data-runs')) > n,
      before
    );
    const offer = page.locator('[data-testid=exact-offer]');
    await offer.waitFor();
    expect(await offer.innerText()).toContain('the match statement is not supported');
    expect(await page.locator('[data-testid=diagnostic]').getAttribute('data-code')).toBe('AIO-U001');

    const t0 = Date.now();
    await page.click('[data-testid=exact-run]');
    await page.locator('[data-testid=exact-progress]').waitFor();
    await page.waitForSelector('main.play[data-engine=cpython][data-status=ok]', { timeout: 90_000 });
    const coldMs = Date.now() - t0;
    expect(await page.locator('[data-testid=engine-bar]').getAttribute('data-phase')).toBe('ready');
    expect(await printed(page)).toBe('n 43 Mode.FAST\n');
    await page.screenshot({ path: 'test-results/exact-playground.png' });

    // a warm re-run: edit, and CPython runs again without reloading
    const t1 = Date.now();
    const n = await runs(page);
    await setCode(page, PROGRAM.replace('+ 1', '+ 2'));
    await page.waitForFunction((k) => Number(document.querySelector('main.play')?.getAttribute('data-runs')) > k, n);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.console li .text')].some((el) => el.getAttribute('data-text')?.includes('44'))
    );
    const warmMs = Date.now() - t1;
    console.log(`exact engine in Chromium: cold ${coldMs} ms, warm re-run ${warmMs} ms (incl. 300 ms debounce)`);
    expect(play.foreignRequests).toEqual([]);
    expect(play.consoleErrors).toEqual([]);
  });

  it('a program cannot reach JavaScript or the network from Python', async () => {
    const { page } = play;
    const n = await runs(page);
    await setCode(page, bridgeProbeProgram(site.url + '/'));
    await page.waitForFunction((k) => Number(document.querySelector('main.play')?.getAttribute('data-runs')) > k, n);
    await page.waitForSelector('main.play[data-engine=cpython][data-status=ok]').catch(async (e: unknown) => {
      await page.screenshot({ path: 'test-results/exact-sandbox-failed.png' });
      throw e;
    });
    const lines = (await printed(page)).trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(12);
    for (const line of lines) expect(line).toMatch(/: blocked /);
    expect(lines.some((l) => l.startsWith('network: blocked'))).toBe(true);
    expect(play.foreignRequests).toEqual([]);
  });

  it('a program that never yields is stopped by the time budget (AIO-E004) and the page stays responsive', async () => {
    const { page } = play;
    const n = await runs(page);
    const t0 = Date.now();
    await setCode(page, 'import time\nprint("spinning")\nwhile True:\n    time.perf_counter()\n');
    // while CPython spins in its worker, the page answers at once
    await page.waitForSelector('main.play[data-status=running]');
    const ping = Date.now();
    await page.evaluate(() => document.title);
    expect(Date.now() - ping).toBeLessThan(2_000);
    await page.waitForFunction((k) => Number(document.querySelector('main.play')?.getAttribute('data-runs')) > k, n, {
      timeout: 60_000
    });
    expect(await page.locator('[data-testid=diagnostic]').getAttribute('data-code')).toBe('AIO-E004');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(10_000);
    expect(await page.locator('[data-testid=diagnostic]').innerText()).toContain('did not finish within 10 s');
  });

  it('goes back to the simulator in one click, and "always switch" is remembered across a reload', async () => {
    const { page } = play;
    await page.click('[data-testid=engine-bar] button');
    await setCode(page, 'import re\nprint(re.escape("a.b"))\n');
    await page.locator('[data-testid=exact-offer]').waitFor();
    await page.locator('[data-testid=exact-offer] input[type=checkbox]').check();
    await page.reload();
    // the draft (import re) runs on the simulator first, fails with AIO-U002, and switches by itself (the CPython
    // run itself was shown above; not waiting for a second cold start keeps this test short)
    await page.waitForSelector('[data-testid=engine-bar][data-engine=cpython]', { timeout: 30_000 });
    expect(await page.locator('[data-testid=exact-offer]').count()).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem('aioscope-exact-auto'))).toBe('1');
  });
});
