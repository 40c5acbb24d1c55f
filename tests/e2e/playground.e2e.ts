/**
 * The playground (/play) in headless Chromium: edits re-simulate (in a Web Worker) and the player shows exactly what
 * simulate() gives; a syntax or runtime error is shown inline at its line while the last good timeline stays; a program
 * that never yields hits the step budget and one that runs too long is stopped by the time budget, with the page
 * responsive throughout; share links round-trip the code and both cursors; a malformed link shows its AIO-L error and
 * falls back to the default program without losing the stored draft; "Edit this" opens a scenario; and CodeMirror is
 * in no other page's JavaScript. Knobs declared in the code get sliders; a knob change re-simulates in the worker with
 * the knob applied, share links carry the values, and malformed values in a link fall back to the defaults.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { type Site, type Watched, openPage, startSite, stopSite } from './browser';
import { SITE_DIR } from './site-dir';
import { simulate } from '../../src/lib/simulate';
import { DEFAULT_PROGRAM } from '../../src/lib/playground/default-program';
import { applyKnobs, type KnobValue } from '../../src/lib/scenario-meta';

const root = resolve(import.meta.dirname, '../..');
const build = SITE_DIR;
const shots = resolve(root, 'test-results');
const expected = (code: string) => simulate(code, { file: 'main.py' });

let browser: Browser;
let site: Site;

beforeAll(async () => {
  ({ site, browser } = await startSite());
  mkdirSync(shots, { recursive: true });
});
afterAll(() => stopSite(site, browser));

const runs = async (page: Page) => Number(await page.locator('main.play').getAttribute('data-runs'));
const shownVersion = async (page: Page) => Number(await page.locator('main.play').getAttribute('data-shown'));
const waitRuns = (page: Page, n: number, timeout = 15_000) =>
  page.waitForFunction((k) => Number(document.querySelector('main.play')?.getAttribute('data-runs')) >= k, n, {
    timeout
  });

async function open(path: string): Promise<Watched> {
  const watched = await openPage(browser, site.url, 1280, 720);
  await watched.page.goto(site.url + path);
  await waitRuns(watched.page, 1);
  return watched;
}

/** Replaces the whole program as a paste would (no auto-indent, no bracket closing), then waits for its run. */
async function setCode(page: Page, code: string): Promise<void> {
  const before = await runs(page);
  await page.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(code);
  await waitRuns(page, before + 1);
}

const editorText = (page: Page) =>
  page.$$eval('.cm-content .cm-line', (els) => els.map((el) => el.textContent ?? '').join('\n'));

/** The console at the end of the trace: every printed line's raw text. */
async function consoleAtEnd(page: Page): Promise<string> {
  await page
    .locator('.narration, .controls')
    .first()
    .click({ position: { x: 2, y: 2 } });
  await page.keyboard.press('End');
  const total = Number(await page.locator('.controls input[type=range]').getAttribute('max'));
  await page.waitForFunction(
    (c) => document.querySelector('.player')?.getAttribute('data-cursor') === String(c),
    total
  );
  return (
    await page.$$eval('.console li:not(.stderr) .text', (els) => els.map((el) => el.getAttribute('data-text') ?? ''))
  ).join('');
}

const KNOBBED = `import asyncio

DELAY = 1  # knob: 1..5 "delay (s)"
LOUD = False  # knob: bool "shout"


async def tick(name, every):
    for i in range(3):
        await asyncio.sleep(every)
        print(name, i, "at", asyncio.get_running_loop().time())


async def main():
    fast = asyncio.create_task(tick("fast", 0.75))
    await asyncio.sleep(DELAY)
    word = "done"
    if LOUD:
        word = word.upper()
    print(word, "after", DELAY)
    await fast


asyncio.run(main())
`;
const knobbed = (code: string, values: Record<string, KnobValue>) => expected(applyKnobs(code, values, 'main'));

/** A share link holding any JSON, built the way the page builds them (for links the page would never write). */
const rawShareLink = (data: unknown) =>
  `${site.url}/play#v1.${deflateRawSync(JSON.stringify(data)).toString('base64url')}`;

const maxCursor = async (page: Page) => Number(await page.locator('.controls input[type=range]').getAttribute('max'));

const PROGRAM_A = `import asyncio


async def worker(name, delay):
    await asyncio.sleep(delay)
    print(name, "done after", delay)


async def main():
    await asyncio.gather(worker("a", 0.5), worker("b", 0.25))
    print("all done")


asyncio.run(main())
`;

describe('playground', () => {
  it('opens on the default program and shows exactly what simulate() gives', async () => {
    const { page, consoleErrors, foreignRequests } = await open('/play');
    expect(await editorText(page)).toBe(DEFAULT_PROGRAM);
    expect(await consoleAtEnd(page)).toBe(expected(DEFAULT_PROGRAM).stdout);
    expect(await maxCursor(page)).toBe(expected(DEFAULT_PROGRAM).events.length - 1);
    await page.screenshot({ path: resolve(shots, 'playground.png') });
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  });

  it('edit → re-simulate → error inline, last good timeline kept → fix → recovers', async () => {
    const { page, consoleErrors } = await open('/play');
    await setCode(page, PROGRAM_A);
    expect(await consoleAtEnd(page)).toBe(expected(PROGRAM_A).stdout);
    expect(await page.locator('[data-testid=diagnostic]').count()).toBe(0);

    // Typed by hand at the end of the program (bracket closing and all): the timeline follows the keyboard.
    const before = await runs(page);
    await page.locator('.cm-content').click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type("print('typed')");
    await waitRuns(page, before + 1);
    const typed = PROGRAM_A + "print('typed')";
    expect(await editorText(page)).toBe(typed);
    await page.waitForFunction(() => document.querySelector('main.play')?.getAttribute('data-status') === 'ok');
    // On a loaded machine the debounce can fire mid-word (`print` alone is a valid program): poll until the run of
    // the whole typed text is the one shown.
    await expect.poll(() => consoleAtEnd(page), { timeout: 15_000 }).toBe(expected(typed).stdout);
    const good = await shownVersion(page);

    // A syntax error on line 6: inline at that line, with the catalog's code and hint; the timeline stays.
    const broken = typed.replace('print(name, "done after", delay)', 'print(name, "done after", delay');
    await setCode(page, broken);
    const diag = page.locator('[data-testid=diagnostic]');
    expect(await diag.getAttribute('data-code')).toBe('AIO-P009');
    expect(await diag.getAttribute('data-line')).toBe('6');
    expect(await diag.textContent()).toContain("'(' was never closed");
    expect(await diag.textContent()).toContain('Add the matching closing bracket');
    const lintLine = await page.$eval('.cm-lintRange-error', (el) => {
      const line = el.closest('.cm-line')!;
      return [...line.parentElement!.children].indexOf(line) + 1;
    });
    expect(lintLine).toBe(6);
    expect(await page.locator('.cm-lint-marker-error').count()).toBe(1);
    expect(await shownVersion(page)).toBe(good);
    expect(await consoleAtEnd(page)).toBe(expected(typed).stdout);
    await page.screenshot({ path: resolve(shots, 'playground-error.png') });

    // The earlier run stays on screen, dimmed and labelled as such.
    expect(await page.locator('[data-testid=earlier-run]').isVisible()).toBe(true);
    expect(await page.locator('[data-testid=run]').getAttribute('data-earlier')).toBe('true');

    // A runtime error is a run: its own trace up to the exception is shown, the error is inline at the innermost
    // frame in the program, and no "earlier run" label.
    const nameError = typed.replace('print(name, "done after", delay)', 'print(nam, "done after", delay)');
    await setCode(page, nameError);
    expect(await diag.getAttribute('data-code')).toBe('NameError');
    expect(await diag.getAttribute('data-line')).toBe('6');
    expect(await shownVersion(page)).toBe(good + 1);
    expect(await page.locator('[data-testid=earlier-run]').count()).toBe(0);

    // Fixed: the error goes away and the timeline is the fixed program's.
    await setCode(page, PROGRAM_A);
    expect(await page.locator('[data-testid=diagnostic]').count()).toBe(0);
    expect(await page.locator('.cm-lintRange-error').count()).toBe(0);
    expect(await shownVersion(page)).toBe(good + 2);
    expect(await consoleAtEnd(page)).toBe(expected(PROGRAM_A).stdout);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('a reload restores the draft; a program that does not even parse shows its error and no timeline', async () => {
    const { page } = await open('/play');
    const broken = PROGRAM_A.replace('print("all done")', 'print("all done"');
    await setCode(page, broken);
    await page.evaluate(() => localStorage.setItem('aioscope-theme', 'dark'));
    await page.reload();
    await waitRuns(page, 1);
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    expect(await editorText(page)).toBe(broken);
    const diag = page.locator('[data-testid=diagnostic]');
    expect(await diag.getAttribute('data-code')).toBe('AIO-P009');
    expect(await diag.getAttribute('data-line')).toBe('11');
    expect(await page.locator('.player').count()).toBe(0);
    expect(await page.locator('.empty').textContent()).toContain('Nothing to show yet');
    await page.screenshot({ path: resolve(shots, 'playground-dark-error.png') });
    // Fixed: the first timeline appears.
    await setCode(page, PROGRAM_A);
    expect(await consoleAtEnd(page)).toBe(expected(PROGRAM_A).stdout);
    await page.screenshot({ path: resolve(shots, 'playground-dark.png') });
    await page.close();
  });

  it('runaway programs: the step budget and the time budget stop them, the page stays responsive', async () => {
    const { page } = await open('/play');
    const good = await shownVersion(page);
    const spin = 'import asyncio\n\n\nasync def main():\n    while True: pass\n\n\nasyncio.run(main())\n';
    await setCode(page, spin);
    const diag = page.locator('[data-testid=diagnostic]');
    expect(await diag.getAttribute('data-code')).toBe('AIO-R001');
    expect(await diag.getAttribute('data-line')).toBe('5');
    expect(await diag.textContent()).toContain('step budget exhausted');
    // A budget stop is a run: the trace so far is shown, with the stop in the console.
    expect(await shownVersion(page)).toBe(good + 1);
    expect(await page.locator('.console li.stderr').last().textContent()).toContain('step budget exhausted');

    // Yields forever: the interpreter's budgets would take seconds, so the page stops the worker at 2 s.
    const yielding =
      'import asyncio\n\n\nasync def main():\n    while True:\n        await asyncio.sleep(0)\n\n\nasyncio.run(main())\n';
    const before = await runs(page);
    await page.locator('.cm-content').click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.insertText(yielding);
    await page.waitForFunction(() => document.querySelector('main.play')?.getAttribute('data-status') === 'running');
    // Responsive while the worker spins: frames keep coming and the page answers at once.
    const frameGap = await page.evaluate(
      () =>
        new Promise<number>((done) => {
          const t0 = performance.now();
          requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - t0)));
        })
    );
    expect(frameGap).toBeLessThan(500);
    await page.locator('.controls input[type=range]').fill('3'); // the old player still works
    expect(await page.locator('.player').getAttribute('data-cursor')).toBe('3');
    await waitRuns(page, before + 1);
    expect(await diag.getAttribute('data-code')).toBe('AIO-R008');
    expect(await diag.textContent()).toContain('did not finish within 2 s');
    expect(await page.locator('main.play').getAttribute('data-workers')).toBe('2');
    // No answer, no trace: the earlier run stays, marked.
    expect(await shownVersion(page)).toBe(good + 1);
    expect(await page.locator('[data-testid=earlier-run]').isVisible()).toBe(true);

    // A fresh worker runs the next edit.
    await setCode(page, PROGRAM_A);
    expect(await page.locator('[data-testid=diagnostic]').count()).toBe(0);
    expect(await consoleAtEnd(page)).toBe(expected(PROGRAM_A).stdout);
    await page.close();
  });

  it('an uncaught exception is a run: its own trace, the failing lane marked, the traceback in the console', async () => {
    const { page, consoleErrors } = await open('/play');
    const good = await shownVersion(page);
    const raises =
      'import asyncio\n\n\nasync def boom():\n    await asyncio.sleep(0.5)\n    raise ValueError("bad value")\n\n\n' +
      'async def main():\n    print("waiting")\n    await asyncio.create_task(boom())\n\n\nasyncio.run(main())\n';
    await setCode(page, raises);
    const diag = page.locator('[data-testid=diagnostic]');
    expect(await diag.getAttribute('data-code')).toBe('ValueError');
    expect(await diag.getAttribute('data-line')).toBe('6');
    // This program's run, not the earlier one.
    expect(await shownVersion(page)).toBe(good + 1);
    expect(await page.locator('[data-testid=earlier-run]').count()).toBe(0);
    expect(await consoleAtEnd(page)).toBe(expected(raises).stdout);
    expect(await maxCursor(page)).toBe(expected(raises).events.length - 1);
    // The traceback, as Python writes it, is the console's last (stderr) entry.
    const last = await page.locator('.console li.stderr .text').last().getAttribute('data-text');
    expect(last).toBe(expected(raises).stderr.slice(expected(raises).stderr.indexOf('Traceback')));
    expect(last).toContain('ValueError: bad value');
    // The task that raised ends failed on its lane.
    expect(await page.locator('.labels button.label.failed[data-lane="Task-2"]').count()).toBe(1);
    await page.screenshot({ path: resolve(shots, 'playground-exception.png') });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('a valid share link never overwrites the saved draft: it is kept until the user chooses', async () => {
    const { page, consoleErrors } = await open('/play');
    await setCode(page, PROGRAM_A); // the draft
    await page.locator('[data-testid=share]').click();
    const url = await page.locator('[data-testid=share-url]').inputValue();
    const mine = PROGRAM_A.replace('print("all done")', 'print("my own draft")');
    await setCode(page, mine);
    expect(await page.evaluate(() => localStorage.getItem('aioscope-play-draft'))).toBe(mine);

    // Open the link (PROGRAM_A) and type one character: the draft is still mine.
    await page.goto('about:blank');
    await page.goto(url);
    await waitRuns(page, 1);
    expect(await editorText(page)).toBe(PROGRAM_A);
    expect(await page.locator('[data-testid=draft-kept]').isVisible()).toBe(true);
    const before = await runs(page);
    await page.locator('.cm-content').click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type('#');
    await waitRuns(page, before + 1);
    expect(await page.evaluate(() => localStorage.getItem('aioscope-play-draft'))).toBe(mine);
    // A reload keeps both: the edited shared program and the offer.
    await page.reload();
    await waitRuns(page, 1);
    expect(await editorText(page)).toBe(PROGRAM_A + '#');
    expect(await page.locator('[data-testid=draft-kept]').isVisible()).toBe(true);
    // "Restore my draft" brings it back.
    const n = await runs(page);
    await page.locator('[data-testid=restore-draft]').click();
    await waitRuns(page, n + 1);
    expect(await editorText(page)).toBe(mine);
    expect(await page.locator('[data-testid=draft-kept]').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('share link round trip: the code, the editor cursor and the player cursor come back', async () => {
    const { page } = await open('/play');
    await setCode(page, PROGRAM_A);
    // Editor cursor at the end of line 5 (`    await asyncio.sleep(delay)`).
    await page.keyboard.press('ControlOrMeta+Home');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    const sel = PROGRAM_A.split('\n').slice(0, 5).join('\n').length;
    await page.waitForFunction(
      (s) => document.querySelector('[data-testid=editor]')?.getAttribute('data-cursor') === String(s),
      sel
    );
    await page.locator('.controls input[type=range]').fill('7');
    await page.locator('[data-testid=share]').click();
    const url = await page.locator('[data-testid=share-url]').inputValue();
    expect(url).toMatch(new RegExp(`^${site.url}/play#v1\\.[A-Za-z0-9_-]+$`));
    expect(new URL(page.url()).hash).toBe(new URL(url).hash);
    await page.close();

    const other = await openPage(browser, site.url, 1280, 720);
    await other.page.goto(url);
    await waitRuns(other.page, 1);
    expect(await editorText(other.page)).toBe(PROGRAM_A);
    expect(await other.page.locator('[data-testid=editor]').getAttribute('data-cursor')).toBe(String(sel));
    expect(await other.page.locator('.player').getAttribute('data-cursor')).toBe('7');
    // The cursor really is there: typing lands at the end of line 5.
    const before = await runs(other.page);
    await other.page.keyboard.type('  # here');
    await waitRuns(other.page, before + 1);
    expect((await editorText(other.page)).split('\n')[4]).toBe('    await asyncio.sleep(delay)  # here');
    expect(other.consoleErrors).toEqual([]);
    await other.page.close();
  });

  it('a malformed share link shows its AIO-L error, opens the default program and keeps the draft', async () => {
    const { page, consoleErrors } = await open('/play');
    await setCode(page, PROGRAM_A); // the draft in localStorage
    await page.goto('about:blank');
    await page.goto(`${site.url}/play#v1.this-is-not-a-program`);
    await waitRuns(page, 1);
    const banner = page.locator('[data-testid=link-error]');
    expect(await banner.getAttribute('data-code')).toBe('AIO-L001');
    expect(await banner.textContent()).toContain('this share link is malformed');
    expect(await editorText(page)).toBe(DEFAULT_PROGRAM);
    expect(await consoleAtEnd(page)).toBe(expected(DEFAULT_PROGRAM).stdout);
    expect(await page.evaluate(() => localStorage.getItem('aioscope-play-draft'))).toBe(PROGRAM_A);
    // One click brings the draft back.
    const before = await runs(page);
    await banner.locator('button').click();
    await waitRuns(page, before + 1);
    expect(await editorText(page)).toBe(PROGRAM_A);

    // A link from a newer version is its own error.
    await page.goto('about:blank');
    await page.goto(`${site.url}/play#v9.abc`);
    await waitRuns(page, 1);
    expect(await banner.getAttribute('data-code')).toBe('AIO-L002');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('knobs in the code get sliders; a knob change re-simulates with the knob applied, the code stays', async () => {
    const { page, consoleErrors } = await open('/play');
    expect(await page.locator('[data-testid=knobs]').count()).toBe(0); // the default program has no knobs
    await setCode(page, KNOBBED);
    const slider = page.locator('[data-knob=DELAY] input[type=range]');
    expect(await slider.inputValue()).toBe('1');
    expect(await consoleAtEnd(page)).toBe(expected(KNOBBED).stdout);

    let before = await runs(page);
    await slider.fill('3');
    await waitRuns(page, before + 1);
    let run = knobbed(KNOBBED, { DELAY: 3 });
    expect(run.stdout).not.toBe(expected(KNOBBED).stdout); // the knob matters to what is printed
    expect(await consoleAtEnd(page)).toBe(run.stdout);
    expect(await maxCursor(page)).toBe(run.events.length - 1);
    expect(await editorText(page)).toBe(KNOBBED); // the editor keeps what was typed
    // The status states the new outcome: DELAY 1 → 3 makes main's sleep the longest wait (2.25 s → 3.0 s).
    expect(await page.locator('[data-testid=knob-status]').textContent()).toMatch(
      /^now 3\.0\d* s, was 2\.25 s \(re-simulated in \d+ ms\)$/
    );

    before = await runs(page);
    await page.locator('[data-knob=LOUD] input[type=checkbox]').check();
    await waitRuns(page, before + 1);
    run = knobbed(KNOBBED, { DELAY: 3, LOUD: true });
    expect(await consoleAtEnd(page)).toBe(run.stdout);
    expect(run.stdout).toContain('DONE after 3');
    await page.screenshot({ path: resolve(shots, 'play-knobs.png') });

    // A reload brings back the draft with its knob values.
    await page.reload();
    await waitRuns(page, 1);
    expect(await editorText(page)).toBe(KNOBBED);
    expect(await slider.inputValue()).toBe('3');
    expect(await page.locator('[data-knob=LOUD] input[type=checkbox]').isChecked()).toBe(true);
    expect(await consoleAtEnd(page)).toBe(run.stdout);

    // An edit elsewhere keeps the knob values; the edited program runs with them.
    const edited = KNOBBED + 'print("bye")\n';
    await setCode(page, edited);
    expect(await consoleAtEnd(page)).toBe(knobbed(edited, { DELAY: 3, LOUD: true }).stdout);
    // Editing the knob's own literal is the newer wish: that value wins over the slider.
    const literal = edited.replace('DELAY = 1 ', 'DELAY = 2 ');
    await setCode(page, literal);
    expect(await slider.inputValue()).toBe('2');
    expect(await consoleAtEnd(page)).toBe(knobbed(literal, { LOUD: true }).stdout);

    before = await runs(page);
    await page.locator('[data-testid=knobs-reset]').click();
    await waitRuns(page, before + 1);
    expect(await consoleAtEnd(page)).toBe(expected(literal).stdout);
    expect(await page.locator('[data-testid=knobs-reset]').count()).toBe(0);

    // A malformed knob comment: the program still runs (as written) and the knob bar says what is wrong.
    await setCode(page, KNOBBED.replace('# knob: bool "shout"', '# knob: 5..1'));
    const knobStatus = page.locator('[data-testid=knob-status]');
    expect(await knobStatus.textContent()).toContain('main.py:4: knob LOUD: a range knob needs a number');
    expect(await knobStatus.textContent()).toContain('the program runs as written');
    expect(await knobStatus.getAttribute('class')).toContain('failed');
    await page.screenshot({ path: resolve(shots, 'play-knob-problem.png') });
    expect(await consoleAtEnd(page)).toBe(expected(KNOBBED.replace('# knob: bool "shout"', '# knob: 5..1')).stdout);
    expect(await page.locator('[data-knob=DELAY]').count()).toBe(1);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('share link round trip with knobs: the values come back and the run is the knob-applied program', async () => {
    const { page } = await open('/play');
    await setCode(page, KNOBBED);
    let before = await runs(page);
    await page.locator('[data-knob=DELAY] input[type=range]').fill('4');
    await waitRuns(page, before + 1);
    before = await runs(page);
    await page.locator('[data-knob=LOUD] input[type=checkbox]').check();
    await waitRuns(page, before + 1);
    await page.locator('.controls input[type=range]').fill('5');
    await page.locator('[data-testid=share]').click();
    const url = await page.locator('[data-testid=share-url]').inputValue();
    await page.close();

    const other = await openPage(browser, site.url, 1280, 720);
    await other.page.goto(url);
    await waitRuns(other.page, 1);
    const run = knobbed(KNOBBED, { DELAY: 4, LOUD: true });
    expect(await editorText(other.page)).toBe(KNOBBED);
    expect(await other.page.locator('[data-knob=DELAY] input[type=range]').inputValue()).toBe('4');
    expect(await other.page.locator('[data-knob=LOUD] input[type=checkbox]').isChecked()).toBe(true);
    expect(await other.page.locator('.player').getAttribute('data-cursor')).toBe('5');
    expect(await maxCursor(other.page)).toBe(run.events.length - 1);
    expect(await consoleAtEnd(other.page)).toBe(run.stdout);
    expect(other.consoleErrors).toEqual([]);
    await other.page.close();
  });

  it('malformed knob values in a share link fall back to the defaults, without an error', async () => {
    const { page, consoleErrors } = await openPage(browser, site.url, 1280, 720);
    const links = [
      { c: KNOBBED, s: 0, a: 0, k: { DELAY: 'banana', LOUD: 7, NOPE: 1 } },
      { c: KNOBBED, s: 0, a: 0, k: { DELAY: 99, LOUD: 'yes' } },
      { c: KNOBBED, s: 0, a: 0, k: { DELAY: 2.5, LOUD: { x: 1 } } }, // off the 1..5 integer grid
      { c: KNOBBED, s: 0, a: 0, k: 'DELAY=3' },
      { c: KNOBBED, s: 0, a: 0, k: [3, true] },
      { c: KNOBBED, s: 0, a: 0, k: null }
    ];
    for (const link of links) {
      await page.goto('about:blank');
      await page.goto(rawShareLink(link));
      await waitRuns(page, 1);
      expect(await page.locator('[data-testid=link-error]').count()).toBe(0);
      expect(await editorText(page)).toBe(KNOBBED);
      expect(await page.locator('[data-knob=DELAY] input[type=range]').inputValue()).toBe('1');
      expect(await page.locator('[data-knob=LOUD] input[type=checkbox]').isChecked()).toBe(false);
      expect(await consoleAtEnd(page)).toBe(expected(KNOBBED).stdout);
    }
    // One good value among bad ones is kept.
    await page.goto('about:blank');
    await page.goto(rawShareLink({ c: KNOBBED, s: 0, a: 0, k: { DELAY: 5, LOUD: 'nope' } }));
    await waitRuns(page, 1);
    expect(await page.locator('[data-knob=DELAY] input[type=range]').inputValue()).toBe('5');
    expect(await consoleAtEnd(page)).toBe(knobbed(KNOBBED, { DELAY: 5 }).stdout);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('"Edit this" opens a scenario in the playground', async () => {
    const { page } = await openPage(browser, site.url, 1280, 720);
    await page.goto(`${site.url}/s/say_after`);
    await page.waitForSelector('.player[data-cursor]');
    const link = page.locator('[data-testid=edit-this]');
    await page.waitForFunction(() =>
      document.querySelector('[data-testid=edit-this]')?.getAttribute('href')?.includes('#v1.')
    );
    await link.click();
    await page.waitForURL(/\/play#v1\./);
    await waitRuns(page, 1);
    const source = readFileSync(resolve(root, 'scenarios/say_after.py'), 'utf8');
    expect(await editorText(page)).toBe(source);
    expect(await consoleAtEnd(page)).toBe(expected(source).stdout);
    await page.close();
  });

  it('CodeMirror is only in the playground: no other page loads it', async () => {
    const { page } = await openPage(browser, site.url, 1280, 720);
    const scripts = new Set<string>();
    page.on('response', (r) => {
      if (r.url().endsWith('.js')) scripts.add(r.url());
    });
    const holdsEditor = async () => {
      for (const u of scripts) if ((await (await fetch(u)).text()).includes('.cm-scroller')) return true;
      return false;
    };
    for (const path of ['/', '/s/say_after', '/compare?a=say_after&b=say_after_sequential']) {
      scripts.clear();
      await page.goto(site.url + path);
      await page.waitForLoadState('networkidle');
      expect(scripts.size).toBeGreaterThan(0);
      expect(await holdsEditor()).toBe(false);
    }
    scripts.clear();
    await page.goto(`${site.url}/play`);
    await waitRuns(page, 1);
    expect(await holdsEditor()).toBe(true);
    // The editor's chunk is not even linked from other pages' HTML.
    const jsFiles = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
        d.isDirectory() ? jsFiles(resolve(dir, d.name)) : d.name.endsWith('.js') ? [resolve(dir, d.name)] : []
      );
    const editorChunks = jsFiles(resolve(build, '_app/immutable'))
      .filter((f) => readFileSync(f, 'utf8').includes('.cm-scroller'))
      .map((f) => f.slice(f.lastIndexOf('/') + 1));
    expect(editorChunks.length).toBeGreaterThan(0);
    for (const html of ['index.html', 's/say_after.html', 'compare.html']) {
      const text = readFileSync(resolve(build, html), 'utf8');
      for (const c of editorChunks) expect(text).not.toContain(c);
    }
    await page.close();
  });
});
