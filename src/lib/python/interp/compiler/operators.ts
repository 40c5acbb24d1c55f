/**
 * Operators and calls: binary operators (with constant folding of the common cases), chained comparisons, `*`/`**`
 * arguments and call expressions (with the method-call fast path).
 */
import type { Expr, Keyword } from '../../ast';
import { E, err, typeError } from '../../runtime/exceptions';
import { Cell, PyCallable, PySuper, type KwArgs, type PyValue } from '../../runtime/objects';
import { binop, call, compare, getAttr, iterToArray, truthy, typeName } from '../../runtime/ops';
import { Frame } from '../frame';
import { type Ev } from '../function';
import { noteExc } from '../traceback';
import { isIterable, isOp, methodLookup, mergeKwargs } from './helpers';
import { TargetCompiler } from './targets';

export abstract class OperatorCompiler extends TargetCompiler {
  binop(e: Expr & { type: 'BinOp' }): Ev {
    const l = this.expr(e.left);
    const r = this.expr(e.right);
    const op = e.op;
    const slow = (f: Frame, a: PyValue, b: PyValue): PyValue => {
      try {
        return binop(op, a, b);
      } catch (ex) {
        throw noteExc(ex, f, e);
      }
    };
    switch (op) {
      case '+':
        return (f) => {
          const a = l(f);
          const b = r(f);
          if (typeof a === 'bigint' && typeof b === 'bigint') return a + b;
          if (typeof a === 'number' && typeof b === 'number') return a + b;
          if (typeof a === 'string' && typeof b === 'string') return a + b;
          return slow(f, a, b);
        };
      case '-':
        return (f) => {
          const a = l(f);
          const b = r(f);
          if (typeof a === 'bigint' && typeof b === 'bigint') return a - b;
          if (typeof a === 'number' && typeof b === 'number') return a - b;
          return slow(f, a, b);
        };
      case '*':
        return (f) => {
          const a = l(f);
          const b = r(f);
          if (typeof a === 'bigint' && typeof b === 'bigint') return a * b;
          if (typeof a === 'number' && typeof b === 'number') return a * b;
          return slow(f, a, b);
        };
      case '%':
      case '//':
        return (f) => {
          const a = l(f);
          const b = r(f);
          if (typeof a === 'bigint' && typeof b === 'bigint' && b > 0n && a >= 0n) return op === '%' ? a % b : a / b;
          return slow(f, a, b);
        };
      default:
        return (f) => slow(f, l(f), r(f));
    }
  }

  compare(e: Expr & { type: 'Compare' }): Ev {
    const left = this.expr(e.left);
    const rights = e.comparators.map((x) => this.expr(x));
    const ops = e.ops;
    const cmp1 = (f: Frame, op: string, a: PyValue, b: PyValue): PyValue => {
      if (typeof a === 'bigint' && typeof b === 'bigint') {
        switch (op) {
          case '<':
            return a < b;
          case '<=':
            return a <= b;
          case '>':
            return a > b;
          case '>=':
            return a >= b;
          case '==':
            return a === b;
          case '!=':
            return a !== b;
        }
      }
      try {
        return compare(op, a, b);
      } catch (ex) {
        throw noteExc(ex, f, e);
      }
    };
    if (ops.length === 1) {
      const op = ops[0]!;
      const r = rights[0]!;
      if (op === 'is') return (f) => isOp(left(f), r(f));
      if (op === 'is not') return (f) => !isOp(left(f), r(f));
      return (f) => cmp1(f, op, left(f), r(f));
    }
    return (f) => {
      let a = left(f);
      let res: PyValue = true;
      for (let i = 0; i < ops.length; i++) {
        const b = rights[i]!(f);
        res = cmp1(f, ops[i]!, a, b);
        if (!truthy(res)) return res;
        a = b;
      }
      return res;
    };
  }

  starredItems(elts: Expr[]): (f: Frame) => PyValue[] {
    const parts = elts.map((x) =>
      x.type === 'Starred' ? { star: true, ev: this.expr(x.value) } : { star: false, ev: this.expr(x) }
    );
    return (f) => {
      const out: PyValue[] = [];
      for (const p of parts) {
        const v = p.ev(f);
        if (p.star) {
          if (!isIterable(v)) throw typeError(`Value after * must be an iterable, not ${typeName(v)}`);
          for (const x of iterToArray(v)) out.push(x);
        } else out.push(v);
      }
      return out;
    };
  }

  /** Argument builder: positional values and keyword map, handling *args and **kwargs. */
  argsBuilder(args: Expr[], keywords: Keyword[]): ((f: Frame) => [PyValue[], KwArgs]) | null {
    const simple = !args.some((a) => a.type === 'Starred') && keywords.every((k) => k.arg !== null);
    if (simple) {
      const pos = args.map((a) => this.expr(a));
      const kws = keywords.map((k) => [k.arg!, this.expr(k.value)] as const);
      return (f) => {
        const a = pos.map((p) => p(f));
        let kw: KwArgs = null;
        if (kws.length) {
          kw = new Map();
          for (const [k, v] of kws) kw.set(k, v(f));
        }
        return [a, kw];
      };
    }
    const pos = this.starredItems(args);
    const kws = keywords.map((k) => [k.arg, this.expr(k.value)] as const);
    return (f) => {
      const a = pos(f);
      let kw: KwArgs = null;
      if (kws.length) {
        kw = new Map();
        for (const [k, v] of kws) {
          const val = v(f);
          if (k !== null) {
            if (kw.has(k)) throw typeError(`keyword argument repeated: ${k}`);
            kw.set(k, val);
          } else mergeKwargs(kw, val);
        }
      }
      return [a, kw];
    };
  }

  call(e: Expr & { type: 'Call' }): Ev {
    const fn = e.func;
    // zero-argument super()
    if (
      fn.type === 'Name' &&
      fn.id === 'super' &&
      e.args.length === 0 &&
      e.keywords.length === 0 &&
      this.scope.kinds.get('super') !== 'local'
    ) {
      const firstSlot = this.scope.params.length ? 0 : -1;
      return (f) => {
        const cls = f.fn?.defClass;
        if (!cls || firstSlot < 0) throw err(E.RuntimeError, 'super(): no arguments');
        let self = f.l[firstSlot];
        if (self instanceof Cell) self = self.v;
        return new PySuper(cls, self as PyValue);
      };
    }
    const simple = !e.args.some((a) => a.type === 'Starred') && e.keywords.length === 0;
    if (fn.type === 'Attribute') {
      const obj = this.expr(fn.value);
      const name = fn.attr;
      if (simple) {
        const pos = e.args.map((a) => this.expr(a));
        const n = pos.length;
        return (f) => {
          const o = obj(f);
          let m: PyValue;
          let self = false;
          try {
            const found = methodLookup(o, name);
            if (found !== undefined) {
              m = found;
              self = true;
            } else m = getAttr(o, name);
          } catch (ex) {
            throw noteExc(ex, f, fn);
          }
          let args: PyValue[];
          if (self) {
            args = new Array(n + 1);
            args[0] = o;
            for (let i = 0; i < n; i++) args[i + 1] = pos[i]!(f);
          } else {
            args = new Array(n);
            for (let i = 0; i < n; i++) args[i] = pos[i]!(f);
          }
          try {
            return self ? (m as PyCallable).invoke(args, null) : call(m, args, null);
          } catch (ex) {
            throw noteExc(ex, f, e);
          }
        };
      }
      const build = this.argsBuilder(e.args, e.keywords)!;
      return (f) => {
        const o = obj(f);
        let m: PyValue;
        try {
          m = getAttr(o, name);
        } catch (ex) {
          throw noteExc(ex, f, fn);
        }
        const [args, kw] = build(f);
        try {
          return call(m, args, kw);
        } catch (ex) {
          throw noteExc(ex, f, e);
        }
      };
    }
    const func = this.expr(fn);
    if (simple) {
      const pos = e.args.map((a) => this.expr(a));
      if (pos.length === 0) {
        return (f) => {
          const g = func(f);
          try {
            return g instanceof PyCallable ? g.invoke([], null) : call(g, [], null);
          } catch (ex) {
            throw noteExc(ex, f, e);
          }
        };
      }
      if (pos.length === 1) {
        const a0 = pos[0]!;
        return (f) => {
          const g = func(f);
          const x = a0(f);
          try {
            return g instanceof PyCallable ? g.invoke([x], null) : call(g, [x], null);
          } catch (ex) {
            throw noteExc(ex, f, e);
          }
        };
      }
      return (f) => {
        const g = func(f);
        const args = pos.map((p) => p(f));
        try {
          return g instanceof PyCallable ? g.invoke(args, null) : call(g, args, null);
        } catch (ex) {
          throw noteExc(ex, f, e);
        }
      };
    }
    const build = this.argsBuilder(e.args, e.keywords)!;
    return (f) => {
      const g = func(f);
      const [args, kw] = build(f);
      try {
        return call(g, args, kw);
      } catch (ex) {
        throw noteExc(ex, f, e);
      }
    };
  }
}
