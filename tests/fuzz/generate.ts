/**
 * Seeded generator of random VALID asyncio programs for differential fuzzing.
 *
 * Every program terminates under CPython by construction:
 *  - "plain" workers only sleep, print, take locks/semaphores with `async with` (always released), wait on events
 *    that a dedicated setter task always sets, run threads (time.sleep inside), use wait_for/timeout on sleeps,
 *    gather leaf coroutines, and may raise at the end; only plain workers are ever cancelled;
 *  - queue workers only put/get (the total number of puts equals the total number of gets; consumers call
 *    task_done for each item, so `await q.join()` finishes) and never hold a lock, so a full queue always drains;
 *  - main gathers every worker with return_exceptions=True.
 * Only constructs listed in the issue are used (asyncio surface, time.sleep, f-strings, try/except, for loops).
 */
import { Rng } from './prng';

/** Delays as Python source: equal values on purpose (equal deadlines), and float sums like 0.1 + 0.2. */
const DELAYS = ['0', '0', '0.1', '0.1', '0.2', '0.3', '0.1 + 0.2', '0.5', '0.5', '1', '1', '0.25', '1.5', '0.7'];
const SHORT = ['0', '0.1', '0.2', '0.1 + 0.2', '0.3', '0.5'];

interface Ctx {
  rng: Rng;
  lines: string[];
  hasLock: boolean;
  hasSem: boolean;
  events: number;
  threads: boolean;
  leaves: boolean;
  /** cleanup_leaf is used (a leaf that awaits during its CancelledError cleanup). */
  cleanup: boolean;
  /** Rounds of the condition notifier (decided up front); `cond` says whether any worker waits on it. */
  condRounds: number;
  cond: boolean;
  /** The program configured logging (records go to stdout through a handler) / imported datetime. */
  logging: boolean;
  datetime: boolean;
  /** Async generators kept in the global list `gens` (finalized at shutdown when left unfinished). */
  agens: number;
}

function ind(n: number): string {
  return '    '.repeat(n);
}

/** One action inside a plain worker body at indentation `d`; `w` is the worker's display name. */
function plainAction(c: Ctx, d: number, w: string, i: number): void {
  const { rng, lines } = c;
  const p = (s: string) => lines.push(ind(d) + s);
  const k = rng.int(0, 29);
  switch (k) {
    case 27:
      c.logging = true;
      p(`log.${rng.pick(['info', 'warning', 'debug', 'error'])}("${w} logs %s at %s", ${i}, loop.time())`);
      p(`await asyncio.sleep(${rng.pick(SHORT)})`);
      break;
    case 28:
      c.datetime = true;
      p(`await asyncio.sleep(${rng.pick(DELAYS)})`);
      p(`print(f"${w} wall clock {datetime.now().isoformat()} {datetime.now() - START}")`);
      break;
    case 29: {
      // partially consume a long async generator held in a global list: shutdown_asyncgens finalizes it
      const g = c.agens++;
      p(`async for v in gens[${g}]:`);
      p(`    print("${w} got", v)`);
      p(`    if v >= ${rng.int(0, 2)}:`);
      p(`        break`);
      break;
    }
    case 0:
    case 1:
      p(`await asyncio.sleep(${rng.pick(DELAYS)})`);
      p(`print(f"${w} step ${i} at {loop.time()}")`);
      break;
    case 2:
      p(`await asyncio.sleep(0)`);
      p(`print("${w} yielded ${i}")`);
      break;
    case 3:
      if (c.hasLock) {
        p(`async with lock:`);
        p(`    print(f"${w} holds lock ${i} locked={lock.locked()}")`);
        p(`    await asyncio.sleep(${rng.pick(SHORT)})`);
      } else p(`await asyncio.sleep(${rng.pick(SHORT)})`);
      break;
    case 4:
      if (c.hasSem) {
        p(`async with sem:`);
        p(`    print("${w} in semaphore ${i}")`);
        p(`    await asyncio.sleep(${rng.pick(SHORT)})`);
      } else p(`print("${w} no semaphore ${i}")`);
      break;
    case 5:
      if (c.events > 0) {
        const e = rng.int(0, c.events - 1);
        p(`await ev${e}.wait()`);
        p(`print(f"${w} saw ev${e} at {loop.time()}")`);
      } else p(`await asyncio.sleep(${rng.pick(SHORT)})`);
      break;
    case 6:
      p(`try:`);
      p(
        `    await asyncio.wait_for(asyncio.sleep(${rng.pick(DELAYS)}), timeout=${rng.pick(['0.1', '0.3', '0.5', '1', '2'])})`
      );
      p(`    print("${w} wait_for ok ${i}")`);
      p(`except TimeoutError:`);
      p(`    print(f"${w} wait_for timeout ${i} at {loop.time()}")`);
      break;
    case 7:
      p(`try:`);
      p(`    async with asyncio.timeout(${rng.pick(['0.1', '0.3', '0.5', '1'])}):`);
      p(`        await asyncio.sleep(${rng.pick(DELAYS)})`);
      p(`        print("${w} timeout body done ${i}")`);
      p(`except TimeoutError:`);
      p(`    print(f"${w} timed out ${i} at {loop.time()}")`);
      break;
    case 8:
      c.threads = true;
      p(`r = await asyncio.to_thread(blocking, "${w}", ${rng.pick(SHORT)})`);
      p(`print(f"${w} thread result {r} at {loop.time()}")`);
      break;
    case 9: {
      c.leaves = true;
      const n = rng.int(1, 3);
      const args = Array.from(
        { length: n },
        (_, j) => `leaf("${w}.${i}.${j}", ${rng.pick(SHORT)}, ${rng.chance(0.25) ? 'True' : 'False'})`
      );
      if (rng.chance(0.5)) {
        p(`res = await asyncio.gather(${args.join(', ')}, return_exceptions=True)`);
        p(`print("${w} gathered", res)`);
      } else {
        p(`try:`);
        p(`    res = await asyncio.gather(${args.join(', ')})`);
        p(`    print("${w} gathered", res)`);
        p(`except ValueError as e:`);
        p(`    print("${w} gather failed", e)`);
      }
      break;
    }
    case 10: {
      c.leaves = true;
      const named = rng.chance(0.5);
      p(
        `t = asyncio.create_task(leaf("${w}.${i}", ${rng.pick(SHORT)}, False)${named ? `, name="${w}-child${i}"` : ''})`
      );
      p(`print("${w} created", t.get_name())`);
      p(`print("${w} child says", await t)`);
      break;
    }
    case 11:
      if (rng.chance(0.3)) {
        p(`time.sleep(${rng.pick(['0.05', '0.1', '0.2'])})`);
        p(`print(f"${w} blocked the loop until {loop.time()}")`);
      } else {
        p(`print(f"{asyncio.current_task().get_name()} is ${w}", sep="", end=" !\\n")`);
      }
      break;
    case 12:
      p(`await asyncio.sleep(${rng.pick(DELAYS)}, result=None)`);
      p(`print("${w}", ${i}, loop.time(), sep=" | ")`);
      break;
    case 13: {
      // wait_for / timeout whose inner coroutine awaits during its cancellation cleanup.
      c.cleanup = true;
      const inner = `cleanup_leaf("${w}.${i}", ${rng.pick(DELAYS)}, ${rng.pick(SHORT)})`;
      const t = rng.pick(['0.1', '0.3', '0.5', '1']);
      p(`try:`);
      if (rng.chance(0.5)) p(`    r = await asyncio.wait_for(${inner}, timeout=${t})`);
      else {
        p(`    async with asyncio.timeout(${t}):`);
        p(`        r = await ${inner}`);
      }
      p(`    print("${w} cleanup_leaf ok", r)`);
      p(`except TimeoutError:`);
      p(`    print(f"${w} cleanup timeout ${i} at {loop.time()}")`);
      break;
    }
    case 14: {
      // TaskGroup, possibly with a failing child (the others are cancelled, some with awaiting cleanup).
      c.leaves = true;
      const n = rng.int(1, 3);
      p(`try:`);
      p(`    async with asyncio.TaskGroup() as tg:`);
      for (let j = 0; j < n; j++) {
        const named = rng.chance(0.4) ? `, name="${w}-tg${i}.${j}"` : '';
        if (rng.chance(0.3)) {
          c.cleanup = true;
          p(`        tg.create_task(cleanup_leaf("${w}.${i}.${j}", ${rng.pick(DELAYS)}, ${rng.pick(SHORT)})${named})`);
        } else {
          const fail = rng.chance(0.35) ? 'True' : 'False';
          p(`        tg.create_task(leaf("${w}.${i}.${j}", ${rng.pick(SHORT)}, ${fail})${named})`);
        }
      }
      p(`        print("${w} tg body ${i}")`);
      if (rng.chance(0.5)) p(`        await asyncio.sleep(${rng.pick(SHORT)})`);
      p(`    print(f"${w} tg ok ${i} at {loop.time()}")`);
      p(`except ExceptionGroup as eg:`);
      p(`    print(f"${w} tg failed ${i} at {loop.time()}", [str(e) for e in eg.exceptions])`);
      break;
    }
    case 15: {
      // shield: the inner leaf keeps running when the outer wait gives up (or the worker is cancelled).
      c.leaves = true;
      const inner = `leaf("${w}.${i}.s", ${rng.pick(DELAYS)}, False)`;
      if (rng.chance(0.5)) {
        p(`try:`);
        p(`    r = await asyncio.wait_for(asyncio.shield(${inner}), timeout=${rng.pick(['0.1', '0.3', '1'])})`);
        p(`    print("${w} shielded ok", r)`);
        p(`except TimeoutError:`);
        p(`    print(f"${w} shield outer timed out ${i} at {loop.time()}")`);
      } else {
        p(`r = await asyncio.shield(${inner})`);
        p(`print("${w} shielded", r)`);
      }
      break;
    }
    case 16: {
      // as_completed over bare coroutines (wrapped into tasks in argument order).
      c.leaves = true;
      const n = rng.int(1, 3);
      const timed = rng.chance(0.3);
      const args = Array.from(
        { length: n },
        (_, j) => `leaf("${w}.${i}.a${j}", ${rng.pick(SHORT)}, ${!timed && rng.chance(0.25) ? 'True' : 'False'})`
      );
      if (timed) p(`try:`);
      const q = timed ? '    ' : '';
      p(
        `${q}for f in asyncio.as_completed([${args.join(', ')}]${timed ? `, timeout=${rng.pick(['0.1', '0.3'])}` : ''}):`
      );
      p(`${q}    try:`);
      p(`${q}        print("${w} as_completed", await f, loop.time())`);
      p(`${q}    except ValueError as e:`);
      p(`${q}        print("${w} as_completed error", e)`);
      if (timed) {
        p(`except TimeoutError:`);
        p(`    print(f"${w} as_completed timed out at {loop.time()}")`);
      }
      break;
    }
    case 17:
      // Condition: a dedicated notifier task bumps `cstate` condRounds times, so every wait_for target is reached.
      c.cond = true;
      p(`async with cond:`);
      p(`    await cond.wait_for(lambda: cstate >= ${rng.int(1, c.condRounds)})`);
      p(`    print(f"${w} condition met cstate={cstate} at {loop.time()}")`);
      break;
    case 18: {
      // asyncio.wait FIRST_COMPLETED / FIRST_EXCEPTION / ALL_COMPLETED (+ timeout) over tasks of leaves that succeed.
      c.leaves = true;
      const n = rng.int(1, 3);
      const ds = Array.from(
        { length: n },
        (_, j) => `asyncio.create_task(leaf("${w}.${i}.w${j}", ${rng.pick(SHORT)}, False))`
      );
      const when = rng.pick(['FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED']);
      const timeout = rng.chance(0.3) ? `, timeout=${rng.pick(['0.1', '0.2'])}` : '';
      p(`ws = [${ds.join(', ')}]`);
      p(`done, pending = await asyncio.wait(ws, return_when=asyncio.${when}${timeout})`);
      p(`print("${w} wait", len(done), len(pending), sorted([t.result() for t in done]), loop.time())`);
      if (rng.chance(0.5)) {
        p(`for t in ws:`);
        p(`    if t in pending:`);
        p(`        print("${w} cancel pending", t.cancel())`);
      }
      // `pending` is a set (hash order): gather what is pending in creation order.
      p(
        `print("${w} pending after wait", await asyncio.gather(*[t for t in ws if t in pending], return_exceptions=True))`
      );
      break;
    }
    case 19: {
      // call_soon / call_later / call_at ordering (callbacks print outside any task).
      const d1 = rng.pick(SHORT);
      p(`loop.call_later(${d1}, print, "${w} call_later ${d1} ${i}")`);
      p(`loop.call_soon(print, "${w} call_soon ${i}")`);
      p(`loop.call_later(0, lambda: print("${w} call_later 0 ${i}"))`);
      if (rng.chance(0.5)) p(`loop.call_at(loop.time() + ${rng.pick(SHORT)}, print, "${w} call_at ${i}")`);
      p(`loop.call_soon(print, "${w} call_soon b ${i}")`);
      p(`await asyncio.sleep(${rng.pick(['0', '0', '0.1', '0.5'])})`);
      p(`print(f"${w} after callbacks ${i} at {loop.time()}")`);
      break;
    }
    case 20:
      // A child cancelled before its first step never runs its body.
      c.leaves = true;
      p(`t = asyncio.create_task(leaf("${w}.${i}.never", ${rng.pick(SHORT)}, False))`);
      p(`print("${w} cancels child before start", t.cancel(${rng.chance(0.5) ? `"early ${w}"` : ''}))`);
      p(`try:`);
      p(`    await t`);
      p(`except asyncio.CancelledError as e:`);
      p(`    print("${w} child cancelled", t.cancelled(), e.args)`);
      break;
    case 21:
      // run_in_executor with a blocking function (time.sleep on the worker thread's own clock).
      c.threads = true;
      p(`r = await loop.run_in_executor(None, blocking, "${w}", ${rng.pick(SHORT)})`);
      p(`print(f"${w} executor result {r} at {loop.time()}")`);
      break;
    case 22: {
      // Cancelling a gather future itself (its children get the message; what the awaiter sees depends on them).
      c.leaves = true;
      const n = rng.int(1, 3);
      const re = rng.chance(0.5);
      const args = Array.from(
        { length: n },
        (_, j) => `leaf("${w}.${i}.g${j}", ${rng.pick(SHORT)}, ${rng.chance(0.2) ? 'True' : 'False'})`
      );
      p(`g = asyncio.gather(${args.join(', ')}${re ? ', return_exceptions=True' : ''})`);
      p(`await asyncio.sleep(${rng.pick(['0', '0.1', '0.2'])})`);
      p(`print("${w} cancel gather ->", g.cancel(${rng.chance(0.5) ? `"g ${w}"` : ''}))`);
      p(`try:`);
      p(`    print("${w} gather result", await g)`);
      p(`except asyncio.CancelledError as e:`);
      p(`    print("${w} gather cancelled", e.args)`);
      p(`except ValueError as e:`);
      p(`    print("${w} gather failed", e)`);
      break;
    }
    case 23: {
      // Task methods: done callbacks, cancel/cancelling/uncancel, cancelled/done.
      c.leaves = true;
      p(`t = asyncio.create_task(leaf("${w}.${i}.m", ${rng.pick(SHORT)}, False))`);
      p(`t.add_done_callback(lambda f: print("${w} done callback", f.cancelled(), loop.time()))`);
      p(`await asyncio.sleep(${rng.pick(SHORT)})`);
      p(`print("${w} task cancel ->", t.cancel(${rng.chance(0.5) ? `"m ${w}"` : ''}), t.cancelling(), t.done())`);
      if (rng.chance(0.3)) p(`print("${w} uncancel ->", t.uncancel(), t.cancelling())`);
      p(`try:`);
      p(`    print("${w} task result", await t)`);
      p(`except asyncio.CancelledError as e:`);
      p(`    print("${w} task cancelled", t.cancelled(), e.args)`);
      break;
    }
    case 24:
      // Queue nowait operations on a small private queue (QueueFull / QueueEmpty).
      p(`lq = asyncio.${rng.pick(['Queue', 'LifoQueue', 'PriorityQueue'])}(maxsize=${rng.int(1, 2)})`);
      p(`for v in (${rng.int(0, 9)}, ${rng.int(0, 9)}, ${rng.int(0, 9)}):`);
      p(`    try:`);
      p(`        lq.put_nowait(v)`);
      p(`    except asyncio.QueueFull:`);
      p(`        print("${w} queue full at", v, lq.qsize(), lq.full())`);
      p(`while True:`);
      p(`    try:`);
      p(`        print("${w} got", lq.get_nowait())`);
      p(`    except asyncio.QueueEmpty:`);
      p(`        print("${w} queue empty", lq.empty())`);
      p(`        break`);
      break;
    case 25:
      // asyncio.timeout rescheduled from inside its block.
      p(`try:`);
      p(`    async with asyncio.timeout(${rng.pick(['0.1', '0.3', '0.5'])}) as cm:`);
      p(`        await asyncio.sleep(${rng.pick(SHORT)})`);
      p(`        cm.reschedule(loop.time() + ${rng.pick(['0.1', '0.2', '0.5'])})`);
      p(`        await asyncio.sleep(${rng.pick(SHORT)})`);
      p(`    print(f"${w} rescheduled block done expired={cm.expired()} at {loop.time()}")`);
      p(`except TimeoutError:`);
      p(`    print(f"${w} rescheduled timeout at {loop.time()}")`);
      break;
    default:
      p(`for k in range(${rng.int(1, 3)}):`);
      p(`    await asyncio.sleep(${rng.pick(SHORT)})`);
      p(`    print(f"${w} loop {k}")`);
      break;
  }
}

export interface GeneratedProgram {
  seed: number;
  source: string;
}

/** The program for one seed (deterministic: same seed, same text). */
export function generateProgram(seed: number): GeneratedProgram {
  const rng = new Rng(seed);
  const c: Ctx = {
    rng,
    lines: [],
    hasLock: rng.chance(0.5),
    hasSem: rng.chance(0.4),
    events: rng.int(0, 2),
    threads: false,
    leaves: false,
    cleanup: false,
    condRounds: rng.int(1, 3),
    cond: false,
    logging: false,
    datetime: false,
    agens: 0
  };
  const body: string[] = [];
  const nPlain = rng.int(1, 4);
  const useQueue = rng.chance(0.5);
  const workers: { name: string; fn: string; cancellable: boolean; named: boolean }[] = [];

  // Plain workers.
  for (let wi = 0; wi < nPlain; wi++) {
    const name = `w${wi}`;
    c.lines = [];
    const guarded = rng.chance(0.4);
    const d = guarded ? 2 : 1;
    const n = rng.int(1, 5);
    for (let i = 0; i < n; i++) plainAction(c, d, name, i);
    const fails = rng.chance(0.15);
    const out: string[] = [`async def ${name}():`];
    if (guarded) {
      out.push(`    try:`, ...c.lines);
      out.push(`    except asyncio.CancelledError as e:`);
      out.push(`        print("${name} cancelled", repr(e.args))`);
      out.push(rng.chance(0.8) ? `        raise` : `        return "${name} swallowed"`);
      if (rng.chance(0.3)) out.push(`    finally:`, `        print("${name} finally")`);
    } else out.push(...c.lines);
    if (fails) out.push(`    raise ValueError("${name} failed")`);
    out.push(`    return "${name} done"`);
    body.push(...out, '');
    workers.push({ name, fn: `${name}()`, cancellable: true, named: rng.chance(0.5) });
  }

  // Queue workers: total puts == total gets.
  let qDecl = '';
  if (useQueue) {
    const kind = rng.pick(['Queue', 'Queue', 'LifoQueue', 'PriorityQueue']);
    qDecl = `q = asyncio.${kind}(maxsize=${rng.int(0, 3)})`;
    const nProd = rng.int(1, 2);
    const nCons = rng.int(1, 2);
    const counts = Array.from({ length: nProd }, () => rng.int(1, 4));
    const total = counts.reduce((a, b) => a + b, 0);
    const gets = Array.from({ length: nCons }, () => 0);
    for (let i = 0; i < total; i++) gets[i % nCons]!++;
    body.push(`async def producer(name, n, d):`);
    body.push(`    for i in range(n):`);
    body.push(`        await q.put((i, name))`);
    body.push(`        print(f"{name} put {i} qsize={q.qsize()} at {loop.time()}")`);
    body.push(`        await asyncio.sleep(d)`);
    body.push(`    return name`, '');
    body.push(`async def consumer(name, n, d):`);
    body.push(`    got = []`);
    body.push(`    for _ in range(n):`);
    body.push(`        item = await q.get()`);
    body.push(`        print(f"{name} got {item} at {loop.time()}")`);
    body.push(`        got.append(item[0])`);
    body.push(`        await asyncio.sleep(d)`);
    body.push(`        q.task_done()`);
    body.push(`    return got`, '');
    counts.forEach((n, i) =>
      workers.push({
        name: `p${i}`,
        fn: `producer("p${i}", ${n}, ${rng.pick(SHORT)})`,
        cancellable: false,
        named: rng.chance(0.5)
      })
    );
    gets.forEach((n, i) => {
      if (n > 0)
        workers.push({
          name: `c${i}`,
          fn: `consumer("c${i}", ${n}, ${rng.pick(SHORT)})`,
          cancellable: false,
          named: rng.chance(0.5)
        });
    });
  }

  // Header (after the bodies, which decided whether threads and leaves are needed).
  const head: string[] = [`# fuzz program, seed ${seed}`, 'import asyncio', 'import time', ''];
  if (c.logging) {
    const fmt = rng.pick([
      '%(asctime)s %(levelname)s %(name)s: %(message)s',
      '%(levelname)-8s %(funcName)s:%(lineno)d %(message)s',
      '{asctime} [{threadName}] {message}'
    ]);
    head.splice(2, 0, 'import logging', 'import sys');
    head.push(
      `logging.basicConfig(stream=sys.stdout, level=logging.${rng.pick(['INFO', 'DEBUG', 'WARNING'])}, format=${JSON.stringify(fmt)}${fmt.startsWith('{') ? ', style="{"' : ''})`,
      'log = logging.getLogger("fuzz")',
      ''
    );
  }
  if (c.datetime) {
    head.splice(2, 0, 'from datetime import datetime');
    head.push('START = datetime.now()', '');
  }
  if (c.agens > 0) {
    head.push(
      'async def ticker(tag, d):',
      '    try:',
      '        for i in range(1000):',
      '            yield i',
      '            await asyncio.sleep(d)',
      '    finally:',
      '        print(f"ticker {tag} finally at {asyncio.get_running_loop().time()}")',
      `        await asyncio.sleep(${rng.pick(SHORT)})`,
      '        print(f"ticker {tag} closed")',
      '',
      `gens = [${Array.from({ length: c.agens }, (_, g) => `ticker(${g}, ${rng.pick(SHORT)})`).join(', ')}]`,
      ''
    );
  }
  head.push('loop = None', '');
  if (c.threads) {
    head.push(
      'def blocking(who, d):',
      '    time.sleep(d)',
      '    print(f"thread for {who} slept {d}")',
      '    return d * 2',
      ''
    );
  }
  if (c.cleanup) {
    head.push(
      'async def cleanup_leaf(tag, d, c):',
      '    try:',
      '        await asyncio.sleep(d)',
      '        print("leaf", tag)',
      '        return tag',
      '    except asyncio.CancelledError as e:',
      '        print(f"cleanup {tag} {e.args} at {loop.time()}")',
      '        await asyncio.sleep(c)',
      '        print(f"cleanup {tag} done at {loop.time()}")',
      '        raise',
      ''
    );
  }
  if (c.cond) {
    head.push(
      'cstate = 0',
      '',
      'async def notifier(rounds, d):',
      '    global cstate',
      '    for _ in range(rounds):',
      '        await asyncio.sleep(d)',
      '        async with cond:',
      '            cstate += 1',
      '            print(f"notify cstate={cstate} at {loop.time()}")',
      // The last round wakes everyone, so a waiter whose target is reached is never left waiting.
      `            ${rng.pick(['cond.notify_all()', 'cond.notify_all()', 'cond.notify(1) if _ < rounds - 1 else cond.notify_all()', 'cond.notify(2) if _ < rounds - 1 else cond.notify_all()'])}`,
      ''
    );
  }
  if (c.leaves) {
    head.push(
      'async def leaf(tag, d, fail):',
      '    await asyncio.sleep(d)',
      '    if fail:',
      '        raise ValueError(tag)',
      '    print("leaf", tag)',
      '    return tag',
      ''
    );
  }

  // main.
  const m: string[] = ['async def main():', '    global loop', '    loop = asyncio.get_running_loop()'];
  if (c.hasLock || c.hasSem || c.events > 0 || useQueue || c.cond) {
    const decls: string[] = [];
    if (c.cond) decls.push('cond');
    if (c.hasLock) decls.push('lock');
    if (c.hasSem) decls.push('sem');
    for (let e = 0; e < c.events; e++) decls.push(`ev${e}`);
    if (useQueue) decls.push('q');
    m.push(`    global ${decls.join(', ')}`);
  }
  if (c.cond) m.push('    cond = asyncio.Condition()');
  if (c.hasLock) m.push('    lock = asyncio.Lock()');
  if (c.hasSem) m.push(`    sem = asyncio.${rng.pick(['Semaphore', 'BoundedSemaphore'])}(${rng.int(1, 2)})`);
  for (let e = 0; e < c.events; e++) m.push(`    ev${e} = asyncio.Event()`);
  if (useQueue) m.push(`    ${qDecl}`);
  // Shuffle creation order a little.
  const order = workers.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  m.push('    tasks = []');
  for (const i of order) {
    const w = workers[i]!;
    m.push(`    tasks.append(asyncio.create_task(${w.fn}${w.named ? `, name="${w.name}"` : ''}))`);
  }
  const setters: string[] = [];
  for (let e = 0; e < c.events; e++) {
    head.push(
      `async def set_ev${e}(d):`,
      '    await asyncio.sleep(d)',
      `    print(f"setting ev${e} at {loop.time()}")`,
      `    ev${e}.set()`,
      ''
    );
    setters.push(`set_ev${e}(${rng.pick(DELAYS)})`);
  }
  for (const s of setters) m.push(`    tasks.append(asyncio.create_task(${s}))`);
  if (c.cond) m.push(`    tasks.append(asyncio.create_task(notifier(${c.condRounds}, ${rng.pick(SHORT)})))`);
  // Cancel a worker before its first step (its body, even `finally`, never runs).
  const cancellable = order.map((oi, pos) => ({ w: workers[oi]!, pos })).filter((x) => x.w.cancellable);
  if (cancellable.length && rng.chance(0.15)) {
    const x = rng.pick(cancellable);
    m.push(`    print("cancel ${x.w.name} before it starts ->", tasks[${x.pos}].cancel())`);
  }
  m.push(`    print("main created", len(tasks), "tasks")`);
  // Main's own actions: sleeps and cancellations of plain workers.
  const nMain = rng.int(0, 3);
  for (let i = 0; i < nMain; i++) {
    m.push(`    await asyncio.sleep(${rng.pick(DELAYS)})`);
    const cands = order.map((oi, pos) => ({ w: workers[oi]!, pos })).filter((x) => x.w.cancellable);
    if (cands.length && rng.chance(0.5)) {
      const x = rng.pick(cands);
      const msg = rng.chance(0.5) ? `"stop ${x.w.name}"` : '';
      m.push(`    print("cancel ${x.w.name} ->", tasks[${x.pos}].cancel(${msg}))`);
    } else {
      m.push(`    print(f"main tick ${i} at {loop.time()}")`);
    }
  }
  m.push('    results = await asyncio.gather(*tasks, return_exceptions=True)');
  m.push('    for r in results:');
  m.push('        print("result:", repr(r))');
  if (useQueue) m.push('    await q.join()', '    print("queue joined", q.qsize(), q.empty())');
  // How the program runs main: asyncio.run, or the loop API older tutorials use.
  const run = rng.pick(['run', 'run', 'loop', 'loop-set']);
  if (run !== 'run') {
    // no asyncio.run to cancel what is left (a leaf abandoned by wait/as_completed): main does it, in name order
    m.push(
      '    rest = sorted((t for t in asyncio.all_tasks() if t is not asyncio.current_task()), key=lambda t: t.get_name())'
    );
    m.push('    for t in rest:', '        t.cancel()', '    await asyncio.gather(*rest, return_exceptions=True)');
  }
  m.push(`    print(f"main done at {loop.time()}")`);

  const tail =
    run === 'run'
      ? ['asyncio.run(main())']
      : [
          'ev_loop = asyncio.new_event_loop()',
          ...(run === 'loop-set' ? ['asyncio.set_event_loop(ev_loop)'] : []),
          'print("returned:", ev_loop.run_until_complete(main()))',
          ...(c.agens > 0 || rng.chance(0.5) ? ['ev_loop.run_until_complete(ev_loop.shutdown_asyncgens())'] : []),
          ...(c.threads ? ['ev_loop.run_until_complete(ev_loop.shutdown_default_executor())'] : []),
          'ev_loop.close()',
          'print("closed", ev_loop.is_closed())'
        ];
  const source = [...head, ...body, ...m, '', ...tail, ''].join('\n');
  return { seed, source };
}
