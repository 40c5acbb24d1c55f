/**
 * Expressions, plain (`expr`) and on the generator path (`exprG`: an expression containing await/yield; `genericG`
 * evaluates sub-expressions in order, suspending only where they do).
 */
import type { Expr } from '../../ast';
import {
  PyDict,
  PyException,
  PyList,
  PySet,
  PySlice,
  PyTuple,
  T,
  type KwArgs,
  type PyValue
} from '../../runtime/objects';
import {
  binop,
  call,
  compare,
  dictSet,
  getAttr,
  getItem,
  iterToArray,
  keyOf,
  repr,
  str,
  truthy,
  unary
} from '../../runtime/ops';
import { formatValue, asciiRepr } from '../../runtime/format';
import { Frame } from '../frame';
import { AgenYield, type Ev, type EvG } from '../function';
import { noteExc } from '../traceback';
import { awaitValue, unsupported, yieldFrom } from '../hooks';
import { constValue, mergeMapping, mergeKwargs } from './helpers';
import type { Suspendable } from './helpers';
import { OperatorCompiler } from './operators';

export abstract class ExpressionCompiler extends OperatorCompiler {
  /**
   * A class-body annotation's value (dataclasses read __annotations__). Evaluated as CPython does; a name the
   * scope analysis does not know, or one that fails at run time, falls back to the annotation's source name.
   */
  annotationValue(e: Expr): Ev {
    const fallback = e.type === 'Name' ? e.id : e.type === 'Constant' && typeof e.value === 'string' ? e.value : '';
    let ev: Ev;
    try {
      ev = this.expr(e);
    } catch {
      return () => fallback;
    }
    return (f) => {
      try {
        return ev(f);
      } catch (x) {
        if (x instanceof PyException) return fallback;
        throw x;
      }
    };
  }

  /** Compiles an expression that must not suspend (or in a scope where it cannot). */
  expr(e: Expr): Ev {
    if (this.suspends(e)) {
      throw unsupported('await/yield in this position', e);
    }
    switch (e.type) {
      case 'Constant': {
        const v = constValue(e);
        return () => v;
      }
      case 'Name':
        return this.load(e.id, e);
      case 'BinOp':
        return this.binop(e);
      case 'UnaryOp': {
        const v = this.expr(e.operand);
        const op = e.op;
        if (op === 'not') return (f) => !truthy(v(f));
        if (op === '-') {
          return (f) => {
            const x = v(f);
            if (typeof x === 'bigint') return -x;
            if (typeof x === 'number') return -x;
            try {
              return unary(op, x);
            } catch (ex) {
              throw noteExc(ex, f, e);
            }
          };
        }
        return (f) => {
          const x = v(f);
          try {
            return unary(op, x);
          } catch (ex) {
            throw noteExc(ex, f, e);
          }
        };
      }
      case 'BoolOp': {
        const vals = e.values.map((x) => this.expr(x));
        if (e.op === 'and') {
          return (f) => {
            let r: PyValue = null;
            for (const v of vals) {
              r = v(f);
              if (!truthy(r)) return r;
            }
            return r;
          };
        }
        return (f) => {
          let r: PyValue = null;
          for (const v of vals) {
            r = v(f);
            if (truthy(r)) return r;
          }
          return r;
        };
      }
      case 'Compare':
        return this.compare(e);
      case 'IfExp': {
        const t = this.expr(e.test);
        const a = this.expr(e.body);
        const b = this.expr(e.orelse);
        return (f) => (truthy(t(f)) ? a(f) : b(f));
      }
      case 'Call':
        return this.call(e);
      case 'Attribute': {
        const obj = this.expr(e.value);
        const name = e.attr;
        return (f) => {
          const o = obj(f);
          try {
            return getAttr(o, name);
          } catch (ex) {
            throw noteExc(ex, f, e);
          }
        };
      }
      case 'Subscript': {
        const obj = this.expr(e.value);
        const key = this.expr(e.slice);
        return (f) => {
          const o = obj(f);
          const k = key(f);
          if (o instanceof PyList && typeof k === 'bigint' && o.cls === T.list) {
            const n = o.items.length;
            let i = Number(k);
            if (i < 0) i += n;
            if (i >= 0 && i < n) return o.items[i]!;
          }
          try {
            return getItem(o, k);
          } catch (ex) {
            throw noteExc(ex, f, e);
          }
        };
      }
      case 'Slice': {
        const lo = e.lower ? this.expr(e.lower) : null;
        const hi = e.upper ? this.expr(e.upper) : null;
        const st = e.step ? this.expr(e.step) : null;
        return (f) => new PySlice(lo ? lo(f) : null, hi ? hi(f) : null, st ? st(f) : null);
      }
      case 'Tuple': {
        if (e.elts.some((x) => x.type === 'Starred')) {
          const items = this.starredItems(e.elts);
          return (f) => new PyTuple(items(f));
        }
        const items = e.elts.map((x) => this.expr(x));
        if (items.length === 2) {
          const [a, b] = items as [Ev, Ev];
          return (f) => new PyTuple([a(f), b(f)]);
        }
        return (f) => new PyTuple(items.map((x) => x(f)));
      }
      case 'List': {
        if (e.elts.some((x) => x.type === 'Starred')) {
          const items = this.starredItems(e.elts);
          return (f) => new PyList(items(f));
        }
        const items = e.elts.map((x) => this.expr(x));
        return (f) => new PyList(items.map((x) => x(f)));
      }
      case 'Set': {
        const items = this.starredItems(e.elts);
        return (f) => {
          const s = new PySet();
          for (const x of items(f)) {
            const k = keyOf(x, 'set element');
            if (!s.map.has(k)) s.map.set(k, x);
          }
          return s;
        };
      }
      case 'Dict': {
        const keys = e.keys.map((k) => (k ? this.expr(k) : null));
        const vals = e.values.map((v) => this.expr(v));
        return (f) => {
          const d = new PyDict();
          for (let i = 0; i < vals.length; i++) {
            const kf = keys[i];
            if (kf) {
              const k = kf(f);
              dictSet(d, k, vals[i]!(f));
            } else {
              const m = vals[i]!(f);
              mergeMapping(d, m);
            }
          }
          return d;
        };
      }
      case 'JoinedStr': {
        const parts = e.values.map((x) => this.expr(x));
        if (parts.length === 1) {
          const p = parts[0]!;
          return (f) => p(f) as string;
        }
        return (f) => {
          let s = '';
          for (const p of parts) s += p(f) as string;
          return s;
        };
      }
      case 'FormattedValue': {
        const v = this.expr(e.value);
        const conv = e.conversion;
        const spec = e.formatSpec ? this.expr(e.formatSpec) : null;
        return (f) => {
          let x = v(f);
          try {
            if (conv === 115) x = str(x);
            else if (conv === 114) x = repr(x);
            else if (conv === 97) x = asciiRepr(x);
            const sp = spec ? (spec(f) as string) : '';
            if (typeof x === 'string' && sp === '') return x;
            return formatValue(x, sp);
          } catch (ex) {
            throw noteExc(ex, f, e);
          }
        };
      }
      case 'Lambda':
        return this.lambda(e);
      case 'ListComp':
      case 'SetComp':
      case 'DictComp':
        return this.comprehension(e as never);
      case 'GeneratorExp':
        return this.genexp(e as never);
      case 'NamedExpr': {
        const v = this.expr(e.value);
        if (e.target.type !== 'Name') throw unsupported('walrus to a non-name', e);
        const set = this.namedExprStore(e.target.id);
        return (f) => {
          const x = v(f);
          set(f, x);
          return x;
        };
      }
      case 'Starred':
        throw unsupported('starred expression here', e);
      case 'Await':
      case 'Yield':
      case 'YieldFrom':
        throw unsupported(`${e.type.toLowerCase()} outside a suspendable function`, e);
    }
  }

  /** Statement or expression compiled for a suspendable body: sync closure when it cannot suspend. */
  sexpr(e: Expr): Suspendable<PyValue> {
    return this.suspends(e) ? { s: null, g: this.exprG(e) } : { s: this.expr(e), g: null };
  }

  exprAsG(e: Expr): EvG {
    if (this.suspends(e)) return this.exprG(e);
    const ev = this.expr(e);
    // eslint-disable-next-line require-yield
    return function* (f: Frame) {
      return ev(f);
    };
  }

  exprG(e: Expr): EvG {
    const kind = this.kind;
    switch (e.type) {
      case 'Await': {
        if (!this.suspends(e.value)) {
          const ev = this.expr(e.value);
          return function* (f) {
            const x = ev(f);
            try {
              return (yield* awaitValue(x)) as PyValue;
            } catch (ex) {
              throw noteExc(ex, f, e);
            }
          };
        }
        const v = this.exprAsG(e.value);
        return function* (f) {
          const x = yield* v(f);
          try {
            return (yield* awaitValue(x)) as PyValue;
          } catch (ex) {
            throw noteExc(ex, f, e);
          }
        };
      }
      case 'Yield': {
        const v = e.value ? this.exprAsG(e.value) : null;
        if (kind === 'agen') {
          return function* (f) {
            const x = v ? yield* v(f) : null;
            return (yield new AgenYield(x)) as PyValue;
          };
        }
        return function* (f) {
          const x = v ? yield* v(f) : null;
          return (yield x) as PyValue;
        };
      }
      case 'YieldFrom': {
        const v = this.exprAsG(e.value);
        return function* (f) {
          const x = yield* v(f);
          return yield* yieldFrom(x);
        };
      }
      case 'BoolOp': {
        const vals = e.values.map((x) => this.exprAsG(x));
        const isAnd = e.op === 'and';
        return function* (f) {
          let r: PyValue = null;
          for (const v of vals) {
            r = yield* v(f);
            if (truthy(r) !== isAnd) return r;
          }
          return r;
        };
      }
      case 'IfExp': {
        const t = this.exprAsG(e.test);
        const a = this.exprAsG(e.body);
        const b = this.exprAsG(e.orelse);
        return function* (f) {
          return truthy(yield* t(f)) ? yield* a(f) : yield* b(f);
        };
      }
      case 'NamedExpr': {
        const v = this.exprG(e.value);
        const set = this.store((e.target as { id: string }).id);
        return function* (f) {
          const x = yield* v(f);
          set(f, x);
          return x;
        };
      }
      case 'ListComp':
      case 'SetComp':
      case 'DictComp':
        return this.comprehensionG(e as never);
      default:
        return this.genericG(e);
    }
  }

  /** Any other expression with a suspending child: evaluate the children in order (suspending), then combine. */
  genericG(e: Expr): EvG {
    let children: Expr[];
    let combine: (v: PyValue[], f: Frame) => PyValue;
    switch (e.type) {
      case 'BinOp':
        children = [e.left, e.right];
        combine = (v) => binop(e.op, v[0]!, v[1]!);
        break;
      case 'UnaryOp':
        children = [e.operand];
        combine = (v) => unary(e.op, v[0]!);
        break;
      case 'Compare':
        children = [e.left, ...e.comparators];
        combine = (v) => {
          let res: PyValue = true;
          for (let i = 0; i < e.ops.length; i++) {
            res = compare(e.ops[i]!, v[i]!, v[i + 1]!);
            if (!truthy(res)) return res;
          }
          return res;
        };
        break;
      case 'Attribute':
        children = [e.value];
        combine = (v) => getAttr(v[0]!, e.attr);
        break;
      case 'Subscript':
        children = [e.value, e.slice];
        combine = (v) => getItem(v[0]!, v[1]!);
        break;
      case 'Slice':
        children = [e.lower, e.upper, e.step].filter((x): x is Expr => x !== null);
        combine = (v) => {
          let i = 0;
          const lower = e.lower ? v[i++]! : null;
          const upper = e.upper ? v[i++]! : null;
          return new PySlice(lower, upper, e.step ? v[i]! : null);
        };
        break;
      case 'Tuple':
      case 'List':
      case 'Set': {
        const star = e.elts.map((x) => x.type === 'Starred');
        children = e.elts.map((x) => (x.type === 'Starred' ? x.value : x));
        combine = (v) => {
          const items: PyValue[] = [];
          v.forEach((x, i) => {
            if (star[i]) items.push(...iterToArray(x));
            else items.push(x);
          });
          if (e.type === 'Tuple') return new PyTuple(items);
          if (e.type === 'List') return new PyList(items);
          const s = new PySet();
          for (const x of items) {
            const k = keyOf(x, 'set element');
            if (!s.map.has(k)) s.map.set(k, x);
          }
          return s;
        };
        break;
      }
      case 'Dict': {
        children = [];
        const shape: boolean[] = [];
        e.values.forEach((val, i) => {
          const k = e.keys[i];
          if (k) children.push(k);
          children.push(val);
          shape.push(!!k);
        });
        combine = (v) => {
          const d = new PyDict();
          let j = 0;
          for (const hasKey of shape) {
            if (hasKey) {
              const k = v[j++]!;
              dictSet(d, k, v[j++]!);
            } else mergeMapping(d, v[j++]!);
          }
          return d;
        };
        break;
      }
      case 'JoinedStr':
        children = e.values;
        combine = (v) => v.join('');
        break;
      case 'FormattedValue':
        children = e.formatSpec ? [e.value, e.formatSpec] : [e.value];
        combine = (v) => {
          let x = v[0]!;
          if (e.conversion === 115) x = str(x);
          else if (e.conversion === 114) x = repr(x);
          else if (e.conversion === 97) x = asciiRepr(x);
          const sp = e.formatSpec ? (v[1] as string) : '';
          return typeof x === 'string' && sp === '' ? x : formatValue(x, sp);
        };
        break;
      case 'Call': {
        const fn = e.func;
        const isMethod = fn.type === 'Attribute';
        children = [isMethod ? fn.value : fn];
        const shape: ('pos' | 'star' | 'kw' | 'kwstar')[] = [];
        const names: (string | null)[] = [];
        for (const a of e.args) {
          if (a.type === 'Starred') {
            children.push(a.value);
            shape.push('star');
          } else {
            children.push(a);
            shape.push('pos');
          }
          names.push(null);
        }
        for (const k of e.keywords) {
          children.push(k.value);
          shape.push(k.arg === null ? 'kwstar' : 'kw');
          names.push(k.arg);
        }
        combine = (v) => {
          const g = isMethod ? getAttr(v[0]!, (fn as { attr: string }).attr) : v[0]!;
          const args: PyValue[] = [];
          let kw: KwArgs = null;
          shape.forEach((sh, i) => {
            const x = v[i + 1]!;
            if (sh === 'pos') args.push(x);
            else if (sh === 'star') args.push(...iterToArray(x));
            else {
              kw ??= new Map();
              if (sh === 'kw') kw.set(names[i]!, x);
              else mergeKwargs(kw, x);
            }
          });
          return call(g, args, kw);
        };
        break;
      }
      default:
        throw unsupported(`await inside ${e.type}`, e);
    }
    const parts = children.map((c) => this.sexpr(c));
    const n = parts.length;
    return function* (f) {
      const vals: PyValue[] = new Array(n);
      for (let i = 0; i < n; i++) {
        const p = parts[i]!;
        vals[i] = p.g ? yield* p.g(f) : p.s!(f);
      }
      try {
        return combine(vals, f);
      } catch (ex) {
        throw noteExc(ex, f, e);
      }
    };
  }
}
