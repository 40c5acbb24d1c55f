/**
 * The playground's simulation worker: untrusted programs run here, off the page's thread, so a program that spins
 * cannot freeze the UI. The interpreter's step budget stops most runaway programs; the page terminates this worker
 * when it does not answer in time (SimClient) and starts a fresh one.
 */
import { simulate } from '../simulate';
import type { SimReply, SimRequest } from './protocol';

self.onmessage = (e: MessageEvent<SimRequest>) => {
  const { id, source, file, stepBudget } = e.data;
  let reply: SimReply;
  try {
    const r = simulate(source, { file, stepBudget });
    reply = { id, ok: true, events: r.events, stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
  } catch (err) {
    reply = { id, ok: false, crash: err instanceof Error ? err.message : String(err) };
  }
  self.postMessage(reply);
};
