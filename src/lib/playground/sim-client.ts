/**
 * Runs programs in the simulation worker with a wall-clock budget.
 * Invariants: at most one request is in the worker at a time (`busy`); at most one waits (`queued`, the newest — an
 * older waiting request is answered `superseded`, since only the latest edit matters); a request that is not answered
 * within `timeoutMs` is answered `timeout`, and the worker is terminated and replaced, so the next run starts clean.
 */
import type { SimReply, SimRequest } from './protocol';
import { isNotice, type ExactProgress } from '../exact/protocol';

/** What SimClient needs of a worker (a Worker, or the exact engine's port in its host frame). */
export interface WorkerLike {
  postMessage(req: SimRequest): void;
  terminate(): void;
  onmessage: ((e: MessageEvent) => void) | null;
}

export type SimOutcome = { kind: 'done'; reply: SimReply } | { kind: 'timeout'; ms: number } | { kind: 'superseded' };

interface Job {
  source: string;
  resolve: (o: SimOutcome) => void;
}

export class SimClient {
  private worker: WorkerLike | null = null;
  private busy: (Job & { id: number; timer: ReturnType<typeof setTimeout> | undefined }) | null = null;
  private queued: Job | null = null;
  private nextId = 1;
  /** Workers started so far (1 + restarts), for the e2e test. */
  started = 0;

  constructor(
    private readonly makeWorker: () => WorkerLike,
    private readonly options: {
      file: string;
      stepBudget: number;
      timeoutMs: number;
      /** Exact engine hook: the runtime's loading progress (the worker's `progress` notices). */
      onProgress?: (p: ExactProgress) => void;
      /** Exact engine hook: the budget starts at the worker's `started` notice instead of at posting. */
      budgetFromStart?: boolean;
    }
  ) {}

  run(source: string): Promise<SimOutcome> {
    return new Promise((resolve) => {
      this.queued?.resolve({ kind: 'superseded' });
      this.queued = { source, resolve };
      this.pump();
    });
  }

  dispose(): void {
    if (this.busy) clearTimeout(this.busy.timer);
    this.worker?.terminate();
    this.worker = null;
  }

  private ensureWorker(): WorkerLike {
    if (this.worker) return this.worker;
    const w = this.makeWorker();
    this.started++;
    w.onmessage = (e: MessageEvent) => {
      // Exact engine hook (src/lib/exact/protocol.ts): progress while its runtime loads; `started` restarts the
      // budget when the program itself begins, so a cold start is not charged to the program.
      if (!isNotice(e.data)) return this.answer(e.data as SimReply);
      if (e.data.kind === 'progress') this.options.onProgress?.(e.data);
      else if (this.busy && this.busy.id === e.data.id) {
        clearTimeout(this.busy.timer);
        const id = this.busy.id;
        this.busy.timer = setTimeout(() => this.expire(id), this.options.timeoutMs);
      }
    };
    this.worker = w;
    return w;
  }

  private pump(): void {
    if (this.busy || !this.queued) return;
    const job = this.queued;
    this.queued = null;
    const id = this.nextId++;
    const timer = this.options.budgetFromStart ? undefined : setTimeout(() => this.expire(id), this.options.timeoutMs);
    this.busy = { ...job, id, timer };
    const req: SimRequest = { id, source: job.source, file: this.options.file, stepBudget: this.options.stepBudget };
    this.ensureWorker().postMessage(req);
  }

  private answer(reply: SimReply): void {
    const job = this.busy;
    if (!job || job.id !== reply.id) return;
    clearTimeout(job.timer);
    this.busy = null;
    job.resolve({ kind: 'done', reply });
    this.pump();
  }

  private expire(id: number): void {
    const job = this.busy;
    if (!job || job.id !== id) return;
    this.worker?.terminate();
    this.worker = null;
    this.busy = null;
    // A fresh worker at once: it loads the simulator while the user reads the error, so the next edit runs fast.
    this.ensureWorker();
    job.resolve({ kind: 'timeout', ms: this.options.timeoutMs });
    this.pump();
  }
}
