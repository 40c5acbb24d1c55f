/**
 * Content-Security-Policy in headless Chromium: every kind of page carries a policy without 'unsafe-eval' (and
 * without 'unsafe-inline' for scripts); the pages do everything they normally do under it (the player plays, the
 * knobs lazy-load the simulator, the playground's worker simulates an edit) without a single violation; and the
 * policy is really enforced: an injected inline <script> or event handler is refused in the page.
 *
 * The exact engine (docs/exact-engine.md): a worker loaded from a URL gets its policy only from HTTP headers, which
 * a static host does not send (Chromium then lets it eval); so the engine's worker starts from a blob: bootstrap
 * inside static/exact/host.html, whose own <meta> policy is the only one with 'wasm-unsafe-eval', and inherits it.
 * Shown here: the pages stay strict, the host adds exactly WebAssembly, and in a worker started there Python that
 * calls JavaScript's eval or Function (pyodide unsealed, as an attacker would wish) is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { type Site, type Watched, openPage, startSite, stopSite } from './browser';

let browser: Browser;
let site: Site;

beforeAll(async () => ({ site, browser } = await startSite()));
afterAll(() => stopSite(site, browser));

/** Opens a page and records every CSP violation it reports (collected in the page from the first script on). */
async function open(path: string): Promise<Watched> {
  const watched = await openPage(browser, site.url);
  await watched.page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`)
    );
  });
  await watched.page.goto(site.url + path);
  return watched;
}

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

async function policy(page: Page): Promise<string> {
  return (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
}

describe('Content-Security-Policy', () => {
  const pages = [
    '/',
    '/s/say_after',
    '/compare?a=say_after_sequential&b=say_after',
    '/embed/say_after',
    '/present',
    '/play'
  ];

  it.each(pages)('%s sends a policy without unsafe-eval and loads without a violation', async (path) => {
    const { page, consoleErrors } = await open(path);
    await page.waitForLoadState('networkidle');
    const csp = await policy(page);
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toContain('unsafe-eval');
    expect(csp.match(/script-src[^;]*/)?.[0]).not.toContain('unsafe-inline');
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/object-src 'none'/);
    expect(await violations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  // page.evaluate itself runs through DevTools, which CSP exempts, so enforcement is shown with what an injection
  // would really do: insert an inline <script> and an inline event handler. Both must be refused and reported.
  it('is enforced: an injected inline script and an inline event handler are refused', async () => {
    const { page } = await open('/s/say_after');
    await page.waitForSelector('.player[data-cursor]');
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true';
      document.body.append(s);
      const b = document.createElement('button');
      b.setAttribute('onclick', 'window.__clicked = true');
      document.body.append(b);
      b.click();
    });
    const ran = await page.evaluate(() => {
      const w = window as unknown as { __injected?: boolean; __clicked?: boolean };
      return [w.__injected ?? false, w.__clicked ?? false];
    });
    expect(ran).toEqual([false, false]);
    await expect.poll(async () => (await violations(page)).length).toBe(2);
    expect((await violations(page)).every((v) => v.startsWith('script-src'))).toBe(true);
    await page.close();
  });

  it('the player plays, the knobs lazy-load the simulator and the playground worker runs, all without violations', async () => {
    const player = await open('/s/producer_consumer');
    await player.page.waitForSelector('.player[data-cursor]');
    await player.page.locator('body').click({ position: { x: 1, y: 1 } });
    await player.page.keyboard.press('End');
    const knob = player.page.locator('[data-testid=knobs] input').first();
    if (await knob.count()) {
      const version = Number(await player.page.locator('.knob-bar').getAttribute('data-version'));
      await knob.focus();
      await player.page.keyboard.press('ArrowRight');
      await player.page.waitForFunction(
        (n) => Number(document.querySelector('.knob-bar')?.getAttribute('data-version')) > n,
        version
      );
    }
    expect(await violations(player.page)).toEqual([]);
    expect(player.consoleErrors).toEqual([]);
    await player.page.close();

    const play = await open('/play');
    await play.page.waitForSelector('.cm-content');
    await play.page.locator('.cm-content').click();
    await play.page.keyboard.press('Control+End');
    await play.page.keyboard.type('\nprint("csp")\n');
    await play.page.waitForFunction(() =>
      [...document.querySelectorAll('.console li .text')].some((el) => el.getAttribute('data-text')?.includes('csp'))
    );
    expect(await violations(play.page)).toEqual([]);
    expect(play.consoleErrors).toEqual([]);
    await play.page.close();
  });

  it('the exact engine host alone allows WebAssembly, and in its worker Python calling JS eval or Function fails', async () => {
    const { page } = await open('/exact/host.html');
    const csp = await policy(page);
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).not.toContain("'unsafe-eval'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toMatch(/default-src 'none'/);
    const results = await page.evaluate(async () => {
      // A module worker from a blob: URL, like host.js starts the engine: it inherits this page's policy.
      const code = `
        const base = location.origin + '/exact/pyodide/';
        const { loadPyodide } = await import(base + 'pyodide.mjs');
        const py = await loadPyodide({ indexURL: base });
        const out = {};
        for (const [name, src] of [
          ['eval', 'import js\\njs.eval("1 + 1")'],
          ['Function', 'import js\\njs.Function("return 1")()'],
          ['run_js', 'from pyodide.code import run_js\\nrun_js("1 + 1")']
        ]) {
          try { out[name] = 'ran: ' + py.runPython(src); } catch (e) { out[name] = String(e).slice(-400); }
        }
        try { out.jsEval = 'ran: ' + eval('1'); } catch (e) { out.jsEval = String(e); }
        postMessage(out);`;
      const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
      const worker = new Worker(url, { type: 'module' });
      return new Promise<Record<string, string>>((done, fail) => {
        worker.onmessage = (e) => done(e.data as Record<string, string>);
        worker.onerror = (e) => fail(new Error(e.message));
      });
    });
    expect(Object.keys(results).sort()).toEqual(['Function', 'eval', 'jsEval', 'run_js']);
    for (const [name, outcome] of Object.entries(results)) expect(outcome, name).toMatch(/EvalError|unsafe-eval/);
    await page.close();
  });
});
