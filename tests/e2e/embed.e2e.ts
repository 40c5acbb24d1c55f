/**
 * The embed (/embed/<id>) inside a host page served from ANOTHER origin (a second static server on another port),
 * driven by the postMessage API: ready / state / ended arrive with the right content, seek / step / play / pause /
 * speed move it, malformed or unknown messages and messages from a non-allowed origin or a non-parent frame are
 * ignored; the embed requests nothing outside its own origin; its JavaScript is measured (gzipped) and must stay
 * within 80 kB; screenshots at 320×200 and 640×360 go to test-results/ for a human to look at.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Frame, Page } from 'playwright-core';
import { launch } from './browser';
import { SITE_DIR } from './site-dir';
import { serveStatic } from './static-server';
import { simulate } from '../../src/lib/simulate';

const root = resolve(import.meta.dirname, '../..');
const shots = resolve(root, 'test-results');
const ID = 'say_after';
const run = simulate(readFileSync(resolve(root, 'scenarios', `${ID}.py`), 'utf8'), { file: `${ID}.py` });
const TOTAL = run.events.length;
const LAST = TOTAL - 1;
const JS_BUDGET = 80_000;

let browser: Browser;
let site: { url: string; close: () => Promise<void> };
let host: { url: string; close: () => Promise<void> };

type Msg = { frame: string; origin: string; data: { type: string; [k: string]: unknown } };

function hostPage(embed: string, hostOrigin: string): string {
  const src = (q: string) => `${embed}/embed/${ID}${q}`;
  return `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>host</title>
<script>
  window.msgs = [];
  addEventListener('message', (e) => {
    const id = ['a', 'b', 'd'].find((k) => document.getElementById(k).contentWindow === e.source) || 'other';
    window.msgs.push({ frame: id, origin: e.origin, data: e.data });
  });
  window.send = (id, m, target = '*') => document.getElementById(id).contentWindow.postMessage(m, target);
</script>
<iframe id="a" src="${src(`?origin=${encodeURIComponent(hostOrigin)}`)}" width="640" height="360"></iframe>
<iframe id="b" src="${src('?origin=https://not-the-host.example')}" width="320" height="200"></iframe>
<iframe id="d" src="${src('?controls=minimal')}" width="320" height="200"></iframe>
<iframe id="c" src="${hostOrigin}/sibling.html" width="10" height="10"></iframe>`;
}

// A sibling frame on the host's origin that tries to drive the embed directly (it is not the embed's parent).
const SIBLING = `<!doctype html><link rel="icon" href="data:,"><script>
  window.poke = (m) => parent.frames[0].postMessage(m, '*');
</script>`;

beforeAll(async () => {
  site = await serveStatic(SITE_DIR);
  const dir = mkdtempSync(join(tmpdir(), 'aioscope-host-'));
  host = await serveStatic(dir);
  writeFileSync(join(dir, 'host.html'), hostPage(site.url, host.url));
  writeFileSync(join(dir, 'sibling.html'), SIBLING);
  browser = await launch();
  mkdirSync(shots, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await host?.close();
});

const messages = (page: Page, frame = 'a'): Promise<Msg[]> =>
  page.evaluate((f) => (window as unknown as { msgs: Msg[] }).msgs.filter((m) => m.frame === f), frame);

async function waitFor(page: Page, pred: (m: Msg) => boolean, from = 0, frame = 'a'): Promise<Msg> {
  for (let i = 0; i < 400; i++) {
    const found = (await messages(page, frame)).slice(from).find(pred);
    if (found) return found;
    await page.waitForTimeout(50);
  }
  throw new Error('no such message');
}

const send = (page: Page, m: unknown, frame = 'a', target = '*') =>
  page.evaluate(([f, msg, t]) => (window as unknown as { send: (...a: unknown[]) => void }).send(f, msg, t), [
    frame,
    m,
    target
  ] as const);

const frameCursor = async (f: Frame) => Number(await f.locator('.embed').getAttribute('data-cursor'));
const embedFrame = (page: Page, name: string) => page.frame({ url: (u) => u.href.includes(name) })!;

describe('embed in a host page on another origin', () => {
  it('is driven by postMessage and ignores what it must ignore', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
    const requests: { url: string; frame: string }[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requests.push({ url: r.url(), frame: r.frame().url() }));
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${host.url}/host.html`);

    // ready, then the initial state, posted to the host's origin.
    const ready = await waitFor(page, (m) => m.data.type === 'aioscope.ready');
    expect(ready.origin).toBe(site.url);
    expect(ready.data).toEqual({ type: 'aioscope.ready', scenario: ID, events: TOTAL });
    const first = await waitFor(page, (m) => m.data.type === 'aioscope.state');
    expect(first.data).toEqual({ type: 'aioscope.state', seq: 0, t: 0, playing: false });
    // Without origin= the embed still finds its parent (ancestorOrigins / referrer).
    expect((await waitFor(page, (m) => m.data.type === 'aioscope.ready', 0, 'd')).data.events).toBe(TOTAL);

    let n = (await messages(page)).length;
    const stateAfter = async (m: unknown) => {
      await send(page, m);
      const s = await waitFor(page, (x) => x.data.type === 'aioscope.state', n);
      n = (await messages(page)).length;
      return s.data;
    };
    expect(await stateAfter({ type: 'aioscope.seek', seq: 10 })).toEqual({
      type: 'aioscope.state',
      seq: 10,
      t: run.events[10]!.t,
      playing: false
    });
    expect((await stateAfter({ type: 'aioscope.step', by: 3 })).seq).toBe(13);
    expect((await stateAfter({ type: 'aioscope.step', by: -2 })).seq).toBe(11);
    const nextPrint = run.events.findIndex((e, i) => i > 11 && e.kind === 'print');
    expect((await stateAfter({ type: 'aioscope.step', by: 'print' })).seq).toBe(nextPrint);
    const back = (await stateAfter({ type: 'aioscope.step', by: 'iteration', dir: -1 })).seq as number;
    expect(back).toBeLessThan(nextPrint);
    expect((await stateAfter({ type: 'aioscope.seek', seq: 99999 })).seq).toBe(LAST);
    await waitFor(page, (m) => m.data.type === 'aioscope.ended', n - 1);
    expect((await stateAfter({ type: 'aioscope.seek', seq: 0 })).seq).toBe(0);

    // Malformed, unknown and hostile messages: nothing moves and nothing is answered.
    const a = embedFrame(page, 'origin=http');
    const junk: unknown[] = [
      'aioscope.play',
      null,
      42,
      [],
      { type: 'aioscope.play', extra: true },
      { type: 'aioscope.seek', seq: -1 },
      { type: 'aioscope.seek', seq: '5' },
      { type: 'aioscope.seek', seq: 2.5 },
      { type: 'aioscope.step', by: 0 },
      { type: 'aioscope.step', by: 'sideways' },
      { type: 'aioscope.speed', value: 3 },
      { type: 'aioscope.rewind' },
      { type: 'other.thing', seq: 5 }
    ];
    for (const j of junk) await send(page, j);
    // A sibling frame on the host origin is not the parent: ignored.
    await page
      .frame({ url: (u) => u.href.endsWith('sibling.html') })!
      .evaluate(() => (window as unknown as { poke: (m: unknown) => void }).poke({ type: 'aioscope.seek', seq: 7 }));
    await page.waitForTimeout(400);
    expect(await frameCursor(a)).toBe(0);
    expect((await messages(page)).length).toBe(n);

    // The embed pinned to another origin ignores this host completely, and tells it nothing.
    const b = embedFrame(page, 'not-the-host');
    await b.waitForSelector('.embed[data-cursor]');
    await send(page, { type: 'aioscope.seek', seq: 5 }, 'b');
    await send(page, { type: 'aioscope.play' }, 'b');
    await page.waitForTimeout(400);
    expect(await frameCursor(b)).toBe(0);
    expect(await b.locator('.embed').getAttribute('data-state')).toBe('paused');
    expect(await messages(page, 'b')).toEqual([]);

    // Speed and play: states while playing, then ended and a final paused state on the last event.
    await send(page, { type: 'aioscope.speed', value: 8 });
    await send(page, { type: 'aioscope.play' });
    const playing = await waitFor(page, (m) => m.data.type === 'aioscope.state' && m.data.playing === true, n);
    expect(playing.data.playing).toBe(true);
    const ended = await waitFor(page, (m) => m.data.type === 'aioscope.ended', n);
    expect(ended.origin).toBe(site.url);
    const all = await messages(page);
    const lastState = all.filter((m) => m.data.type === 'aioscope.state').at(-1)!;
    expect(lastState.data).toMatchObject({ seq: LAST, playing: false });
    // Cursor moves were reported in order while playing.
    const seqs = all
      .slice(n)
      .filter((m) => m.data.type === 'aioscope.state')
      .map((m) => m.data.seq as number);
    expect(seqs).toEqual([...seqs].sort((x, y) => x - y));

    // Pause mid-play.
    n = all.length;
    await send(page, { type: 'aioscope.speed', value: 0.25 });
    await send(page, { type: 'aioscope.play' });
    await waitFor(page, (m) => m.data.type === 'aioscope.state' && m.data.playing === true, n);
    await send(page, { type: 'aioscope.pause' });
    const paused = await waitFor(page, (m) => m.data.type === 'aioscope.state' && m.data.playing === false, n);
    expect(paused.data.seq as number).toBeLessThan(LAST);

    // Requests: the embeds only ever asked their own origin.
    const fromEmbeds = requests.filter((r) => r.frame.startsWith(site.url));
    expect(fromEmbeds.length).toBeGreaterThan(0);
    expect(fromEmbeds.filter((r) => !r.url.startsWith(site.url) && !r.url.startsWith('data:'))).toEqual([]);
    expect(requests.filter((r) => !r.url.startsWith(site.url) && !r.url.startsWith(host.url))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('loads at most 80 kB of gzipped JavaScript, without the simulator', async () => {
    const page = await browser.newPage({ viewport: { width: 640, height: 360 } });
    const scripts = new Map<string, number>();
    const pending: Promise<void>[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() !== 'script') return;
      pending.push(
        r.body().then((body) => {
          scripts.set(r.url(), gzipSync(body).length);
        })
      );
    });
    await page.goto(`${site.url}/embed/${ID}`);
    await page.waitForSelector('.embed[data-cursor]');
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    const total = [...scripts.values()].reduce((a, b) => a + b, 0);
    const bodies = await Promise.all([...scripts.keys()].map((u) => fetch(u).then((r) => r.text())));
    console.log(`embed JS: ${scripts.size} files, ${total} bytes gzipped (${(total / 1000).toFixed(1)} kB)`);
    expect(scripts.size).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(JS_BUDGET);
    // No simulator, interpreter, parser or editor in the embed: only the prerendered trace.
    for (const text of bodies) {
      expect(text).not.toMatch(/AIO-P\d{3}|@lezer|codemirror|pyodide/);
    }
    await page.close();
  });

  it.each([
    [320, 200],
    [640, 360],
    [1024, 576]
  ])('fills a %i×%i frame', async (width, height) => {
    const page = await browser.newPage({ viewport: { width, height } });
    await page.goto(`${site.url}/embed/${ID}?start=20`);
    await page.waitForSelector('.embed[data-cursor="20"]');
    await page.waitForFunction(() => document.querySelector('.embed svg.lanes') !== null);
    const box = await page.evaluate(() => ({
      sw: document.documentElement.scrollWidth,
      sh: document.documentElement.scrollHeight,
      timeline: document.querySelector('.embed .timeline')?.getBoundingClientRect().height ?? 0,
      play: document.querySelector('.embed [data-testid="play"]') !== null,
      size: document.querySelector('.embed')?.getAttribute('data-size')
    }));
    expect(box.sw).toBeLessThanOrEqual(width);
    expect(box.sh).toBeLessThanOrEqual(height);
    expect(box.timeline).toBeGreaterThan(60);
    expect(box.play).toBe(true);
    if (width === 320) expect(box.size).toBe('tiny');
    await page.screenshot({ path: join(shots, `embed-${width}x${height}.png`) });
    await page.close();
  });

  it('honours its URL parameters', async () => {
    const page = await browser.newPage({ viewport: { width: 800, height: 450 } });
    await page.goto(`${site.url}/embed/${ID}?controls=none&theme=dark&panes=timeline,console&start=5&lang=zh`);
    await page.waitForSelector('.embed[data-cursor="5"]');
    expect(await page.locator('[data-testid="play"]').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-theme'))).toBe('dark');
    expect(await page.locator('.embed .code').count()).toBe(0);
    expect(await page.locator('.embed .console').count()).toBe(1);
    expect(await page.locator('.embed .narr').count()).toBe(0);
    // The loop pane is opt-in and loads on demand.
    await page.goto(`${site.url}/embed/${ID}?panes=timeline,loop&start=9`);
    await page.waitForSelector('.embed .internals');
    await page.goto(`${site.url}/embed/${ID}?autoplay=1&speed=8`);
    await page.waitForSelector(`.embed[data-cursor="${LAST}"]`, { timeout: 30_000 });
    await page.close();
  });

  it('the player writes a working snippet for the current moment', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${site.url}/s/${ID}?cursor=17&speed=2`);
    await page.waitForSelector('.player[data-cursor="17"]');
    await page.locator('[data-testid="embed"]').click();
    const snippet = (await page.locator('[data-testid="embed-snippet"]').inputValue()).trim();
    expect(snippet).toMatch(/^<iframe src="[^"]+" title="aioscope: say_after"[^>]*><\/iframe>$/);
    const src = snippet.match(/src="([^"]+)"/)![1]!.replace(/&amp;/g, '&');
    expect(src).toBe(`${site.url}/embed/${ID}?start=17&speed=2`);
    await page.goto(src);
    await page.waitForSelector('.embed[data-cursor="17"]');
    await page.close();
  });

  it('the documented example page drives its embed', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${site.url}/embed-example.html`);
    await page.waitForFunction(() => document.getElementById('log')?.textContent?.includes('aioscope.ready'));
    await page.locator('button', { hasText: 'event ▶' }).click();
    await page.waitForFunction(() => document.getElementById('state')?.textContent?.startsWith('event 2 '));
    await page.locator('button', { hasText: 'next print' }).click();
    await page.waitForFunction(() => !document.getElementById('state')?.textContent?.startsWith('event 2 '));
    expect(errors).toEqual([]);
    await page.close();
  });
});
