#!/usr/bin/env node
/**
 * Rendering benchmark: frame times of the timeline while it pans, zooms and scrolls, measured in headless Chromium
 * (Debian's /usr/bin/chromium via playwright-core; software rendering: --disable-gpu, no GPU in the sandbox).
 *
 * It builds the benchmark page, a Vite app of its own that does not ship with the site (bench/render/, built by
 * `buildRenderPage()` into .out/bench-render; AIOSCOPE_OUT=name → .out/name/bench-render), serves it and opens
 * ?events=N&lanes=L, which generates a synthetic trace in the page (bench/synthetic.ts, all
 * workers busy to the end) and shows the player's Timeline with the cursor at the end. Then, inside the page, one
 * view change per animation frame through the page's hook (the same d3-zoom transform a Ctrl+wheel or a drag sets,
 * and the body's scrollTop): zoom in ×300 around the middle, pan, zoom out, scroll down to lane ~900, zoom in and pan
 * there. Two figures per frame:
 *  - rAF interval: time between successive requestAnimationFrame callbacks (what the viewer sees; ≥ one vsync,
 *    16.7 ms, by construction — a frame that overruns shows up as ~33 ms);
 *  - draw: the canvas renderer's own drawing time per frame (performance.now around its draw function).
 * Usage: node bench/render-frames.mjs [--sizes=1000,10000,100000,1000000] [--profile]   (runnable alone, or imported:
 * `renderFrames({ pageDir })` returns rows { name, value, unit, goal, met }; `pageDir` defaults to a fresh build).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium, serveStatic } from '../tools/chromium.mjs';
import { buildRenderPage } from './render/build.mjs';

/** Lanes for a trace of n events: 1,000 where the trace is big enough to keep them all busy (≥ 100 events each). */
export const lanesFor = (n) => Math.max(10, Math.min(1000, Math.floor(n / 100)));

const quantile = (xs, q) => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

/** The in-page script: one view change per frame; returns rAF intervals and draw times of the measured frames. */
export async function pan(page) {
  return page.evaluate(async () => {
    const hook = window.__renderBench;
    const frame = () => new Promise((ok) => requestAnimationFrame(ok));
    const steps = [];
    const N = 60;
    const zoomAt = (k, c) => () => hook.zoomTo(k, c);
    for (let i = 0; i < N; i++) steps.push(zoomAt(Math.pow(300, i / (N - 1)), 0.5)); // zoom in ×300
    for (let i = 0; i < N; i++) steps.push(zoomAt(300, 0.5 + (0.1 * i) / (N - 1))); // pan a tenth of the run
    for (let i = 0; i < N; i++) steps.push(zoomAt(Math.pow(300, 1 - i / (N - 1)), 0.6)); // zoom out
    for (let i = 0; i < N; i++) steps.push(() => hook.scrollToLane(Math.round((900 * i) / (N - 1)))); // scroll down
    for (let i = 0; i < N; i++) steps.push(zoomAt(Math.pow(50, i / (N - 1)), 0.3 + (0.2 * i) / (N - 1))); // zoom + pan
    // Warm-up (JIT, caches), not measured.
    for (let i = 0; i < 20; i++) {
      await new Promise((ok) => setTimeout(ok, 0));
      hook.zoomTo(1 + i, 0.5);
      await frame();
    }
    hook.zoomTo(1, 0.5);
    hook.scrollToLane(0);
    await frame();
    await frame();
    hook.draws.length = 0;
    const intervals = [];
    let last = await frame();
    // Each change is made between frames (as input events arrive), so the next frame draws it: one draw per frame.
    const between = () => new Promise((ok) => setTimeout(ok, 0));
    for (const step of steps) {
      await between();
      step();
      const now = await frame();
      intervals.push(now - last);
      last = now;
    }
    await frame();
    await frame();
    return { intervals, draws: [...hook.draws] };
  });
}

/**
 * Where the main thread's time goes during the pan/zoom sequence, through a CDP session (`--profile`): the V8 CPU
 * profile's self time by function (the page's JavaScript; "(program)" is the browser's own work), and from a
 * devtools.timeline trace the renderer main thread's frame phases — our rAF callback (the draw), style, layout,
 * paint, and LayerTreeHost::DoUpdateLayers, where a software canvas's recorded drawing is rasterised.
 */
async function profiled(page, log) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const traced = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,v8.gc,cc',
    transferMode: 'ReportEvents'
  });
  await cdp.send('Profiler.start');
  const result = await pan(page);
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Tracing.end');
  await traced;
  const nodes = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const self = new Map();
  profile.samples.forEach((id, i) => {
    const f = nodes.get(id);
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  log('CPU profile, self time (ms):');
  for (const [k, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) log(`  ${ms.toFixed(1).padStart(8)}  ${k}`);
  const phases = ['FireAnimationFrame', 'UpdateLayoutTree', 'Layout', 'Paint', 'LayerTreeHost::DoUpdateLayers'];
  const main = events.find((e) => e.name === 'FireAnimationFrame');
  const sums = phases.map((name) =>
    events
      .filter((e) => e.name === name && e.ph === 'X' && main && e.pid === main.pid && e.tid === main.tid)
      .reduce((a, e) => a + e.dur / 1000, 0)
  );
  const gc = events
    .filter((e) => /^(MinorGC|MajorGC|V8\.GC)/.test(e.name) && e.dur)
    .reduce((a, e) => a + e.dur / 1000, 0);
  log(
    `main thread over ${result.intervals.length} frames (ms): ${phases.map((p, i) => `${p} ${sums[i].toFixed(0)}`).join(', ')}, GC ${gc.toFixed(0)}`
  );
  return result;
}

export async function renderFrames({
  pageDir = buildRenderPage(),
  sizes = [1_000, 10_000, 100_000, 1_000_000],
  log = () => {},
  profile = false
} = {}) {
  const site = await serveStatic(resolve(pageDir));
  const browser = await launchChromium();
  const rows = [];
  try {
    for (const n of sizes) {
      const lanes = lanesFor(n);
      const page = await browser.newPage({
        viewport: { width: 1280, height: 800 }
      });
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`${site.url}/?events=${n}&lanes=${lanes}`);
      await page.waitForFunction(
        () =>
          window.__renderBench &&
          document.querySelector('.timeline canvas.lanes, .timeline svg.lanes') !== null &&
          (document.querySelector('.timeline canvas.lanes') === null || window.__renderBench.draws.length > 0),
        null,
        { timeout: 300_000 }
      );
      const info = await page.evaluate(() => {
        const h = window.__renderBench;
        const renderer = document.querySelector('.timeline canvas.lanes') ? 'canvas' : 'svg';
        return {
          events: h.events,
          lanes: h.lanes,
          spans: h.spans,
          generateMs: h.generateMs,
          modelMs: h.modelMs,
          renderer
        };
      });
      const { intervals, draws } = profile ? await profiled(page, log) : await pan(page);
      if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
      await page.close();
      const tag = `${info.events.toLocaleString('en')} events × ${info.lanes} lanes (${info.renderer})`;
      const big = n >= 1_000_000;
      const p = (xs, q) => Math.round(quantile(xs, q) * 100) / 100;
      const row = (name, value, unit, goal, met) => rows.push({ name: `${tag}: ${name}`, value, unit, goal, met });
      row('rAF interval p50', p(intervals, 0.5), 'ms', '', null);
      // One vsync is 16.7 ms: a frame that keeps up measures 16.7 ± scheduling jitter, a dropped frame ~33 ms.
      row(
        'rAF interval p95',
        p(intervals, 0.95),
        'ms',
        big ? '≤ 16.7 (+1 jitter)' : '',
        big ? p(intervals, 0.95) <= 17.7 : null
      );
      row('rAF interval max', p(intervals, 1), 'ms', '', null);
      row('frames over 20 ms', intervals.filter((x) => x > 20).length, `of ${intervals.length}`, '', null);
      // The SVG renderer (small traces) has no draw function of its own to time: only rAF intervals there.
      if (draws.length > 0) {
        row('draw p50', p(draws, 0.5), 'ms', '', null);
        row('draw p95', p(draws, 0.95), 'ms', big ? '≤ 16.7' : '', big ? p(draws, 0.95) <= 16.7 : null);
        row('draw max', p(draws, 1), 'ms', '', null);
      }
      row('generate trace + build model (once)', Math.round(info.generateMs + info.modelMs), 'ms', '', null);
      log(`${tag}: spans ${info.spans}, ${draws.length} draws in ${intervals.length} frames`);
    }
  } finally {
    await browser.close();
    await site.close();
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const arg = process.argv.find((a) => a.startsWith('--sizes='));
  const sizes = arg ? arg.slice(8).split(',').map(Number) : undefined;
  const profile = process.argv.includes('--profile');
  const rows = await renderFrames({
    sizes,
    profile,
    log: (s) => console.error(s)
  });
  console.log('| measure | value | unit | goal | met |\n| --- | ---: | --- | --- | --- |');
  for (const r of rows)
    console.log(`| ${r.name} | ${r.value} | ${r.unit} | ${r.goal} | ${r.met === null ? '' : r.met ? 'yes' : 'no'} |`);
}
