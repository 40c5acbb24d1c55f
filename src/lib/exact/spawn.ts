/**
 * Starts the exact engine's worker the only way that gives it a Content-Security-Policy on a static host: inside a
 * hidden same-origin frame (static/exact/host.html, the one policy with 'wasm-unsafe-eval') that starts it from a
 * blob: bootstrap and hands back a MessagePort. The pages keep their own, stricter policy. Returned as a WorkerLike
 * for SimClient; terminate() removes the frame, which ends the worker.
 */
import type { SimRequest } from '../playground/protocol';
import type { WorkerLike } from '../playground/sim-client';
import workerUrl from './exact.worker.ts?worker&url';

/** `base` is the site's base path ('' at the root; SvelteKit's `base`). */
export function spawnExactWorker(base: string): WorkerLike {
  const frame = document.createElement('iframe');
  const pending: SimRequest[] = [];
  let port: MessagePort | null = null;
  const like: WorkerLike = {
    onmessage: null,
    postMessage(req) {
      if (port) port.postMessage(req);
      else pending.push(req);
    },
    terminate() {
      window.removeEventListener('message', onFrame);
      port?.close();
      frame.remove();
    }
  };
  function onFrame(e: MessageEvent) {
    if (e.source !== frame.contentWindow || e.origin !== window.location.origin) return;
    const data = e.data as { type?: string; detail?: string };
    if (data?.type === 'aioscope-exact-port' && e.ports[0]) {
      port = e.ports[0];
      port.onmessage = (m) => like.onmessage?.(m);
      for (const req of pending.splice(0)) port.postMessage(req);
    } else if (data?.type === 'aioscope-exact-error') {
      // Answer what is waiting as a load failure, in the reply shape SimClient expects.
      for (const req of pending.splice(0)) {
        like.onmessage?.({ data: { id: req.id, ok: false, crash: `AIO-E002: ${data.detail ?? ''}` } } as MessageEvent);
      }
    }
  }
  window.addEventListener('message', onFrame);
  frame.hidden = true;
  frame.title = 'aioscope exact engine';
  frame.setAttribute('aria-hidden', 'true');
  frame.src = `${base}/exact/host.html?worker=${encodeURIComponent(new URL(workerUrl, window.location.href).pathname)}`;
  document.body.append(frame);
  return like;
}
