/**
 * try / except / except* / else / finally and with / async with, plain and on the generator path. The rules both
 * paths share (which clause handles an exception, what the frame handles while a clause or finally runs, what wins
 * after finally, how a context manager's methods are found) are in try-rules.ts; the two twins differ only in
 * `yield*`.
 */
import type { ExceptHandler, Stmt } from '../../ast';
import { PyException, type PyValue } from '../../runtime/objects';
import { call, truthy } from '../../runtime/ops';
import type { Frame } from '../frame';
import { NORMAL, type Ex, type ExG } from '../function';
import { awaitValue } from '../hooks';
import { NONE_EXC } from './helpers';
import { StatementCompiler } from './statements';
import {
  afterFinally,
  catchable,
  contextMethods,
  enterFinally,
  enterHandler,
  handlerFor,
  leaveHandler,
  StarMatch,
  type Handler
} from './try-rules';

export abstract class TryWithCompiler extends StatementCompiler {
  private handlerList<B>(hs: ExceptHandler[], body: (stmts: Stmt[]) => B): Handler<B>[] {
    return hs.map((h) => ({
      match: h.exceptType ? this.expr(h.exceptType) : null,
      set: h.name ? this.store(h.name) : null,
      del: h.name ? this.delQuiet(h.name) : null,
      body: body(h.body)
    }));
  }

  tryStmt(s: Stmt & { type: 'Try' | 'TryStar' }, star = false): Ex {
    const body = this.block(s.body);
    const hs = this.handlerList(s.handlers, (b) => this.block(b));
    const orelse = s.orelse.length ? this.block(s.orelse) : null;
    const fin = s.finalbody.length ? this.block(s.finalbody) : null;
    const handle = (f: Frame, e: PyException): number => {
      const h = handlerFor(hs, f, e);
      if (h === null) throw e;
      const prev = enterHandler(h, f, e);
      try {
        return h.body(f);
      } finally {
        leaveHandler(h, f, prev);
      }
    };
    const handleStar = (f: Frame, e: PyException): number => {
      const st = new StarMatch(e);
      for (const h of hs) {
        if (st.rest === null) break;
        const match = st.take(h.match!(f));
        if (match === null) continue;
        const prev = enterHandler(h, f, match);
        try {
          h.body(f);
        } catch (x) {
          st.fail(x);
        } finally {
          leaveHandler(h, f, prev);
        }
      }
      return st.finish();
    };
    const dispatch = star ? handleStar : handle;
    return (f) => {
      let r = NORMAL;
      let pending: unknown = NONE_EXC;
      try {
        let caught: PyException | null = null;
        try {
          r = body(f);
        } catch (e) {
          caught = catchable(e, hs.length);
        }
        if (caught === null) {
          if (r === NORMAL && orelse) r = orelse(f);
        } else r = dispatch(f, caught);
      } catch (e) {
        if (!fin || !(e instanceof PyException)) throw e;
        pending = e;
      }
      if (!fin) return r;
      const prev = enterFinally(f, pending);
      const savedRet = f.ret;
      let fr: number;
      try {
        fr = fin(f);
      } finally {
        f.exc = prev;
      }
      return afterFinally(f, fr, pending, r, savedRet);
    };
  }

  tryG(s: Stmt & { type: 'Try' | 'TryStar' }): ExG {
    const star = s.type === 'TryStar';
    const body = this.anyBlockG(s.body);
    const hs = this.handlerList(s.handlers, (b) => this.anyBlockG(b));
    const orelse = s.orelse.length ? this.anyBlockG(s.orelse) : null;
    const fin = s.finalbody.length ? this.anyBlockG(s.finalbody) : null;
    return function* (f) {
      let r = NORMAL;
      let pending: unknown = NONE_EXC;
      try {
        let caught: PyException | null = null;
        try {
          r = yield* body(f);
        } catch (e) {
          caught = catchable(e, hs.length);
        }
        if (caught === null) {
          if (r === NORMAL && orelse) r = yield* orelse(f);
        } else if (star) {
          const st = new StarMatch(caught);
          for (const h of hs) {
            if (st.rest === null) break;
            const match = st.take(h.match!(f));
            if (match === null) continue;
            const prev = enterHandler(h, f, match);
            try {
              yield* h.body(f);
            } catch (x) {
              st.fail(x);
            } finally {
              leaveHandler(h, f, prev);
            }
          }
          r = st.finish();
        } else {
          const h = handlerFor(hs, f, caught);
          if (h === null) throw caught;
          const prev = enterHandler(h, f, caught);
          try {
            r = yield* h.body(f);
          } finally {
            leaveHandler(h, f, prev);
          }
        }
      } catch (e) {
        if (!fin || !(e instanceof PyException)) throw e;
        pending = e;
      }
      if (!fin) return r;
      const prev = enterFinally(f, pending);
      const savedRet = f.ret;
      let fr: number;
      try {
        fr = yield* fin(f);
      } finally {
        f.exc = prev;
      }
      return afterFinally(f, fr, pending, r, savedRet);
    };
  }

  withStmt(s: Stmt & { type: 'With' }): Ex {
    // nested items are nested with statements
    if (s.items.length > 1) {
      const [first, ...rest] = s.items;
      const inner: Stmt = { ...s, items: rest };
      return this.withStmt({ ...s, items: [first!], body: [inner] } as Stmt & { type: 'With' });
    }
    const item = s.items[0]!;
    const mgrE = this.expr(item.contextExpr);
    const set = item.optionalVars ? this.target(item.optionalVars) : null;
    const body = this.block(s.body);
    return (f) => {
      const mgr = mgrE(f);
      const [enter, exit] = contextMethods(mgr, false);
      const v = call(enter, [mgr]);
      if (set) set(f, v);
      let r: number;
      try {
        r = body(f);
      } catch (e) {
        if (!(e instanceof PyException)) throw e;
        const prev = f.exc;
        f.exc = e;
        let sup: PyValue;
        try {
          sup = call(exit, [mgr, e.cls, e, null]);
        } finally {
          f.exc = prev;
        }
        if (truthy(sup)) return NORMAL;
        throw e;
      }
      call(exit, [mgr, null, null, null]);
      return r;
    };
  }

  withG(s: Stmt & { type: 'With' | 'AsyncWith' }): ExG {
    if (s.items.length > 1) {
      const [first, ...rest] = s.items;
      const inner = { ...s, items: rest } as Stmt;
      this.c.an.suspends.add(inner);
      return this.withG({ ...s, items: [first!], body: [inner] } as Stmt & { type: 'With' | 'AsyncWith' });
    }
    const item = s.items[0]!;
    const mgrE = this.exprAsG(item.contextExpr);
    const set = item.optionalVars ? this.target(item.optionalVars) : null;
    const body = this.anyBlockG(s.body);
    const isAsync = s.type === 'AsyncWith';
    return function* (f) {
      const mgr = yield* mgrE(f);
      const [enter, exit] = contextMethods(mgr, isAsync);
      let v = call(enter, [mgr]);
      if (isAsync) v = (yield* awaitValue(v)) as PyValue;
      if (set) set(f, v);
      let r: number;
      try {
        r = yield* body(f);
      } catch (e) {
        if (!(e instanceof PyException)) throw e;
        const prev = f.exc;
        f.exc = e;
        let sup: PyValue;
        try {
          sup = call(exit, [mgr, e.cls, e, null]);
          if (isAsync) sup = (yield* awaitValue(sup)) as PyValue;
        } finally {
          f.exc = prev;
        }
        if (truthy(sup)) return NORMAL;
        throw e;
      }
      const x = call(exit, [mgr, null, null, null]);
      if (isAsync) yield* awaitValue(x);
      return r;
    };
  }
}
