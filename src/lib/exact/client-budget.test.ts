/**
 * The exact engine's hooks in SimClient: the runtime's progress notices reach the page, and the wall-clock budget
 * counts from the worker's `started` notice (a cold start's download is not charged), then a stuck program's worker
 * is terminated like the simulator's.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SimRequest } from '../playground/protocol';
import { SimClient, type WorkerLike } from '../playground/sim-client';
import type { ExactProgress } from './protocol';

class FakeExactWorker implements WorkerLike {
  static all: FakeExactWorker[] = [];
  requests: SimRequest[] = [];
  terminated = false;
  onmessage: ((e: MessageEvent) => void) | null = null;
  constructor() {
    FakeExactWorker.all.push(this);
  }
  postMessage(req: SimRequest) {
    this.requests.push(req);
  }
  terminate() {
    this.terminated = true;
  }
  send(data: unknown) {
    this.onmessage?.({ data } as MessageEvent);
  }
}

afterEach(() => vi.useRealTimers());

describe('SimClient driving the exact engine', () => {
  it('forwards progress, starts the budget at `started`, and terminates a program that outlives it', async () => {
    vi.useFakeTimers();
    FakeExactWorker.all = [];
    const progress: ExactProgress[] = [];
    const client = new SimClient(() => new FakeExactWorker(), {
      file: 'main.py',
      stepBudget: 0,
      timeoutMs: 10_000,
      onProgress: (p) => progress.push(p),
      budgetFromStart: true
    });
    const run = client.run('while True: pass');
    const w = FakeExactWorker.all[0]!;
    const id = w.requests[0]!.id;
    // a slow download: a minute passes with no budget running
    w.send({ kind: 'progress', loaded: 1e6, total: 14e6, phase: 'download' });
    vi.advanceTimersByTime(60_000);
    expect(w.terminated).toBe(false);
    w.send({ kind: 'progress', loaded: 14e6, total: 14e6, phase: 'ready' });
    expect(progress.map((p) => p.phase)).toEqual(['download', 'ready']);
    w.send({ kind: 'started', id: id + 99 }); // another request's notice: ignored
    w.send({ kind: 'started', id });
    vi.advanceTimersByTime(9_999);
    expect(w.terminated).toBe(false);
    vi.advanceTimersByTime(1);
    expect(await run).toEqual({ kind: 'timeout', ms: 10_000 });
    expect(w.terminated).toBe(true);
    expect(FakeExactWorker.all).toHaveLength(2); // a fresh engine starts loading for the next run
  });

  it('answers a program that finishes in time', async () => {
    FakeExactWorker.all = [];
    const client = new SimClient(() => new FakeExactWorker(), {
      file: 'main.py',
      stepBudget: 0,
      timeoutMs: 10_000,
      budgetFromStart: true
    });
    const run = client.run('print(1)');
    const w = FakeExactWorker.all[0]!;
    const id = w.requests[0]!.id;
    w.send({ kind: 'started', id });
    w.send({ id, ok: true, events: [], stdout: '1\n', stderr: '', exitCode: 0 });
    expect(await run).toMatchObject({ kind: 'done', reply: { stdout: '1\n' } });
    client.dispose();
  });
});
