#!/usr/bin/env node
/**
 * Browser latencies (issue 6), measured in headless Chromium on the built site:
 *
 *  - Embed: time to first frame of `/embed/<id>` — navigation start → the `aioscope:first-frame` performance mark,
 *    which the embed page sets just after the frame that first shows the timeline's marks has been painted
 *    (src/lib/embed/painted.ts). Median of N loads, each in a fresh browser context (cold cache). Also the gzipped
 *    JavaScript the page loads: every script response, gzipped here (level 9) and summed.
 *  - Playground: edit → redraw. A key is typed into CodeMirror; the page marks `aioscope:play:simulate` when the
 *    debounce fires, `aioscope:play:reply` when the worker answers and `aioscope:play:drawn` once the new timeline is
 *    painted. From the keydown's own timestamp: total (with the 300 ms debounce) and without it (simulate → drawn),
 *    split into worker (simulate → reply: applyKnobs, postMessage, simulate(), structured clone back) and redraw
 *    (reply → painted). Programs of growing trace size (bench/programs.mjs manyTasks), median and p95 of R edits.
 *
 * No assertions: numbers only. `browserLatency({ siteDir })` returns rows `{ name, value, unit, goal, met }`;
 * run alone: `node bench/browser-latency.mjs [siteDir]` (default build/; see tests/e2e/site-dir.ts for AIOSCOPE_OUT).
 * Uses Debian's /usr/bin/chromium through playwright-core, never a downloaded browser.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { loadavg } from 'node:os';
import { launchChromium, serveStatic } from '../tools/chromium.mjs';
import { manyTasks } from './programs.mjs';

/** Issue 5: "small (goal: at most 80 kB of gzipped JavaScript)". */
const EMBED_JS_GOAL_KB = 80;

const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => {
  const s = sorted(xs);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
/** Nearest-rank percentile. */
const percentile = (xs, p) => sorted(xs)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];
const round = (x, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

/** Embed: time to first frame over `loads` cold loads, and the gzipped JS of one load. */
async function measureEmbed(browser, origin, id, loads, log) {
  const ttff = [];
  const fcp = [];
  let jsGzip = 0;
  let jsRaw = 0;
  let jsFiles = 0;
  for (let i = 0; i < loads; i++) {
    // A fresh context has an empty HTTP cache: every load is a first visit.
    const context = await browser.newContext({ viewport: { width: 800, height: 450 } });
    const page = await context.newPage();
    const scripts = new Map();
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') scripts.set(r.url(), r);
    });
    await page.goto(`${origin}/embed/${id}`);
    await page.waitForFunction(() => performance.getEntriesByName('aioscope:first-frame').length > 0, null, {
      timeout: 30_000
    });
    const t = await page.evaluate(() => ({
      frame: performance.getEntriesByName('aioscope:first-frame')[0].startTime,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1
    }));
    ttff.push(t.frame);
    if (t.fcp >= 0) fcp.push(t.fcp);
    if (i === 0) {
      await page.waitForLoadState('networkidle');
      for (const r of scripts.values()) {
        const body = await r.body();
        jsRaw += body.length;
        jsGzip += gzipSync(body, { level: 9 }).length;
        jsFiles++;
      }
    }
    await context.close();
    log?.(`embed load ${i + 1}/${loads}: first frame ${round(t.frame)} ms`);
  }
  const kb = jsGzip / 1000;
  return [
    {
      name: `embed /embed/${id}: gzipped JavaScript (${jsFiles} files, ${round(jsRaw / 1000)} kB raw)`,
      value: round(kb),
      unit: 'kB',
      goal: `≤ ${EMBED_JS_GOAL_KB} kB`,
      met: kb <= EMBED_JS_GOAL_KB
    },
    {
      name: `embed /embed/${id}: time to first frame, median of ${loads} cold loads`,
      value: round(median(ttff)),
      unit: 'ms',
      goal: null,
      met: null
    },
    {
      name: `embed /embed/${id}: time to first frame, p95`,
      value: round(percentile(ttff, 95)),
      unit: 'ms',
      goal: null,
      met: null
    },
    {
      name: `embed /embed/${id}: first contentful paint (page chrome, before the timeline), median`,
      value: round(median(fcp)),
      unit: 'ms',
      goal: null,
      met: null
    }
  ];
}

const COMMENT = '# edits go here: ';

/** Replaces the whole program as a paste would and waits until its timeline is painted. */
async function setProgram(page, code) {
  const version = Number(await page.locator('main.play').getAttribute('data-shown'));
  await page.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(code);
  await page.waitForFunction(
    (v) => Number(document.querySelector('main.play')?.getAttribute('data-shown')) > v,
    version,
    { timeout: 60_000 }
  );
  const status = await page.locator('main.play').getAttribute('data-status');
  if (status !== 'ok') throw new Error(`the program did not run cleanly (status ${status})`);
}

/** One typed key → the phases of the run it causes. */
async function oneEdit(page) {
  const version = Number(await page.locator('main.play').getAttribute('data-shown'));
  await page.evaluate(() => {
    performance.clearMarks();
    window.__keyAt = -1;
  });
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('x');
  await page.waitForFunction(
    (v) => performance.getEntriesByName('aioscope:play:drawn').some((e) => e.detail?.version > v),
    version,
    { timeout: 60_000 }
  );
  return page.evaluate(() => {
    const at = (name) => performance.getEntriesByName(name).at(-1)?.startTime ?? NaN;
    const key = window.__keyAt;
    const sim = at('aioscope:play:simulate');
    const reply = at('aioscope:play:reply');
    const drawn = at('aioscope:play:drawn');
    return { total: drawn - key, debounce: sim - key, work: drawn - sim, worker: reply - sim, redraw: drawn - reply };
  });
}

/** Playground: edit → redraw for each program, `reps` edits each (after one warm-up edit). */
async function measurePlayground(browser, origin, programs, reps, log) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.addInitScript(() => {
    // The keystroke's own time (event.timeStamp is on the performance timeline): the start of the latency.
    window.addEventListener('keydown', (e) => (window.__keyAt = e.timeStamp), { capture: true });
  });
  await page.goto(`${origin}/play`);
  await page.waitForFunction(() => Number(document.querySelector('main.play')?.getAttribute('data-shown')) >= 1);
  const rows = [];
  for (const [label, code] of programs) {
    try {
      await setProgram(page, code + COMMENT);
    } catch (e) {
      rows.push({
        name: `playground ${label}: not measured (${e.message})`,
        value: NaN,
        unit: 'ms',
        goal: null,
        met: null
      });
      continue;
    }
    const events = Number(await page.locator('.controls input[type=range]').getAttribute('max')) + 1;
    await oneEdit(page); // warm-up: JIT, worker caches
    const runs = [];
    for (let r = 0; r < reps; r++) runs.push(await oneEdit(page));
    const stat = (k) => [
      round(median(runs.map((x) => x[k]))),
      round(
        percentile(
          runs.map((x) => x[k]),
          95
        )
      )
    ];
    const name = `playground ${label}, ${events.toLocaleString('en')} events`;
    const [total, totalP95] = stat('total');
    const [work, workP95] = stat('work');
    const [worker] = stat('worker');
    const [redraw] = stat('redraw');
    const [debounce] = stat('debounce');
    log?.(
      `${name}: total ${total} (p95 ${totalP95}), without debounce ${work} (p95 ${workP95}), worker ${worker}, redraw ${redraw}, debounce ${debounce} ms`
    );
    rows.push(
      {
        name: `${name}: edit → redraw incl. debounce, median`,
        value: total,
        unit: 'ms',
        goal: null,
        met: null,
        events
      },
      {
        name: `${name}: edit → redraw incl. debounce, p95`,
        value: totalP95,
        unit: 'ms',
        goal: null,
        met: null,
        events
      },
      { name: `${name}: edit → redraw excl. debounce, median`, value: work, unit: 'ms', goal: null, met: null, events },
      { name: `${name}: edit → redraw excl. debounce, p95`, value: workP95, unit: 'ms', goal: null, met: null, events },
      {
        name: `${name}: worker (simulate + transfer), median`,
        value: worker,
        unit: 'ms',
        goal: null,
        met: null,
        events
      },
      {
        name: `${name}: redraw (new player painted), median`,
        value: redraw,
        unit: 'ms',
        goal: null,
        met: null,
        events
      },
      {
        name: `${name}: debounce wait (keydown → run starts), median`,
        value: debounce,
        unit: 'ms',
        goal: null,
        met: null,
        events
      }
    );
  }
  await page.close();
  return rows;
}

/**
 * Measures the built site in `siteDir`. Options: `scenario` (embed id), `loads` (cold embed loads), `reps` (edits per
 * program), `sizes` (manyTasks sizes), `log` (progress lines).
 */
export async function browserLatency({
  siteDir,
  scenario = 'say_after',
  loads = 9,
  reps = 9,
  sizes = [1, 8, 86, 860],
  log
}) {
  const site = await serveStatic(resolve(siteDir));
  const browser = await launchChromium();
  try {
    const rows = await measureEmbed(browser, site.url, scenario, loads, log);
    const programs = sizes.map((n) => [`${n} task${n === 1 ? '' : 's'} + gather`, manyTasks(n)]);
    rows.push(...(await measurePlayground(browser, site.url, programs, reps, log)));
    return rows;
  } finally {
    await browser.close();
    await site.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = resolve(import.meta.dirname, '..');
  const siteDir = process.argv[2] ?? resolve(root, 'build');
  const sizes = process.env.BENCH_SIZES?.split(',').map(Number);
  const rows = await browserLatency({
    siteDir,
    ...(sizes ? { sizes } : {}),
    ...(process.env.BENCH_REPS ? { reps: Number(process.env.BENCH_REPS) } : {}),
    log: (line) => process.stderr.write(line + '\n')
  });
  const load = loadavg()
    .map((x) => x.toFixed(1))
    .join(' / ');
  console.log(`Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, load average ${load}.\n`);
  console.log('| measure | value | goal | met |\n| --- | ---: | --- | --- |');
  for (const r of rows)
    console.log(
      `| ${r.name} | ${r.value} ${r.unit} | ${r.goal ?? '—'} | ${r.met === null ? '—' : r.met ? 'yes' : 'no'} |`
    );
}
