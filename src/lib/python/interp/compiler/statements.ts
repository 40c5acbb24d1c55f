/**
 * Statements, plain (`stmt`) and on the generator path (`stmtG`): assignments, if/while/for, return, raise, import,
 * global/nonlocal, assert, del.
 */
import type { Stmt } from '../../ast';
import { E, err } from '../../runtime/exceptions';
import { PyException, PyModule, PyObject, STOP, T, type PyValue } from '../../runtime/objects';
import { inplace, truthy } from '../../runtime/ops';
import { overBudget, state } from '../frame';
import { BREAK, CONTINUE, NORMAL, PyGenerator, RETURN, type Ev, type Ex, type ExG } from '../function';
import { handledException, noteExc, setImplicitContext } from '../traceback';
import {
  awaitValue,
  importModule,
  unsupported,
  warnUnawaited,
  asyncIter,
  CoroutineType,
  PyCoro,
  engineResult
} from '../hooks';
import { getIterNoted, annotate, makeException, tryImportSub, moduleFile } from './helpers';
import type { LoopHead } from './helpers';
import { BlockCompiler } from './blocks';

export abstract class StatementCompiler extends BlockCompiler {
  stmt(s: Stmt): Ex {
    switch (s.type) {
      case 'Expr': {
        const v = this.expr(s.value);
        const isCall = s.value.type === 'Call';
        return (f) => {
          const r = v(f);
          if (isCall && r instanceof PyObject && r.cls === CoroutineType) warnUnawaited(r, f);
          return NORMAL;
        };
      }
      case 'Assign': {
        const v = this.expr(s.value);
        if (s.targets.length === 1) {
          const t = s.targets[0]!;
          if (t.type === 'Name') {
            const k = this.scope.kinds.get(t.id);
            if (k === 'local') {
              const i = this.scope.slots.get(t.id)!;
              return (f) => {
                f.l[i] = v(f);
                return NORMAL;
              };
            }
          }
          const set = this.target(t);
          return (f) => {
            set(f, v(f));
            return NORMAL;
          };
        }
        const sets = s.targets.map((t) => this.target(t));
        return (f) => {
          const x = v(f);
          for (const set of sets) set(f, x);
          return NORMAL;
        };
      }
      case 'AugAssign':
        return this.augAssign(s, null);
      case 'AnnAssign': {
        if (!s.value) {
          if (this.scope.kind === 'class' && s.target.type === 'Name') {
            const name = s.target.id;
            const ann = this.annotationValue(s.annotation);
            return (f) => {
              annotate(f, name, ann(f));
              return NORMAL;
            };
          }
          return () => NORMAL;
        }
        const v = this.expr(s.value);
        const set = this.target(s.target);
        const name = this.scope.kind === 'class' && s.target.type === 'Name' ? s.target.id : null;
        const ann = name ? this.annotationValue(s.annotation) : null;
        return (f) => {
          set(f, v(f));
          if (name) annotate(f, name, ann!(f));
          return NORMAL;
        };
      }
      case 'Return': {
        if (!s.value) {
          return (f) => {
            f.ret = null;
            return RETURN;
          };
        }
        const v = this.expr(s.value);
        return (f) => {
          f.ret = v(f);
          return RETURN;
        };
      }
      case 'Pass':
        return () => NORMAL;
      case 'Break':
        return () => BREAK;
      case 'Continue':
        return () => CONTINUE;
      case 'If': {
        const t = this.expr(s.test);
        const a = this.block(s.body);
        const b = s.orelse.length ? this.block(s.orelse) : null;
        if (!b) return (f) => (truthy(t(f)) ? a(f) : NORMAL);
        return (f) => (truthy(t(f)) ? a(f) : b(f));
      }
      case 'While': {
        const t = this.expr(s.test);
        const body = this.block(s.body);
        const orelse = s.orelse.length ? this.block(s.orelse) : null;
        const line = s.line;
        return (f) => {
          for (;;) {
            f.line = line;
            if (!truthy(t(f))) break;
            if (++state.steps > state.stepBudget) overBudget();
            const r = body(f);
            if (r === BREAK) return NORMAL;
            if (r === RETURN) return r;
          }
          return orelse ? orelse(f) : NORMAL;
        };
      }
      case 'For':
        return this.forStmt(s as never);
      case 'Raise':
        return this.raise(s);
      case 'Try':
        return this.tryStmt(s as never);
      case 'TryStar':
        return this.tryStmt(s as never, true);
      case 'With':
        return this.withStmt(s as never);
      case 'Assert': {
        const t = this.expr(s.test);
        const m = s.msg ? this.expr(s.msg) : null;
        const test = s.test;
        return (f) => {
          if (!truthy(t(f)))
            throw noteExc(m ? new PyException(E.AssertionError, [m(f)]) : err(E.AssertionError), f, test);
          return NORMAL;
        };
      }
      case 'Delete': {
        const dels = s.targets.map((t) => this.delTarget(t));
        return (f) => {
          for (const d of dels) d(f);
          return NORMAL;
        };
      }
      case 'Global':
      case 'Nonlocal':
        return () => NORMAL;
      case 'Import': {
        const items = s.names.map((a) => ({
          name: a.name,
          set: this.store(a.asname ?? a.name.split('.')[0]!),
          as: a.asname !== null
        }));
        return (f) => {
          for (const it of items) {
            const m = importModule(it.name, s);
            if (it.as || !it.name.includes('.')) it.set(f, m);
            else it.set(f, importModule(it.name.split('.')[0]!, s));
          }
          return NORMAL;
        };
      }
      case 'ImportFrom': {
        if (s.level > 0) throw unsupported('relative imports', s);
        const modName = s.module!;
        if (s.names.some((a) => a.name === '*')) {
          return (f) => {
            const m = importModule(modName, s) as PyModule;
            for (const [k, v] of m.dict) if (!k.startsWith('_')) this.storeDyn(f, k, v);
            return NORMAL;
          };
        }
        const items = s.names.map((a) => ({ name: a.name, set: this.store(a.asname ?? a.name) }));
        return (f) => {
          const m = importModule(modName, s) as PyModule;
          for (const it of items) {
            let v = m.dict.get(it.name);
            if (v === undefined) v = tryImportSub(modName, it.name, s);
            if (v === undefined) {
              const ex = err(E.ImportError, `cannot import name '${it.name}' from '${modName}' (${moduleFile(m)})`);
              throw ex;
            }
            it.set(f, v);
          }
          return NORMAL;
        };
      }
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        return this.functionDef(s);
      case 'ClassDef':
        return this.classDef(s);
      case 'AsyncFor':
      case 'AsyncWith':
        throw unsupported(`${s.type === 'AsyncFor' ? 'async for' : 'async with'} outside an async function`, s);
    }
  }

  stmtG(s: Stmt): ExG {
    switch (s.type) {
      case 'Expr': {
        const aw = this.awaitOperand(s.value);
        if (aw !== null) {
          // `await x` as a statement (the common case): await in this generator, no nested expression generator.
          const ev = aw.ev;
          const node = aw.node;
          return function* (f) {
            const x = ev(f);
            try {
              // awaitValue's coroutine case inlined: one generator less per `await coro()`.
              if (x instanceof PyCoro) engineResult(yield* x.coro.__await__());
              else yield* awaitValue(x);
            } catch (ex) {
              throw noteExc(ex, f, node);
            }
            return NORMAL;
          };
        }
        const v = this.exprG(s.value);
        return function* (f) {
          yield* v(f);
          return NORMAL;
        };
      }
      case 'Assign': {
        const aw = this.awaitOperand(s.value);
        if (aw !== null) {
          const sets = s.targets.map((t) => this.target(t));
          // `x = await y`: await in this generator, no nested expression generator.
          const ev = aw.ev;
          const node = aw.node;
          return function* (f) {
            const y = ev(f);
            let x: PyValue;
            try {
              // awaitValue's coroutine case inlined: one generator less per `x = await coro()`.
              x = (y instanceof PyCoro ? engineResult(yield* y.coro.__await__()) : yield* awaitValue(y)) as PyValue;
            } catch (ex) {
              throw noteExc(ex, f, node);
            }
            for (const set of sets) set(f, x);
            return NORMAL;
          };
        }
        const v = this.exprG(s.value);
        const sets = s.targets.map((t) => this.target(t));
        return function* (f) {
          const x = yield* v(f);
          for (const set of sets) set(f, x);
          return NORMAL;
        };
      }
      case 'AnnAssign': {
        const v = this.exprG(s.value!);
        const set = this.target(s.target);
        return function* (f) {
          set(f, yield* v(f));
          return NORMAL;
        };
      }
      case 'AugAssign': {
        const t = s.target;
        if (t.type !== 'Name') throw unsupported('await in augmented assignment to an attribute or item', s);
        const v = this.exprG(s.value);
        const get = this.load(t.id, t);
        const set = this.store(t.id);
        const op = s.op;
        return function* (f) {
          const cur = get(f);
          const x = yield* v(f);
          try {
            set(f, inplace(op, cur, x));
          } catch (ex) {
            throw noteExc(ex, f, s);
          }
          return NORMAL;
        };
      }
      case 'Return': {
        const v = this.exprG(s.value!);
        return function* (f) {
          f.ret = yield* v(f);
          return RETURN;
        };
      }
      case 'If': {
        // Sync parts (test, a branch without await) run as plain closures: no generator per execution.
        const t = this.sexpr(s.test);
        const a = this.sblock(s.body);
        const b = this.sblock(s.orelse);
        return function* (f) {
          const c = truthy(t.g ? yield* t.g(f) : t.s!(f));
          const br = c ? a : b;
          return br.g ? yield* br.g(f) : br.s!(f);
        };
      }
      case 'While': {
        const t = this.sexpr(s.test);
        if (t.s !== null && s.body.some((b) => this.suspends(b))) {
          const head: LoopHead = { kind: 'while', line: s.line, test: t.s, iter: null, iterNode: null, set: null };
          return this.blockG(s.body, head, s.orelse);
        }
        const body = this.sblock(s.body);
        const orelse = s.orelse.length ? this.anyBlockG(s.orelse) : null;
        const line = s.line;
        return function* (f) {
          for (;;) {
            f.line = line;
            if (!truthy(t.g ? yield* t.g(f) : t.s!(f))) break;
            if (++state.steps > state.stepBudget) overBudget();
            const r = body.g ? yield* body.g(f) : body.s!(f);
            if (r === BREAK) return NORMAL;
            if (r === RETURN) return r;
          }
          return orelse ? yield* orelse(f) : NORMAL;
        };
      }
      case 'For':
      case 'AsyncFor': {
        const it = this.exprAsG(s.iter);
        const set = this.target(s.target);
        if (s.type === 'For' && s.body.some((b) => this.suspends(b))) {
          const head: LoopHead = { kind: 'for', line: s.line, test: null, iter: it, iterNode: s.iter, set };
          return this.blockG(s.body, head, s.orelse);
        }
        const body = this.anyBlockG(s.body);
        const orelse = s.orelse.length ? this.anyBlockG(s.orelse) : null;
        const isAsync = s.type === 'AsyncFor';
        const line = s.line;
        return function* (f) {
          const src = yield* it(f);
          if (isAsync) {
            const ai = asyncIter(src);
            for (;;) {
              f.line = line;
              let x: PyValue;
              try {
                x = (yield* ai.next()) as PyValue;
              } catch (e) {
                if (e instanceof PyException && e.cls.isSubtypeOf(E.StopAsyncIteration)) break;
                throw e;
              }
              if (++state.steps > state.stepBudget) overBudget();
              set(f, x);
              const c = yield* body(f);
              if (c === BREAK) return NORMAL;
              if (c === RETURN) return c;
            }
            return orelse ? yield* orelse(f) : NORMAL;
          }
          const iter = getIterNoted(src, f, s.iter);
          for (;;) {
            f.line = line;
            const x = iter.next();
            if (x === STOP) break;
            if (++state.steps > state.stepBudget) overBudget();
            set(f, x);
            const c = yield* body(f);
            if (c === BREAK) return NORMAL;
            if (c === RETURN) return c;
          }
          return orelse ? yield* orelse(f) : NORMAL;
        };
      }
      case 'Raise': {
        const ex = s.exc ? this.exprG(s.exc) : null;
        const cause = s.cause ? this.exprAsG(s.cause) : null;
        const raise = (e: PyValue, c: PyValue) => this.raise(s, () => e, cause ? () => c : undefined);
        return function* (f) {
          const e = ex ? yield* ex(f) : null;
          const c = cause ? yield* cause(f) : null;
          return raise(e, c)(f);
        };
      }
      case 'Try':
      case 'TryStar':
        return this.tryG(s as never);
      case 'With':
      case 'AsyncWith':
        return this.withG(s);
      case 'Assert': {
        const t = this.exprAsG(s.test);
        const m = s.msg ? this.exprAsG(s.msg) : null;
        return function* (f) {
          if (!truthy(yield* t(f))) throw m ? new PyException(E.AssertionError, [yield* m(f)]) : err(E.AssertionError);
          return NORMAL;
        };
      }
      default:
        throw unsupported(`await inside ${s.type}`, s);
    }
  }

  forStmt(s: Stmt & { type: 'For' }): Ex {
    const it = this.expr(s.iter);
    const set = this.target(s.target);
    const body = this.block(s.body);
    const orelse = s.orelse.length ? this.block(s.orelse) : null;
    const t = s.target;
    const localSlot = t.type === 'Name' && this.scope.kinds.get(t.id) === 'local' ? this.scope.slots.get(t.id)! : -1;
    const line = s.line;
    // `for x in gen():` — the generator exists only for this loop; leaving the loop early drops the last reference,
    // and CPython's refcounting closes it right then (its finally blocks run before the next statement)
    // (not `iter(g)`: that returns g itself, still referenced by its name)
    const temporary = s.iter.type === 'Call' && !(s.iter.func.type === 'Name' && s.iter.func.id === 'iter');
    return (f) => {
      const src = it(f);
      if (src instanceof PyObject && src.cls === T.range && localSlot >= 0) {
        const r = src as unknown as { start: bigint; stop: bigint; step: bigint };
        const { stop, step } = r;
        for (let i = r.start; step > 0n ? i < stop : i > stop; i += step) {
          if (++state.steps > state.stepBudget) overBudget();
          f.l[localSlot] = i;
          const c = body(f);
          if (c === BREAK) return NORMAL;
          if (c === RETURN) return c;
        }
        return orelse ? orelse(f) : NORMAL;
      }
      const iter = getIterNoted(src, f, s.iter);
      const fresh = temporary && iter instanceof PyGenerator && !iter.started ? iter : null;
      for (;;) {
        f.line = line;
        const x = iter.next();
        if (x === STOP) break;
        if (++state.steps > state.stepBudget) overBudget();
        set(f, x);
        const c = body(f);
        if (c === BREAK || c === RETURN) {
          fresh?.close();
          return c === BREAK ? NORMAL : c;
        }
      }
      return orelse ? orelse(f) : NORMAL;
    };
  }

  raise(s: Stmt & { type: 'Raise' }, excG?: Ev, causeG?: Ev): Ex {
    const exc = excG ?? (s.exc ? this.expr(s.exc) : null);
    const cause = causeG ?? (s.cause ? this.expr(s.cause) : null);
    return (f) => {
      if (!exc) {
        const h = handledException(f);
        if (!h) throw err(E.RuntimeError, 'No active exception to reraise');
        throw h;
      }
      const e = makeException(exc(f));
      if (cause) {
        const c = cause(f);
        if (c === null) e.cause = null;
        else {
          const ce = makeException(c);
          e.cause = ce;
        }
        e.suppressContext = true;
      }
      setImplicitContext(e, f);
      const head = e.tb[0];
      void head;
      e.tb.unshift({
        file: f.code.filename,
        name: f.code.name,
        line: s.line,
        col: s.col,
        endLine: s.endLine,
        endCol: s.endCol,
        frame: f,
        text: null,
        carets: null
      });
      throw e;
    };
  }
}
