import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SimReply, SimRequest } from './protocol';
import { SimClient } from './sim-client';

/** A stand-in worker: records requests; the test answers them (or not) by hand. */
class FakeWorker {
  static all: FakeWorker[] = [];
  requests: SimRequest[] = [];
  terminated = false;
  onmessage: ((e: MessageEvent<SimReply>) => void) | null = null;
  constructor() {
    FakeWorker.all.push(this);
  }
  postMessage(req: SimRequest) {
    this.requests.push(req);
  }
  terminate() {
    this.terminated = true;
  }
  answer(id: number) {
    this.onmessage?.({
      data: { id, ok: true, events: [], stdout: `run ${id}`, stderr: '', exitCode: 0 }
    } as MessageEvent);
  }
}

const make = () => {
  FakeWorker.all = [];
  return new SimClient(() => new FakeWorker() as unknown as Worker, {
    file: 'main.py',
    stepBudget: 10,
    timeoutMs: 2000
  });
};

afterEach(() => vi.useRealTimers());

describe('SimClient', () => {
  it('runs one request at a time; only the newest waiting one runs next', async () => {
    const client = make();
    const first = client.run('a');
    const second = client.run('b');
    const third = client.run('c');
    const w = FakeWorker.all[0]!;
    expect(w.requests.map((r) => r.source)).toEqual(['a']);
    expect(await second).toEqual({ kind: 'superseded' });
    w.answer(w.requests[0]!.id);
    expect(await first).toMatchObject({ kind: 'done', reply: { stdout: 'run 1' } });
    expect(w.requests.map((r) => r.source)).toEqual(['a', 'c']);
    w.answer(w.requests[1]!.id);
    expect(await third).toMatchObject({ kind: 'done' });
    expect(client.started).toBe(1);
  });

  it('a request not answered in time times out; the worker is replaced and the next request runs there', async () => {
    vi.useFakeTimers();
    const client = make();
    const stuck = client.run('while True: pass');
    const queued = client.run('print(1)');
    vi.advanceTimersByTime(1999);
    expect(FakeWorker.all[0]!.terminated).toBe(false);
    vi.advanceTimersByTime(1);
    expect(await stuck).toEqual({ kind: 'timeout', ms: 2000 });
    expect(FakeWorker.all[0]!.terminated).toBe(true);
    expect(client.started).toBe(2);
    const fresh = FakeWorker.all[1]!;
    expect(fresh.requests.map((r) => r.source)).toEqual(['print(1)']);
    FakeWorker.all[0]!.answer(1); // a late answer from the dead worker is ignored
    fresh.answer(fresh.requests[0]!.id);
    expect(await queued).toMatchObject({ kind: 'done', reply: { id: fresh.requests[0]!.id } });
  });
});
