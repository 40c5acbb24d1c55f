/**
 * Comprehensions and generator expressions, plain and on the generator path (an `await` inside a comprehension).
 */
import type { Comprehension, Expr } from '../../ast';
import { E } from '../../runtime/exceptions';
import { PyDict, PyException, PyList, PySet, STOP, type PyValue } from '../../runtime/objects';
import { dictSet, getIter, keyOf, truthy } from '../../runtime/ops';
import { Frame, overBudget, state } from '../frame';
import { NORMAL, PyFunction, type Ev, type EvG } from '../function';
import { noteExc } from '../traceback';
import { unsupported, asyncIter } from '../hooks';
import { setupCompCells, getIterNoted } from './helpers';
import { ExpressionCompiler } from './expressions';

export abstract class ComprehensionCompiler extends ExpressionCompiler {
  /** List/set/dict comprehension: runs inline in a child frame (its own scope, like CPython <= 3.11). */
  comprehension(e: Expr & { type: 'ListComp' | 'SetComp' | 'DictComp' }): Ev {
    const scope = this.c.an.scopes.get(e)!;
    const first = this.expr(e.generators[0]!.iter);
    const code = this.c.makeCode(scope, scope.name, e.line, 'sync');
    const sc = this.c.scopeCompiler(scope, 'sync');
    const clo = this.closureOf(scope);
    const body = sc.compBody(e);
    return (f) => {
      const it = first(f);
      const cf = new Frame(code, f.g, null, code.nslots);
      cf.line = f.line;
      cf.back = f;
      cf.depth = f.depth + 1;
      setupCompCells(cf, code, clo(f));
      const iter = getIterNoted(it, f, e.generators[0]!.iter);
      const prev = state.frame;
      state.frame = cf;
      try {
        return body(cf, iter);
      } catch (ex) {
        // 3.11 calls the comprehension as a function: the caller's frame points at the whole comprehension
        throw state.features.inlinedComprehensions ? ex : noteExc(ex, f, e);
      } finally {
        state.frame = prev;
      }
    };
  }

  /** The loop nest of a comprehension: returns the built container. */
  compBody(
    e: Expr & { type: 'ListComp' | 'SetComp' | 'DictComp' | 'GeneratorExp' }
  ): (f: Frame, it0: PyValue) => PyValue {
    const gens = e.generators;
    let add: (f: Frame, acc: PyValue) => void;
    let make: () => PyValue;
    if (e.type === 'DictComp') {
      const k = this.expr(e.key);
      const v = this.expr(e.value);
      make = () => new PyDict();
      add = (f, acc) => {
        const kk = k(f);
        dictSet(acc as PyDict, kk, v(f));
      };
    } else if (e.type === 'SetComp') {
      const x = this.expr(e.elt);
      make = () => new PySet();
      add = (f, acc) => {
        const v = x(f);
        const key = keyOf(v, 'set element');
        const s = acc as PySet;
        if (!s.map.has(key)) s.map.set(key, v);
      };
    } else {
      const x = this.expr((e as { elt: Expr }).elt);
      make = () => new PyList([]);
      add = (f, acc) => {
        (acc as PyList).items.push(x(f));
      };
    }
    const loops = gens.map((g, i) => ({
      target: this.target(g.target),
      iter: i === 0 ? null : this.expr(g.iter),
      iterNode: g.iter,
      ifs: g.ifs.map((c) => this.expr(c))
    }));
    const run = (f: Frame, depth: number, it: PyValue, acc: PyValue): void => {
      const L = loops[depth]!;
      const iter = it instanceof PyList ? it : getIter(it);
      const step = (x: PyValue) => {
        if (++state.steps > state.stepBudget) overBudget();
        L.target(f, x);
        for (const c of L.ifs) if (!truthy(c(f))) return;
        if (depth + 1 === loops.length) add(f, acc);
        else {
          const nl = loops[depth + 1]!;
          run(f, depth + 1, getIterNoted(nl.iter!(f), f, nl.iterNode), acc);
        }
      };
      if (iter instanceof PyList) {
        const items = iter.items;
        for (let i = 0; i < items.length; i++) step(items[i]!);
      } else {
        for (
          let x = (iter as ReturnType<typeof getIter>).next();
          x !== STOP;
          x = (iter as ReturnType<typeof getIter>).next()
        )
          step(x);
      }
    };
    return (f, it0) => {
      const acc = make();
      run(f, 0, it0, acc);
      return acc;
    };
  }

  /** A generator expression: a real generator with its own frame (lazy). */
  genexp(e: Expr & { type: 'GeneratorExp' }): Ev {
    const scope = this.c.an.scopes.get(e)!;
    if (scope.isAsync) throw unsupported('asynchronous generator expressions', e);
    const first = this.expr(e.generators[0]!.iter);
    const code = this.c.makeCode(scope, '<genexpr>', e.line, 'gen');
    const sc = this.c.scopeCompiler(scope, 'gen');
    const elt = sc.expr(e.elt);
    const loops = e.generators.map((g, i) => ({
      target: sc.target(g.target),
      iter: i === 0 ? null : sc.expr(g.iter),
      ifs: g.ifs.map((c) => sc.expr(c))
    }));
    function* run(f: Frame, depth: number, it: PyValue): Generator<unknown, void, unknown> {
      const L = loops[depth]!;
      const iter = getIter(it);
      for (let x = iter.next(); x !== STOP; x = iter.next()) {
        if (++state.steps > state.stepBudget) overBudget();
        L.target(f, x);
        let ok = true;
        for (const c of L.ifs) {
          if (!truthy(c(f))) {
            ok = false;
            break;
          }
        }
        if (!ok) continue;
        if (depth + 1 === loops.length) yield elt(f);
        else yield* run(f, depth + 1, loops[depth + 1]!.iter!(f));
      }
    }
    code.bodyG = function* (f: Frame) {
      yield* run(f, 0, f.l[0] as PyValue);
      return NORMAL;
    };
    const clo = this.closureOf(scope);
    return (f) => {
      const it = getIterNoted(first(f), f, e.generators[0]!.iter);
      const fn = new PyFunction(code, f.g, clo(f), [], null);
      return fn.invoke([it], null);
    };
  }

  /** A comprehension containing await (inside an async function): runs inline as generator code. */
  comprehensionG(e: Expr & { type: 'ListComp' | 'SetComp' | 'DictComp' }): EvG {
    const scope = this.c.an.scopes.get(e)!;
    const firstNode = e.generators[0]!.iter;
    const first = this.exprAsG(firstNode);
    const code = this.c.makeCode(scope, scope.name, e.line, 'coro');
    const sc = this.c.scopeCompiler(scope, this.kind);
    const clo = this.closureOf(scope);
    const gens = e.generators;
    const loops = gens.map((g: Comprehension, i) => ({
      target: sc.target(g.target),
      iter: i === 0 ? null : sc.exprAsG(g.iter),
      ifs: g.ifs.map((c) => sc.exprAsG(c)),
      isAsync: g.isAsync
    }));
    const elt = e.type === 'DictComp' ? null : sc.exprAsG(e.elt);
    const key = e.type === 'DictComp' ? sc.exprAsG(e.key) : null;
    const val = e.type === 'DictComp' ? sc.exprAsG(e.value) : null;
    const type = e.type;
    function* run(f: Frame, depth: number, it: PyValue, acc: PyValue): Generator<unknown, void, unknown> {
      const L = loops[depth]!;
      const step = function* (x: PyValue): Generator<unknown, void, unknown> {
        L.target(f, x);
        for (const c of L.ifs) if (!truthy(yield* c(f))) return;
        if (depth + 1 === loops.length) {
          if (type === 'DictComp') {
            const k = yield* key!(f);
            dictSet(acc as PyDict, k, yield* val!(f));
          } else {
            const v = yield* elt!(f);
            if (type === 'ListComp') (acc as PyList).items.push(v);
            else {
              const kk = keyOf(v, 'set element');
              if (!(acc as PySet).map.has(kk)) (acc as PySet).map.set(kk, v);
            }
          }
        } else yield* run(f, depth + 1, yield* loops[depth + 1]!.iter!(f), acc);
      };
      if (L.isAsync) {
        const ai = asyncIter(it);
        for (;;) {
          let x: PyValue;
          try {
            x = (yield* ai.next()) as PyValue;
          } catch (ex) {
            if (ex instanceof PyException && ex.cls.isSubtypeOf(E.StopAsyncIteration)) break;
            throw ex;
          }
          yield* step(x);
        }
      } else {
        const iter = getIter(it);
        for (let x = iter.next(); x !== STOP; x = iter.next()) yield* step(x);
      }
    }
    return function* (f) {
      const it = yield* first(f);
      const cf = new Frame(code, f.g, null, code.nslots);
      cf.line = f.line;
      cf.back = f;
      cf.depth = f.depth + 1;
      setupCompCells(cf, code, clo(f));
      const acc: PyValue = type === 'DictComp' ? new PyDict() : type === 'SetComp' ? new PySet() : new PyList([]);
      yield* run(cf, 0, it, acc);
      return acc;
    };
  }
}
