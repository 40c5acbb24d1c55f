/**
 * `npm run bench` additions for the exact engine and /open (docs/exact-engine.md, docs/open.md):
 *
 *  - exactNode(loadNodeRuntime): the exact engine in Node — cold start (pyodide from node_modules + the Python files +
 *    the seal, in this process), the first program, and warm re-runs of the same program (median).
 *  - exactBrowser({ siteDir }): the same in headless Chromium through the playground — cold (click "Run with real
 *    CPython" → trace shown: runtime download from the site, start, run, draw) and a warm re-run (edit → trace shown,
 *    including the 300 ms debounce), in a fresh browser context (cold HTTP cache).
 *  - openBrowser({ siteDir, syntheticTrace }): /open load time (file chosen → player shown with the timeline drawn)
 *    and JS heap per event, for 10^5 and 10^6 events (synthetic traces as JSON lines; heap measured after a forced
 *    GC, over the empty page's).
 * Numbers only; rows `{ name, value, unit }` as in browser-latency.mjs.
 */
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, serveStatic } from '../tools/chromium.mjs';

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const round = (x, d = 0) => Math.round(x * 10 ** d) / 10 ** d;

const PROGRAM = `import asyncio, re
from enum import Enum
class Mode(Enum):
    FAST = 1
async def job(i):
    await asyncio.sleep(i / 10)
    match re.fullmatch(r'j(\\d+)', f'j{i}'):
        case m if m:
            return int(m[1])
async def main():
    print(sum(await asyncio.gather(*(job(i) for i in range(50)))), Mode.FAST)
asyncio.run(main())
`;

export async function exactNode(loadNodeRuntime, rounds = 5) {
  const t0 = performance.now();
  const runtime = await loadNodeRuntime();
  const cold = performance.now() - t0;
  const t1 = performance.now();
  const first = runtime.run(PROGRAM, 'bench.py');
  const firstMs = performance.now() - t1;
  const warm = [];
  for (let r = 0; r < rounds; r++) {
    const t = performance.now();
    runtime.run(PROGRAM, 'bench.py');
    warm.push(performance.now() - t);
  }
  return [
    { name: 'exact engine, Node: cold start (load pyodide + seal)', value: round(cold), unit: 'ms' },
    { name: `exact engine, Node: first run (${first.events.length} events)`, value: round(firstMs, 1), unit: 'ms' },
    { name: 'exact engine, Node: warm re-run (median)', value: round(median(warm), 1), unit: 'ms' }
  ];
}

async function setCode(page, code) {
  await page.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(code);
}

export async function exactBrowser({ siteDir, log = () => {} }) {
  const site = await serveStatic(siteDir);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${site.url}/play`);
    await page.waitForSelector('main.play[data-runs="1"]');
    await setCode(page, PROGRAM);
    await page.locator('[data-testid=exact-offer]').waitFor();
    log('exact engine in Chromium: cold start …');
    const t0 = Date.now();
    await page.click('[data-testid=exact-run]');
    await page.waitForSelector('main.play[data-engine=cpython][data-status=ok]', { timeout: 120_000 });
    const cold = Date.now() - t0;
    const warm = [];
    for (let r = 0; r < 3; r++) {
      const n = Number(await page.locator('main.play').getAttribute('data-runs'));
      const t = Date.now();
      await setCode(page, PROGRAM.replace('range(50)', `range(${51 + r})`));
      await page.waitForFunction((k) => Number(document.querySelector('main.play')?.getAttribute('data-runs')) > k, n, {
        timeout: 60_000
      });
      warm.push(Date.now() - t);
    }
    return [
      { name: 'exact engine, Chromium: cold (click → CPython trace shown)', value: cold, unit: 'ms' },
      {
        name: 'exact engine, Chromium: warm re-run (edit → shown, incl. 300 ms debounce)',
        value: median(warm),
        unit: 'ms'
      }
    ];
  } finally {
    await browser.close();
    await site.close();
  }
}

async function writeTrace(file, events) {
  const out = createWriteStream(file);
  for (let i = 0; i < events.length; i += 10_000) {
    const text =
      events
        .slice(i, i + 10_000)
        .map((e) => JSON.stringify(e))
        .join('\n') + '\n';
    if (!out.write(text)) await new Promise((r) => out.once('drain', r));
  }
  await new Promise((r) => out.end(r));
}

export async function openBrowser({ siteDir, syntheticTrace, log = () => {} }) {
  const dir = mkdtempSync(join(tmpdir(), 'aioscope-open-bench-'));
  const site = await serveStatic(siteDir);
  const browser = await launchChromium();
  const rows = [];
  try {
    for (const n of [1e5, 1e6]) {
      const events = syntheticTrace(n, { workers: n >= 1e6 ? 998 : 98 });
      const file = join(dir, `trace-${n}.jsonl`);
      await writeTrace(file, events);
      const mb = statSync(file).size / 1e6;
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await page.goto(`${site.url}/open`);
      await page.locator('[data-testid=open-drop]').waitFor();
      await cdp.send('HeapProfiler.collectGarbage');
      const before = (await cdp.send('Runtime.getHeapUsage')).usedSize;
      log(`/open: ${events.length} events (${mb.toFixed(0)} MB) …`);
      const t0 = Date.now();
      await page.locator('[data-testid=open-file]').setInputFiles(file);
      await page.waitForSelector('main.open[data-state=open]', { timeout: 300_000 });
      await page.locator('.timeline canvas.lanes, .timeline svg.lanes').first().waitFor({ timeout: 120_000 });
      const ms = Date.now() - t0;
      await cdp.send('HeapProfiler.collectGarbage');
      const after = (await cdp.send('Runtime.getHeapUsage')).usedSize;
      rows.push(
        { name: `/open ${events.length} events (${mb.toFixed(0)} MB JSONL): load → drawn`, value: ms, unit: 'ms' },
        {
          name: `/open ${events.length} events: JS heap per event`,
          value: round((after - before) / events.length),
          unit: 'bytes'
        }
      );
      await context.close();
    }
    return rows;
  } finally {
    await browser.close();
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
