/**
 * Statement blocks: a plain block is a loop over statement closures; a generator-path block (`blockG`) runs the
 * statements that cannot suspend as plain closures and inlines simple `await` statements.
 */
import { WOULD_SUSPEND } from '../../../engine';
import type { Expr, Stmt } from '../../ast';
import { STOP, type PyValue } from '../../runtime/objects';
import { getIter, truthy } from '../../runtime/ops';
import { Frame, overBudget, state } from '../frame';
import { BREAK, NORMAL, RETURN, type Ev, type Ex, type ExG } from '../function';
import { noteExc } from '../traceback';
import { awaitValue, PyCoro, engineResult } from '../hooks';
import { getIterNoted } from './helpers';
import type { InlineAwait, LoopHead, BlockItem, Suspendable } from './helpers';
import { FunctionCompiler } from './functions';

export abstract class BlockCompiler extends FunctionCompiler {
  block(stmts: Stmt[]): Ex {
    const fns = stmts.map((s) => this.stmt(s));
    const n = fns.length;
    const lines = stmts.map((s) => s.line);
    if (n === 0) return () => NORMAL;
    if (n === 1) {
      const s0 = fns[0]!;
      const node = stmts[0]!;
      const line = node.line;
      return (f) => {
        f.line = line;
        try {
          return s0(f);
        } catch (e) {
          throw noteExc(e, f, node);
        }
      };
    }
    return (f) => {
      let i = 0;
      try {
        for (; i < n; i++) {
          f.line = lines[i]!;
          const r = fns[i]!(f);
          if (r !== NORMAL) return r;
        }
        return NORMAL;
      } catch (e) {
        throw noteExc(e, f, stmts[i]!);
      }
    };
  }

  /**
   * A block in generator mode. With `loop`, the block is the body of a `while` (sync test) or a sync `for`, run in
   * this same generator: the loop costs no block generator per iteration, and the body's awaits one `yield*` level
   * less on every resume. The loop head keeps its order: line, test / next item, step budget, target, body.
   */
  /**
   * A function body in generator mode. A body that is one loop runs as that loop's generator, which then also does
   * the block's part (the statement's line, its traceback entry): one generator level less on every resume.
   */
  bodyG(stmts: Stmt[]): ExG {
    const s = stmts.length === 1 ? stmts[0]! : null;
    if (s !== null && s.type === 'While' && !this.suspends(s.test) && s.body.some((b) => this.suspends(b))) {
      const t = this.expr(s.test);
      const head: LoopHead = { kind: 'while', line: s.line, test: t, iter: null, iterNode: null, set: null };
      return this.blockG(s.body, head, s.orelse, s);
    }
    if (s !== null && s.type === 'For' && s.body.some((b) => this.suspends(b))) {
      const it = this.exprAsG(s.iter);
      const set = this.target(s.target);
      const head: LoopHead = { kind: 'for', line: s.line, test: null, iter: it, iterNode: s.iter, set };
      return this.blockG(s.body, head, s.orelse, s);
    }
    return this.blockG(stmts);
  }

  /** `self`: the loop statement itself when it is a whole function body (see bodyG). */
  blockG(stmts: Stmt[], loop: LoopHead | null = null, orelseStmts: Stmt[] = [], self: Stmt | null = null): ExG {
    const items = stmts.map((s): BlockItem => {
      if (!this.suspends(s)) return { s: this.stmt(s), g: null, a: null };
      const a = this.inlineAwait(s);
      return a !== null ? { s: null, g: null, a } : { s: null, g: this.stmtG(s), a: null };
    });
    const orelse = orelseStmts.length ? this.anyBlockG(orelseStmts) : null;
    const n = items.length;
    return function* (f: Frame) {
      if (self !== null) f.line = self.line;
      try {
        let iter: ReturnType<typeof getIter> | null = null;
        if (loop !== null && loop.kind === 'for') iter = getIterNoted(yield* loop.iter(f), f, loop.iterNode);
        for (;;) {
          if (loop !== null) {
            f.line = loop.line;
            if (iter === null) {
              if (!truthy(loop.test!(f))) break;
              if (++state.steps > state.stepBudget) overBudget();
            } else {
              const x = iter.next();
              if (x === STOP) break;
              if (++state.steps > state.stepBudget) overBudget();
              loop.set!(f, x);
            }
          }
          let r = NORMAL;
          let i = 0;
          try {
            for (; i < n; i++) {
              f.line = stmts[i]!.line;
              const it = items[i]!;
              if (it.a !== null) {
                // `await x` / `x = await y` / `return await y` run in this generator (stmtG's cases, inlined): no
                // generator of their own, and for a coroutine no __await__ generator either.
                const a = it.a;
                const y = a.ev(f);
                let x: PyValue;
                try {
                  if (y instanceof PyCoro) {
                    const c = y.coro;
                    // a library coroutine that can finish at once (Queue.get with an item there) does so here
                    let v = c.tryComplete();
                    if (v === WOULD_SUSPEND) {
                      const body = c.beginAwait();
                      try {
                        v = yield* body;
                      } finally {
                        c.endAwait();
                      }
                    }
                    x = engineResult(v) as PyValue;
                  } else x = (yield* awaitValue(y)) as PyValue;
                } catch (ex) {
                  throw noteExc(ex, f, a.node);
                }
                if (a.ret) {
                  f.ret = x;
                  r = RETURN;
                  break;
                }
                const sets = a.sets;
                if (sets !== null) for (let k = 0; k < sets.length; k++) sets[k]!(f, x);
              } else {
                r = it.g ? yield* it.g(f) : it.s!(f);
                if (r !== NORMAL) break;
              }
            }
          } catch (e) {
            throw noteExc(e, f, stmts[i]!);
          }
          if (loop === null) return r;
          if (r === BREAK) return NORMAL;
          if (r === RETURN) return r;
        }
        return orelse !== null ? yield* orelse(f) : NORMAL;
      } catch (e) {
        // a whole function body's loop is also that block's statement (bodyG): its traceback entry, as blockG's
        if (self !== null) throw noteExc(e, f, self);
        throw e;
      }
    };
  }

  /** `await x`, `x = await y` or `return await y` whose operand cannot suspend, for blockG to run inline; else null. */
  inlineAwait(s: Stmt): InlineAwait | null {
    if (s.type === 'Expr') {
      const aw = this.awaitOperand(s.value);
      return aw === null ? null : { ev: aw.ev, node: aw.node, sets: null, ret: false };
    }
    if (s.type === 'Assign') {
      const aw = this.awaitOperand(s.value);
      if (aw === null) return null;
      return { ev: aw.ev, node: aw.node, sets: s.targets.map((t) => this.target(t)), ret: false };
    }
    if (s.type === 'Return' && s.value) {
      const aw = this.awaitOperand(s.value);
      return aw === null ? null : { ev: aw.ev, node: aw.node, sets: null, ret: true };
    }
    return null;
  }

  /** `await X` where X itself cannot suspend: X's sync closure and the Await node (for tracebacks), else null. */
  awaitOperand(e: Expr): { ev: Ev; node: Expr } | null {
    if (e.type !== 'Await' || this.suspends(e.value)) return null;
    return { ev: this.expr(e.value), node: e };
  }

  /** A block as a sync closure when it cannot suspend, else in generator mode (hot paths avoid a generator). */
  sblock(stmts: Stmt[]): Suspendable<number> {
    return stmts.some((s) => this.suspends(s)) ? { s: null, g: this.blockG(stmts) } : { s: this.block(stmts), g: null };
  }

  /** A block in generator mode when it suspends, else the sync block wrapped (so callers can always yield*). */
  anyBlockG(stmts: Stmt[]): ExG {
    if (stmts.some((s) => this.suspends(s))) return this.blockG(stmts);
    const b = this.block(stmts);
    // eslint-disable-next-line require-yield
    return function* (f: Frame) {
      return b(f);
    };
  }
}
