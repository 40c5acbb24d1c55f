/**
 * Runs one Python program: parse → scope analysis → closure compilation → execute the module body with a fresh
 * engine (asyncio.run inside it drives the event loop). Produces the trace plus the bytes python3 would print.
 * Deterministic and synchronous; every failure mode ends the trace with `exit`.
 */
import { Engine, LoopSpinning, SimulationStuck } from '../../engine';
import { floatRepr } from '../format/float-repr';
import { formatError, formatLocation, type ErrorCode } from '../../errors/catalog';
import type { TraceEvent } from '../../trace/events';
import type { Module, Stmt } from '../ast';
import { ParseError, parse } from '../parser';
import { E } from '../runtime/exceptions';
import { MEMORY_LIMIT } from '../runtime/memory';
import { PyException, PyModule, type PyValue } from '../runtime/objects';
import { str } from '../runtime/ops';
import { Compiler } from './compile';
import { enter, leave, PyRuntime } from '../runtime/py-runtime';
import { BudgetAbort, Frame } from './frame';
import { importModule, moduleFactories, UnsupportedError, warnLeftoverCoroutines, type Session } from './hooks';
import { makeHost } from './host';
import { TraceWatch } from './trace-watch';
import { analyze } from './scope';
import { excOnly, formatException, toPyException } from './traceback';
import '../modules';

export interface RunOptions {
  file?: string;
  python?: '3.11' | '3.14';
  stepBudget?: number;
  /** Stop with AIO-R002 after this many tasks (default TASK_LIMIT). */
  taskLimit?: number;
  /** Stop with AIO-R007 once the trace holds this many events (default EVENT_LIMIT). */
  eventLimit?: number;
  /** Memory budget in estimated bytes per value (default MEMORY_LIMIT, runtime/memory.ts): MemoryError past it. */
  memoryLimit?: number;
  /**
   * Stream the trace: events go to `sink` in batches as they are made and are not kept (RunResult.events is then
   * empty). The CLI writes traces of any length this way in constant memory.
   */
  sink?: (events: TraceEvent[]) => void;
}

export interface RunResult {
  events: TraceEvent[];
  /** What the trace's `error` event says (null when the run ended without one). */
  error: { type: string; message: string; code?: string } | null;
  stdout: string;
  stderr: string;
  exitCode: number;
}

const OUTPUT_LIMIT = 1_000_000;
/** Runaway task creation stops here (AIO-R002); the 10,000-task benchmark stays well below. */
const TASK_LIMIT = 50_000;
/** A trace longer than this is not kept (AIO-R007): memory stays bounded for programs that yield forever. */
const EVENT_LIMIT = 1_000_000;

export function runProgram(source: string, options: RunOptions = {}): RunResult {
  // every run gets its own runtime (frame, budgets, ids, output sink …); the one active before is put back after
  const rt = new PyRuntime(options.python ?? '3.14');
  const prev = enter(rt);
  try {
    return runIn(rt, source, options);
  } finally {
    leave(prev);
  }
}

function runIn(rt: PyRuntime, source: string, options: RunOptions): RunResult {
  const file = options.file ?? 'main.py';
  const version = rt.version;
  const host = makeHost();
  const eventLimit = options.eventLimit ?? EVENT_LIMIT;
  const watch = new TraceWatch(eventLimit);
  const engine = new Engine({ host, python: version, onEvent: watch.see });
  const tracer = engine.tracer;
  if (options.sink) tracer.streamTo(options.sink);
  rt.mainFile = file;
  rt.loopFrame = null;
  rt.yieldFrame = null;
  rt.currentTaskBody = () => engine.runningTask()?.get_coro().body ?? null;
  rt.loopRunning = () => engine.loopRunning();
  /** stderr text that is not a print event (warnings, tracebacks), after the events written so far. */
  const writeErr = (text: string) => watch.err(text);

  const start = tracer.emit({ kind: 'run.start', version: 1, python: version, loop: 'asyncio', debug: false, file });
  const finish = (exitCode: number): RunResult => {
    engine.finish();
    tracer.emit({ kind: 'exit', code: exitCode });
    tracer.releaseFirst();
    tracer.drain(true);
    rt.frame = null;
    return { events: tracer.events, error: watch.error, stdout: watch.stdout, stderr: watch.stderr, exitCode };
  };
  const fail = (
    code: ErrorCode,
    params: Record<string, string | number>,
    line: number | null,
    col: number,
    exitCode: number,
    message?: string
  ): RunResult => {
    const f = message === undefined ? formatError(code, params) : { message };
    writeErr(formatLocation(file, line ?? 1, col, f.message) + '\n');
    tracer.emit({ kind: 'error', type: code, message: f.message, code });
    return finish(exitCode);
  };

  // a UTF-8 BOM is not part of the program (CPython's tokenizer skips it); NUL bytes are refused before tokenizing
  if (source.charCodeAt(0) === 0xfeff) source = source.slice(1);
  const nul = source.indexOf('\0');
  if (nul >= 0) {
    const nulLine = source.slice(0, nul).split('\n').length;
    return fail('AIO-P001', { detail: 'source code cannot contain null bytes' }, nulLine, 0, 2);
  }
  let mod: Module;
  try {
    mod = parse(source, file);
  } catch (e) {
    // the ParseError's message is already filled from the catalog with the right params
    if (e instanceof ParseError) return fail(e.code, {}, e.line, e.col, 2, e.message);
    throw e;
  }

  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  let printed = 0;
  const sess: Session = {
    host,
    engine,
    filename: file,
    source: lines,
    version,
    modules: new Map(),
    coroutines: [],
    coroutinesKept: 0,
    writeErr,
    warn(category, message, where) {
      tracer.emit({ kind: 'warning', category, message });
      if (where) {
        let t = `${where.file}:${where.line}: ${category}: ${message}\n`;
        if (where.text) t += `  ${where.text}\n`;
        if (where.tracemalloc !== false)
          t += `${category}: Enable tracemalloc to get the object allocation traceback\n`;
        writeErr(t);
      } else writeErr(`sys:1: ${category}: ${message}\n`);
    }
  };
  rt.session = sess;
  rt.memoryLimit = options.memoryLimit ?? MEMORY_LIMIT;
  rt.write = (text, stream) => {
    printed += text.length;
    if (printed > OUTPUT_LIMIT) throw new BudgetAbort('AIO-R004', { limit: OUTPUT_LIMIT }, rt.frame?.line ?? null);
    const th = rt.threadPrint;
    if (th) th(text, stream);
    else engine.print(text, stream === 'stderr' ? { stream } : {});
  };
  rt.stepBudget = options.stepBudget ?? 1_000_000;
  rt.taskName = () => {
    try {
      return engine.current_task()?.name ?? 'the program';
    } catch {
      return 'the program'; // no running loop (a module-level `while True:`)
    }
  };
  // budgets checked once per loop callback (cheap, amortized): runaway task creation, a trace too long to keep in
  // memory, the total step budget — so a program that always yields still stops instead of exhausting the heap
  const taskLimit = options.taskLimit ?? TASK_LIMIT;
  const baseStarted = host.callbackStarted?.bind(host);
  host.callbackStarted = () => {
    baseStarted?.();
    const tasks = watch.tasksCreated;
    if (tasks > taskLimit) throw new BudgetAbort('AIO-R002', { count: tasks }, watch.lastCreateLine);
    if (tracer.count > eventLimit) throw new BudgetAbort('AIO-R007', { limit: eventLimit }, watch.lastLine);
    if (rt.totalSteps > rt.totalBudget) throw new BudgetAbort('AIO-R005', { steps: rt.totalBudget }, watch.lastLine);
  };

  // compile everything first: an unsupported construct anywhere stops before anything runs
  let run: (f: Frame) => number;
  let code;
  try {
    const an = analyze(mod);
    const compiled = new Compiler(an, file).module(mod);
    run = compiled.run;
    code = compiled.code;
    checkImports(mod.body);
  } catch (e) {
    if (e instanceof UnsupportedError) return fail(e.code, e.params, e.line, e.col, 2);
    if (e instanceof ParseError) return fail(e.code, {}, e.line, e.col, 2, e.message); // symtable-time SyntaxError
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      // scope analysis / compilation recurse over the AST: a too-deep expression is a catalog error, not a crash
      const at = deepestStatement(mod.body);
      return fail('AIO-P027', { what: 'expressions' }, at.line, at.col, 2);
    }
    throw e;
  }

  const globals = new Map<string, PyValue>([
    ['__name__', '__main__'],
    ['__file__', file],
    ['__doc__', null]
  ]);
  const f = new Frame(code, globals, null, 0);
  f.depth = 1;
  sess.modules.set('__main__', new PyModule('__main__', globals));
  rt.frame = f;
  let exitCode = 0;
  try {
    run(f);
  } catch (e0) {
    const e = toPyException(e0);
    rt.frame = null;
    if (e instanceof PyException) {
      if (e.cls.isSubtypeOf(E.SystemExit)) {
        const c = e.args.items[0];
        if (c === undefined || c === null) exitCode = 0;
        else if (typeof c === 'bigint') exitCode = Number(c);
        else {
          writeErr(str(c) + '\n');
          exitCode = 1;
        }
      } else {
        writeErr(formatException(e, (fn) => (fn === file ? lines : null), rt.features));
        if (e.cls === E.MemoryError) {
          // stderr stays CPython's bare `MemoryError`; the trace names the budget (the playground shows its hint)
          const m = formatError('AIO-R010', { limit: Math.round(rt.memoryLimit / 2 ** 20) });
          tracer.emit({ kind: 'error', type: e.cls.name, message: m.message, code: m.code });
        } else tracer.emit({ kind: 'error', type: e.cls.name, message: safeStr(e) });
        // CPython ends an uncaught KeyboardInterrupt by re-raising SIGINT on itself: the shell sees 128 + 2
        exitCode = e.cls.isSubtypeOf(E.KeyboardInterrupt) ? 130 : 1;
      }
    } else if (e instanceof BudgetAbort) {
      return fail(e.code, e.params, e.line, 0, 1);
    } else if (e instanceof UnsupportedError) {
      return fail(e.code, e.params, e.line, e.col, 2);
    } else if (e instanceof LoopSpinning) {
      const params = { iterations: e.iterations, when: floatRepr(e.when) };
      return fail('AIO-R009', params, watch.lastLine, 0, 1);
    } else if (e instanceof SimulationStuck) {
      // type stays 'AIO-STUCK' (what the oracle emits and the differential tests compare); code names the catalog entry
      const f = formatError('AIO-R006', { pending: e.pending.join(', ') || 'none' });
      writeErr(
        `${file}: the program would wait forever: ${f.message}\n${watch.stuckWaits(e.pending)}hint: ${f.hint}\n`
      );
      tracer.emit({ kind: 'error', type: 'AIO-STUCK', message: f.message, code: f.code });
      exitCode = 1;
    } else throw e;
  } finally {
    rt.frame = null;
  }
  try {
    warnLeftoverCoroutines();
  } catch {
    /* never fail at exit */
  }
  void start;
  void importModule;
  void moduleFactories;
  return finish(exitCode);
}

/** The top-level statement holding the deepest AST node (iterative walk: it must not overflow itself). */
function deepestStatement(body: Stmt[]): { line: number; col: number } {
  let best = { line: 1, col: 0 };
  let bestDepth = -1;
  for (const st of body) {
    const stack: [unknown, number][] = [[st, 0]];
    while (stack.length > 0) {
      const [node, d] = stack.pop()!;
      if (d > bestDepth) {
        bestDepth = d;
        best = { line: st.line, col: st.col };
      }
      if (node === null || typeof node !== 'object') continue;
      for (const v of Object.values(node as Record<string, unknown>))
        if (v !== null && typeof v === 'object') stack.push([v, d + 1]);
    }
  }
  return best;
}

function safeStr(e: PyException): string {
  const s = excOnly(e);
  const i = s.indexOf(': ');
  return i >= 0 ? s.slice(i + 2) : '';
}

/** Top-level imports of modules aioscope does not provide are reported before running (AIO-U002). */
function checkImports(body: Stmt[]): void {
  for (const s of body) {
    if (s.type === 'Import') {
      for (const a of s.names) {
        if (!moduleFactories.has(a.name)) throw new UnsupportedError('AIO-U002', { module: a.name }, s.line, s.col);
      }
    } else if (s.type === 'ImportFrom' && s.level === 0 && s.module) {
      if (!moduleFactories.has(s.module)) throw new UnsupportedError('AIO-U002', { module: s.module }, s.line, s.col);
    } else if (s.type === 'If') {
      checkImports(s.body);
      checkImports(s.orelse);
    }
  }
}
