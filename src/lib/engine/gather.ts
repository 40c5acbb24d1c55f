import type { Awaiting } from '../trace/events';
import { ensureFuture, type Awaitable } from './awaitables';
import { Future } from './futures';
import type { EventLoop } from './loop';
import { Task } from './tasks';

/**
 * tasks._GatheringFuture: the future gather() returns.
 *
 * Invariants: `children` are in argument order (duplicates share one future); cancel() cancels the children rather
 * than itself and records `_cancel_requested`, so the outer future ends with CancelledError only after every child
 * finished.
 */
export class GatheringFuture extends Future {
  _cancel_requested = false;

  constructor(
    loop: EventLoop,
    readonly children: Future[]
  ) {
    super(loop);
  }

  override get className(): string {
    return '_GatheringFuture';
  }

  override describeAwaiting(): Awaiting {
    const names = this.children.map((c) => (c instanceof Task ? c.name : 'Future'));
    const childIds = this.children.map((c) => (c instanceof Task ? c.tid : null));
    return { kind: 'gather', children: names, childIds, label: `gather(${names.join(', ')})` };
  }

  override cancel(msg: string | null = null): boolean {
    if (this.done()) return false;
    let ret = false;
    for (const child of this.children) {
      if (child.cancel(msg, 'gather cancel')) ret = true;
    }
    if (ret) this._cancel_requested = true;
    return ret;
  }
}

/** asyncio.gather(*aws, return_exceptions=) — returns a future, as in CPython. */
export function gather(loop: EventLoop, aws: Awaitable[], returnExceptions: boolean): Future {
  const host = loop.host;
  if (aws.length === 0) {
    const outer = loop.create_future();
    outer.set_result([]);
    return outer;
  }
  const countDoneAtOnce = loop.ctx.features.gatherCountsDoneAtOnce;
  let nfuts = 0;
  let nfinished = 0;
  let outer: GatheringFuture | null = null;
  const children: Future[] = [];
  const argToFut = new Map<Awaitable, Future>();
  const doneFuts: Future[] = [];

  const doneCallback = (fut: Future): void => {
    nfinished += 1;
    if (outer === null || outer.done()) {
      if (!fut.cancelled()) fut.exception();
      return;
    }
    if (!returnExceptions) {
      if (fut.cancelled()) {
        outer.set_exception(fut._make_cancelled_error());
        return;
      }
      const exc = fut.exception();
      if (exc !== null) {
        outer.set_exception(exc);
        return;
      }
    }
    if (nfinished === nfuts) {
      const results = children.map((f) => {
        if (f.cancelled()) return host.makeError('CancelledError', f._cancel_message ?? '');
        const e = f.exception();
        return e !== null ? e : f.result();
      });
      // CPython's `for fut in children:` above rebinds `fut`: the error comes from the LAST child, not the one that
      // just finished — a last child that finished normally gives CancelledError() without the cancel message.
      if (outer._cancel_requested) outer.set_exception(children[children.length - 1]!._make_cancelled_error());
      else outer.set_result(results);
    }
  };

  for (const arg of aws) {
    let fut = argToFut.get(arg);
    if (fut === undefined) {
      fut = ensureFuture(loop, arg);
      nfuts += 1;
      argToFut.set(arg, fut);
      if (countDoneAtOnce && fut.done()) doneFuts.push(fut);
      else fut.add_done_callback(doneCallback, { label: 'gather._done_callback' });
    }
    children.push(fut);
  }
  outer = new GatheringFuture(loop, children);
  for (const f of doneFuts) doneCallback(f);
  return outer;
}
