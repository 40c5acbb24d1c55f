/**
 * The exact engine's worker: real CPython 3.14 (pyodide) running untrusted programs off the page's thread.
 * Started by static/exact/host.js from a blob: bootstrap, so it runs under host.html's policy (WebAssembly allowed,
 * eval and new Function not). It talks only over the MessagePort it gets first.
 *
 * Order, on purpose: download the runtime from this site (progress reported), start pyodide, install and seal the
 * Python side (runtime.ts), then remove this worker's own ways out (network, nested workers, script loading) before
 * the first program runs, so it has nothing the simulator's worker uses: a program gets only its trace back.
 */
import type { PyodideInterface } from 'pyodide';
import { formatError } from '../errors/catalog';
import type { SimReply, SimRequest } from '../playground/protocol';
import { PYODIDE_FILES } from './files';
import type { ExactNotice } from './protocol';
import { startRuntime, type ExactRuntime } from './runtime';

type LoadPyodide = (options: Record<string, unknown>) => Promise<PyodideInterface>;

/** Globals a program could use to reach the network or run more code, removed after the runtime has loaded. */
const WAYS_OUT = [
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'WebTransport',
  'EventSource',
  'importScripts',
  'Worker',
  'SharedWorker',
  'BroadcastChannel',
  'indexedDB',
  'caches',
  'RTCPeerConnection'
];

function removeWaysOut(): void {
  for (const name of WAYS_OUT) {
    for (let o: object | null = globalThis; o !== null; o = Object.getPrototypeOf(o)) {
      if (Object.prototype.hasOwnProperty.call(o, name)) delete (o as Record<string, unknown>)[name];
    }
    if ((globalThis as Record<string, unknown>)[name] !== undefined) {
      Object.defineProperty(globalThis, name, { value: undefined, configurable: false, writable: false });
    }
  }
}

/** Downloads the runtime's files once, reporting bytes, and answers pyodide's own fetches for them from memory. */
async function prefetch(base: string, notify: (n: ExactNotice) => void): Promise<Map<string, Uint8Array>> {
  const urls = PYODIDE_FILES.filter((f) => f !== 'pyodide.mjs' && f !== 'pyodide.asm.mjs').map(
    (f) => new URL(`pyodide/${f}`, base).href
  );
  const responses = await Promise.all(urls.map((u) => fetch(u)));
  for (const [i, r] of responses.entries()) if (!r.ok) throw new Error(`${urls[i]}: HTTP ${r.status}`);
  const total = responses.reduce((n, r) => n + Number(r.headers.get('content-length') ?? 0), 0);
  let loaded = 0;
  const bodies = await Promise.all(
    responses.map(async (r) => {
      const chunks: Uint8Array[] = [];
      const reader = r.body!.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        loaded += value.length;
        notify({ kind: 'progress', loaded, total: Math.max(total, loaded), phase: 'download' });
      }
      const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
      let at = 0;
      for (const c of chunks) {
        out.set(c, at);
        at += c.length;
      }
      return out;
    })
  );
  return new Map(urls.map((u, i) => [u, bodies[i]!]));
}

async function load(base: string, notify: (n: ExactNotice) => void): Promise<ExactRuntime> {
  const cached = await prefetch(base, notify);
  const realFetch = globalThis.fetch.bind(globalThis);
  const types: Record<string, string> = { wasm: 'application/wasm', json: 'application/json', zip: 'application/zip' };
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url, base).href;
    const body = cached.get(url);
    if (!body) return realFetch(input, init);
    const type = types[url.slice(url.lastIndexOf('.') + 1)] ?? 'application/octet-stream';
    return Promise.resolve(new Response(body as BodyInit, { headers: { 'content-type': type } }));
  };
  const total = [...cached.values()].reduce((n, b) => n + b.length, 0);
  notify({ kind: 'progress', loaded: total, total, phase: 'start' });
  const mod = (await import(/* @vite-ignore */ new URL('pyodide/pyodide.mjs', base).href)) as {
    loadPyodide: LoadPyodide;
  };
  const py = await mod.loadPyodide({
    indexURL: new URL('pyodide/', base).href,
    stdout: () => {},
    stderr: () => {},
    packages: []
  });
  const runtime = await startRuntime(py, async (f) => {
    const r = await realFetch(new URL(`py/${f.target}`, base).href);
    return r.ok ? r.text() : null;
  });
  removeWaysOut();
  notify({ kind: 'progress', loaded: total, total, phase: 'ready' });
  return runtime;
}

function serve(port: MessagePort, base: string): void {
  const notify = (n: ExactNotice) => port.postMessage(n);
  const ready = load(base, notify);
  // A request waits for the runtime; SimClient's budget starts at `started`.
  port.onmessage = async (e: MessageEvent<SimRequest>) => {
    const { id, source, file } = e.data;
    let reply: SimReply;
    let runtime: ExactRuntime;
    try {
      runtime = await ready;
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      port.postMessage({ id, ok: false, crash: `AIO-E002: ${formatError('AIO-E002', { detail }).message}` });
      return;
    }
    notify({ kind: 'started', id });
    try {
      const r = runtime.run(source, file);
      reply = { id, ok: true, events: r.events, stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      reply = { id, ok: false, crash: `AIO-E005: ${formatError('AIO-E005', { detail }).message}` };
    }
    port.postMessage(reply);
  };
}

self.onmessage = (e: MessageEvent<{ type?: string; base?: string }>) => {
  const port = e.ports[0];
  if (e.data?.type !== 'aioscope-exact-init' || !port || typeof e.data.base !== 'string') return;
  self.onmessage = null;
  serve(port, e.data.base);
};
