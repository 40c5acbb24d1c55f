/**
 * Closure compiler: turns each AST node into a JS closure once, so running a function is calling closures (no AST
 * walking, no eval). Code that can suspend (bodies of generators / async functions, only for the statements and
 * expressions that contain an await or yield) compiles to generator closures (`function*` + `yield*`); everything
 * else compiles to plain closures, which are much faster.
 *
 * Conventions: Ev = (frame) => value; EvG = generator returning the value; Ex / ExG return a completion code
 * (NORMAL / BREAK / CONTINUE / RETURN with the value in frame.ret).
 */
import { WOULD_SUSPEND } from '../../engine';
import type { Arguments, Comprehension, Expr, ExceptHandler, Keyword, Module, Span, Stmt } from '../ast';
import { E, err, typeError } from '../runtime/exceptions';
import {
  Cell,
  Ellipsis,
  PyBytes,
  PyCallable,
  PyDict,
  PyException,
  PyList,
  PyModule,
  PyNative,
  PyObject,
  PySet,
  PySlice,
  PySuper,
  PyTuple,
  PyType,
  registerType,
  STOP,
  T,
  typeOf,
  type KwArgs,
  type PyValue
} from '../runtime/objects';
import {
  binop,
  call,
  callMethod,
  compare,
  delAttr,
  delItem,
  dictSet,
  getAttr,
  getItem,
  getIter,
  inplace,
  intBinop,
  isStr,
  iterToArray,
  keyOf,
  newDict,
  repr,
  setAttr,
  setItem,
  str,
  truthy,
  typeName,
  unary,
  eqValue,
  contains
} from '../runtime/ops';
import { formatValue, asciiRepr } from '../runtime/format';
import { builtins } from '../runtime/builtins';
import { Frame, overBudget, state } from './frame';
import {
  AgenYield,
  BREAK,
  CONTINUE,
  NORMAL,
  PyFunction,
  PyGenerator,
  RETURN,
  type Ev,
  type EvG,
  type Ex,
  type ExG,
  type FnCode,
  type FnKind
} from './function';
import type { Analysis, ScopeInfo } from './scope';
import { handledException, noteExc, setImplicitContext } from './traceback';
import {
  awaitValue,
  importModule,
  unsupported,
  warnUnawaited,
  yieldFrom,
  asyncIter,
  CoroutineType,
  PyCoro,
  engineResult
} from './hooks';

type Setter = (f: Frame, v: PyValue) => void;
/**
 * An await statement blockG runs inline: the operand, the Await node (tracebacks), the targets (null: `await x`),
 * and whether it is `return await x` (the result becomes the frame's return value).
 */
type InlineAwait = { ev: Ev; node: Expr; sets: Setter[] | null; ret: boolean };
/** The head of a loop whose body blockG runs in its own generator: `while` with a sync test, or a sync `for`. */
type LoopHead =
  | { kind: 'while'; line: number; test: Ev; iter: null; iterNode: null; set: null }
  | { kind: 'for'; line: number; test: null; iter: EvG; iterNode: Expr; set: Setter };
/** One statement of a generator-mode block: sync closure, generator, or inline await (exactly one is set). */
type BlockItem = { s: Ex | null; g: ExG | null; a: InlineAwait | null };
type Suspendable<T> = { s: (f: Frame) => T; g: null } | { s: null; g: (f: Frame) => Generator<unknown, T, unknown> };

const NONE_EXC = Symbol('none');

export function nameError(name: string): PyException {
  const e = err(E.NameError, `name '${name}' is not defined`);
  e.dict = new Map<string, PyValue>([['name', name]]);
  return e;
}
function unboundLocal(name: string): PyException {
  return err(E.UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
}
function unboundFree(name: string): PyException {
  return err(
    E.NameError,
    `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`
  );
}

function constValue(e: Expr & { type: 'Constant' }): PyValue {
  const v = e.value;
  switch (v.kind) {
    case 'int':
      return v.value;
    case 'float':
      return v.value;
    case 'str':
      return v.value;
    case 'bool':
      return v.value;
    case 'None':
      return null;
    case 'bytes':
      return new PyBytes(v.value);
    case 'Ellipsis':
      return Ellipsis;
    case 'complex':
      throw unsupported('complex numbers', e);
  }
}

export class Compiler {
  constructor(
    readonly an: Analysis,
    readonly filename: string
  ) {}

  /** Compiles the module body. */
  module(mod: Module): { code: FnCode; run: Ex } {
    const scope = this.an.module;
    const code = this.makeCode(scope, '<module>', mod.line || 1, 'sync');
    const c = new ScopeCompiler(this, scope, 'sync');
    const run = c.block(mod.body);
    code.body = run;
    return { code, run };
  }

  makeCode(scope: ScopeInfo, name: string, line: number, kind: FnKind, args?: Arguments, isLambda = false): FnCode {
    const posNames = args ? [...args.posonlyargs, ...args.args].map((a) => a.arg) : scope.params.slice();
    const kwonly = args ? args.kwonlyargs.map((a) => a.arg) : [];
    const cellParams: number[] = [];
    const cellNew: number[] = [];
    const free: [number, number][] = [];
    const paramSet = new Set(scope.params);
    for (const [n, slot] of scope.slots) {
      const k = scope.kinds.get(n);
      if (k === 'cell') (paramSet.has(n) ? cellParams : cellNew).push(slot);
      else if (k === 'free' || scope.passThrough.has(n)) free.push([slot, scope.freeVars.indexOf(n)]);
    }
    return {
      name,
      qualname: scope.qualname,
      filename: this.filename,
      firstLine: line,
      scope,
      kind,
      body: null,
      bodyG: null,
      nslots: scope.nslots,
      posNames,
      nPosOnly: args ? args.posonlyargs.length : 0,
      hasVararg: !!args?.vararg,
      kwonly,
      hasKwarg: !!args?.kwarg,
      cellParams,
      cellNew,
      free,
      simple: !args || (!args.vararg && !args.kwarg && args.kwonlyargs.length === 0),
      isLambda
    };
  }
}

/** Compiles the statements and expressions of one scope. */
class ScopeCompiler {
  constructor(
    readonly c: Compiler,
    readonly scope: ScopeInfo,
    /** What a suspension point means in this scope: Python yield (gen), await (coro), both (agen). */
    readonly kind: FnKind
  ) {}

  suspends(n: object): boolean {
    return this.c.an.suspends.has(n);
  }

  // ============================================================================================ names

  load(name: string, node: Span): Ev {
    const k = this.scope.kinds.get(name);
    if (k === 'local') {
      const i = this.scope.slots.get(name)!;
      return (f) => {
        const v = f.l[i];
        if (v === undefined) throw unboundLocal(name);
        return v as PyValue;
      };
    }
    if (k === 'cell' || k === 'free') {
      const i = this.scope.slots.get(name)!;
      return (f) => {
        const v = (f.l[i] as Cell).v;
        if (v === undefined) throw k === 'free' ? unboundFree(name) : unboundLocal(name);
        return v;
      };
    }
    if (this.scope.kind === 'class' && k !== 'global') {
      return (f) => {
        let v = f.ns!.get(name);
        if (v !== undefined) return v;
        v = f.g.get(name);
        if (v !== undefined) return v;
        v = builtins.get(name);
        if (v !== undefined) return v;
        throw nameError(name);
      };
    }
    void node;
    return (f) => {
      let v = f.g.get(name);
      if (v !== undefined) return v;
      v = builtins.get(name);
      if (v !== undefined) return v;
      throw nameError(name);
    };
  }

  store(name: string): Setter {
    const k = this.scope.kinds.get(name);
    if (k === 'local') {
      const i = this.scope.slots.get(name)!;
      return (f, v) => {
        f.l[i] = v;
      };
    }
    if (k === 'cell' || k === 'free') {
      const i = this.scope.slots.get(name)!;
      return (f, v) => {
        (f.l[i] as Cell).v = v;
      };
    }
    if (this.scope.kind === 'class' && k !== 'global') {
      return (f, v) => {
        f.ns!.set(name, v);
      };
    }
    return (f, v) => {
      f.g.set(name, v);
    };
  }

  del(name: string): (f: Frame) => void {
    const k = this.scope.kinds.get(name);
    if (k === 'local') {
      const i = this.scope.slots.get(name)!;
      return (f) => {
        if (f.l[i] === undefined) throw unboundLocal(name);
        f.l[i] = undefined;
      };
    }
    if (k === 'cell' || k === 'free') {
      const i = this.scope.slots.get(name)!;
      return (f) => {
        const c = f.l[i] as Cell;
        if (c.v === undefined) throw unboundLocal(name);
        c.v = undefined;
      };
    }
    if (this.scope.kind === 'class' && k !== 'global') {
      return (f) => {
        if (!f.ns!.delete(name)) throw nameError(name);
      };
    }
    return (f) => {
      if (!f.g.delete(name)) throw nameError(name);
    };
  }

  // ============================================================================================ targets

  target(t: Expr): Setter {
    switch (t.type) {
      case 'Name':
        return this.store(t.id);
      case 'Attribute': {
        const obj = this.expr(t.value);
        const name = t.attr;
        return (f, v) => {
          try {
            setAttr(obj(f), name, v);
          } catch (e) {
            throw noteExc(e, f, t);
          }
        };
      }
      case 'Subscript': {
        const obj = this.expr(t.value);
        const key = this.expr(t.slice);
        return (f, v) => {
          const o = obj(f);
          const k = key(f);
          try {
            setItem(o, k, v);
          } catch (e) {
            throw noteExc(e, f, t);
          }
        };
      }
      case 'Tuple':
      case 'List':
        return this.unpackTarget(t.elts);
      case 'Starred':
        throw unsupported('starred assignment target outside a tuple', t);
      default:
        throw unsupported(`assignment to ${t.type}`, t);
    }
  }

  unpackTarget(elts: Expr[]): Setter {
    const starAt = elts.findIndex((e) => e.type === 'Starred');
    const setters = elts.map((e) => (e.type === 'Starred' ? this.target(e.value) : this.target(e)));
    const n = elts.length;
    if (starAt < 0) {
      return (f, v) => {
        let items: PyValue[];
        if (v instanceof PyTuple || v instanceof PyList) items = v.items;
        else {
          if (!isIterable(v)) throw typeError(`cannot unpack non-iterable ${typeName(v)} object`);
          items = unpackN(v, n);
        }
        if (items.length !== n) {
          if (items.length < n)
            throw err(E.ValueError, `not enough values to unpack (expected ${n}, got ${items.length})`);
          // 3.14 adds the length of an exact list/tuple
          const got =
            state.features.rewordedMessages &&
            (v as PyObject).cls?.builtin &&
            (v instanceof PyTuple || v instanceof PyList);
          throw err(E.ValueError, `too many values to unpack (expected ${n}${got ? `, got ${items.length}` : ''})`);
        }
        for (let i = 0; i < n; i++) setters[i]!(f, items[i]!);
      };
    }
    const after = n - starAt - 1;
    return (f, v) => {
      if (!isIterable(v)) throw typeError(`cannot unpack non-iterable ${typeName(v)} object`);
      const items = iterToArray(v);
      if (items.length < n - 1) {
        throw err(E.ValueError, `not enough values to unpack (expected at least ${n - 1}, got ${items.length})`);
      }
      for (let i = 0; i < starAt; i++) setters[i]!(f, items[i]!);
      setters[starAt]!(f, new PyList(items.slice(starAt, items.length - after)));
      for (let i = 0; i < after; i++) setters[starAt + 1 + i]!(f, items[items.length - after + i]!);
    };
  }

  // ============================================================================================ expressions

  /**
   * A class-body annotation's value (dataclasses read __annotations__). Evaluated as CPython does; a name the
   * scope analysis does not know, or one that fails at run time, falls back to the annotation's source name.
   */
  private annotationValue(e: Expr): Ev {
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

  namedExprStore(name: string): Setter {
    // inside a comprehension the target lives in the enclosing function (resolved as nonlocal/free by scope.ts)
    return this.store(name);
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

  // ---------------------------------------------------------------------------------- calls

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

  // ---------------------------------------------------------------------------------- functions

  defaults(a: Arguments): (f: Frame) => [PyValue[], Map<string, PyValue> | null] {
    const d = a.defaults.map((x) => this.expr(x));
    const kd = a.kwonlyargs
      .map((arg, i) => [arg.arg, a.kwDefaults[i] ? this.expr(a.kwDefaults[i]!) : null] as const)
      .filter((x) => x[1]);
    return (f) => {
      const defs = d.map((x) => x(f));
      let kw: Map<string, PyValue> | null = null;
      if (kd.length) {
        kw = new Map();
        for (const [n, v] of kd) kw.set(n, v!(f));
      }
      return [defs, kw];
    };
  }

  closureOf(inner: ScopeInfo): (f: Frame) => Cell[] {
    const slots = inner.freeVars.map((n) => {
      const s = this.scope.slots.get(n);
      if (s === undefined) throw new Error(`free variable ${n} not found in ${this.scope.qualname}`);
      return s;
    });
    if (slots.length === 0) return () => [];
    return (f) => slots.map((s) => f.l[s] as Cell);
  }

  functionCode(node: Stmt & { type: 'FunctionDef' | 'AsyncFunctionDef' }): FnCode {
    const scope = this.c.an.scopes.get(node)!;
    const isAsync = node.type === 'AsyncFunctionDef';
    const kind: FnKind = isAsync ? (scope.isGenerator ? 'agen' : 'coro') : scope.isGenerator ? 'gen' : 'sync';
    const code = this.c.makeCode(scope, node.name, node.line, kind, node.args);
    const sc = new ScopeCompiler(this.c, scope, kind);
    if (kind === 'sync') code.body = sc.block(node.body);
    else code.bodyG = sc.bodyG(node.body);
    return code;
  }

  lambda(e: Expr & { type: 'Lambda' }): Ev {
    const scope = this.c.an.scopes.get(e)!;
    const kind: FnKind = scope.isGenerator ? 'gen' : 'sync';
    const code = this.c.makeCode(scope, '<lambda>', e.line, kind, e.args, true);
    const sc = new ScopeCompiler(this.c, scope, kind);
    const ret: Stmt = { type: 'Return', value: e.body, line: e.line, col: e.col, endLine: e.endLine, endCol: e.endCol };
    if (kind === 'sync') code.body = sc.block([ret]);
    else code.bodyG = sc.blockG([ret]);
    const defs = this.defaults(e.args);
    const clo = this.closureOf(scope);
    return (f) => {
      const [d, kd] = defs(f);
      return new PyFunction(code, f.g, clo(f), d, kd);
    };
  }

  // ---------------------------------------------------------------------------------- comprehensions

  /** List/set/dict comprehension: runs inline in a child frame (its own scope, like CPython <= 3.11). */
  comprehension(e: Expr & { type: 'ListComp' | 'SetComp' | 'DictComp' }): Ev {
    const scope = this.c.an.scopes.get(e)!;
    const first = this.expr(e.generators[0]!.iter);
    const code = this.c.makeCode(scope, scope.name, e.line, 'sync');
    const sc = new ScopeCompiler(this.c, scope, 'sync');
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
    const sc = new ScopeCompiler(this.c, scope, 'gen');
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

  // ============================================================================================ statements

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

  storeDyn(f: Frame, name: string, v: PyValue): void {
    if (f.ns) f.ns.set(name, v);
    else f.g.set(name, v);
  }

  delTarget(t: Expr): (f: Frame) => void {
    switch (t.type) {
      case 'Name':
        return this.del(t.id);
      case 'Subscript': {
        const o = this.expr(t.value);
        const k = this.expr(t.slice);
        return (f) => delItem(o(f), k(f));
      }
      case 'Attribute': {
        const o = this.expr(t.value);
        return (f) => delAttr(o(f), t.attr);
      }
      case 'Tuple':
      case 'List': {
        const ds = t.elts.map((x) => this.delTarget(x));
        return (f) => {
          for (const d of ds) d(f);
        };
      }
      default:
        throw unsupported(`del of ${t.type}`, t);
    }
  }

  augAssign(s: Stmt & { type: 'AugAssign' }, valG: EvG | null): Ex {
    const t = s.target;
    const op = s.op;
    const v = valG ? null : this.expr(s.value);
    void valG;
    const apply = (f: Frame, a: PyValue, b: PyValue): PyValue => {
      try {
        if (typeof a === 'bigint' && typeof b === 'bigint' && op === '+') return a + b;
        return inplace(op, a, b);
      } catch (ex) {
        throw noteExc(ex, f, s);
      }
    };
    if (t.type === 'Name') {
      const get = this.load(t.id, t);
      const set = this.store(t.id);
      return (f) => {
        set(f, apply(f, get(f), v!(f)));
        return NORMAL;
      };
    }
    if (t.type === 'Attribute') {
      const o = this.expr(t.value);
      return (f) => {
        const obj = o(f);
        const cur = getAttr(obj, t.attr);
        setAttr(obj, t.attr, apply(f, cur, v!(f)));
        return NORMAL;
      };
    }
    if (t.type === 'Subscript') {
      const o = this.expr(t.value);
      const k = this.expr(t.slice);
      return (f) => {
        const obj = o(f);
        const key = k(f);
        const cur = getItem(obj, key);
        setItem(obj, key, apply(f, cur, v!(f)));
        return NORMAL;
      };
    }
    throw unsupported('augmented assignment to this target', s);
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

  handlers(
    hs: ExceptHandler[]
  ): { match: Ev | null; set: Setter | null; del: ((f: Frame) => void) | null; body: Ex; node: ExceptHandler }[] {
    return hs.map((h) => ({
      match: h.exceptType ? this.expr(h.exceptType) : null,
      set: h.name ? this.store(h.name) : null,
      del: h.name ? this.delQuiet(h.name) : null,
      body: this.block(h.body),
      node: h
    }));
  }

  delQuiet(name: string): (f: Frame) => void {
    const set = this.store(name);
    const k = this.scope.kinds.get(name);
    if (k === 'local') {
      const i = this.scope.slots.get(name)!;
      return (f) => {
        f.l[i] = undefined;
      };
    }
    if (k === 'cell' || k === 'free') {
      const i = this.scope.slots.get(name)!;
      return (f) => {
        (f.l[i] as Cell).v = undefined;
      };
    }
    void set;
    return (f) => {
      if (f.ns) f.ns.delete(name);
      else f.g.delete(name);
    };
  }

  tryStmt(s: Stmt & { type: 'Try' | 'TryStar' }, star = false): Ex {
    const body = this.block(s.body);
    const hs = this.handlers(s.handlers);
    const orelse = s.orelse.length ? this.block(s.orelse) : null;
    const fin = s.finalbody.length ? this.block(s.finalbody) : null;
    const handle = (f: Frame, e: PyException): number => {
      for (const h of hs) {
        if (h.match === null || excMatches(e, h.match(f))) {
          const prev = f.exc;
          f.exc = e;
          if (h.set) h.set(f, e);
          try {
            return h.body(f);
          } finally {
            f.exc = prev;
            if (h.del) h.del(f);
          }
        }
      }
      throw e;
    };
    const handleStar = (f: Frame, e: PyException): number => {
      const st = new StarMatch(e);
      for (const h of hs) {
        if (st.rest === null) break;
        const match = st.take(h.match!(f));
        if (match === null) continue;
        const prev = f.exc;
        f.exc = match;
        if (h.set) h.set(f, match);
        try {
          h.body(f);
        } catch (x) {
          st.fail(x);
        } finally {
          f.exc = prev;
          if (h.del) h.del(f);
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
          if (!(e instanceof PyException) || hs.length === 0) throw e;
          caught = e;
        }
        if (caught === null) {
          if (r === NORMAL && orelse) r = orelse(f);
        } else r = dispatch(f, caught);
      } catch (e) {
        if (!fin || !(e instanceof PyException)) throw e;
        pending = e;
      }
      if (fin) {
        const prev = f.exc;
        if (pending !== NONE_EXC) f.exc = pending as PyException;
        const saveRet = f.ret;
        let fr: number;
        try {
          fr = fin(f);
        } finally {
          f.exc = prev;
        }
        if (fr !== NORMAL) return fr;
        if (pending !== NONE_EXC) throw pending;
        if (r === RETURN) f.ret = saveRet;
      }
      return r;
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
      const t = typeOf(mgr);
      const enter = t.lookup('__enter__');
      const exit = t.lookup('__exit__');
      if (enter === undefined || exit === undefined) {
        throw typeError(`'${t.name}' object does not support the context manager protocol${missedMethod(enter, exit)}`);
      }
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

  functionDef(s: Stmt & { type: 'FunctionDef' | 'AsyncFunctionDef' }): Ex {
    const code = this.functionCode(s);
    const defs = this.defaults(s.args);
    const scope = this.c.an.scopes.get(s)!;
    const clo = this.closureOf(scope);
    const decos = s.decoratorList.map((d) => this.expr(d));
    const set = this.store(s.name);
    const doc = docstring(s.body);
    return (f) => {
      const ds = decos.map((d) => d(f));
      const [d, kd] = defs(f);
      const pf = new PyFunction(code, f.g, clo(f), d, kd);
      if (doc !== undefined) pf.dict = new Map<string, PyValue>([['__doc__', doc]]);
      let fn: PyValue = pf;
      for (let i = ds.length - 1; i >= 0; i--) fn = call(ds[i]!, [fn]);
      set(f, fn);
      return NORMAL;
    };
  }

  classDef(s: Stmt & { type: 'ClassDef' }): Ex {
    const scope = this.c.an.scopes.get(s)!;
    const bases = s.bases.map((b) => this.expr(b));
    const decos = s.decoratorList.map((d) => this.expr(d));
    const code = this.c.makeCode(scope, s.name, s.line, 'sync');
    const sc = new ScopeCompiler(this.c, scope, 'sync');
    code.body = sc.block(s.body);
    const clo = this.closureOf(scope);
    const set = this.store(s.name);
    const kws = s.keywords;
    const doc = docstring(s.body);
    return (f) => {
      const ds = decos.map((d) => d(f));
      const bs = bases.map((b) => b(f));
      for (const k of kws) if (k.arg !== 'metaclass') throw unsupported(`class keyword '${k.arg}'`, s);
      const ns = new Map<string, PyValue>();
      const modName = (f.g.get('__name__') as string | undefined) ?? '__main__';
      ns.set('__module__', modName);
      ns.set('__qualname__', scope.qualname);
      if (doc !== undefined) ns.set('__doc__', doc);
      const cf = new Frame(code, f.g, ns, code.nslots);
      const cells = clo(f);
      for (const [slot, i] of code.free) cf.l[slot] = cells[i];
      cf.back = f;
      cf.depth = f.depth + 1;
      const prev = state.frame;
      state.frame = cf;
      try {
        code.body!(cf);
      } finally {
        state.frame = prev;
      }
      let cls: PyValue = makeClass(s.name, scope.qualname, bs, ns, modName);
      for (let i = ds.length - 1; i >= 0; i--) cls = call(ds[i]!, [cls]);
      set(f, cls);
      return NORMAL;
    };
  }

  // ============================================================================================ generator mode

  /** Statement or expression compiled for a suspendable body: sync closure when it cannot suspend. */
  sexpr(e: Expr): Suspendable<PyValue> {
    return this.suspends(e) ? { s: null, g: this.exprG(e) } : { s: this.expr(e), g: null };
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
  private inlineAwait(s: Stmt): InlineAwait | null {
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

  exprAsG(e: Expr): EvG {
    if (this.suspends(e)) return this.exprG(e);
    const ev = this.expr(e);
    // eslint-disable-next-line require-yield
    return function* (f: Frame) {
      return ev(f);
    };
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

  tryG(s: Stmt & { type: 'Try' | 'TryStar' }): ExG {
    const star = s.type === 'TryStar';
    const body = this.anyBlockG(s.body);
    const hs = s.handlers.map((h) => ({
      match: h.exceptType ? this.expr(h.exceptType) : null,
      set: h.name ? this.store(h.name) : null,
      del: h.name ? this.delQuiet(h.name) : null,
      body: this.anyBlockG(h.body)
    }));
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
          if (!(e instanceof PyException) || hs.length === 0) throw e;
          caught = e;
        }
        if (caught === null) {
          if (r === NORMAL && orelse) r = yield* orelse(f);
        } else if (star) {
          const st = new StarMatch(caught);
          for (const h of hs) {
            if (st.rest === null) break;
            const match = st.take(h.match!(f));
            if (match === null) continue;
            const prev = f.exc;
            f.exc = match;
            if (h.set) h.set(f, match);
            try {
              yield* h.body(f);
            } catch (x) {
              st.fail(x);
            } finally {
              f.exc = prev;
              if (h.del) h.del(f);
            }
          }
          r = st.finish();
        } else {
          let handled = false;
          for (const h of hs) {
            if (h.match === null || excMatches(caught, h.match(f))) {
              const prev = f.exc;
              f.exc = caught;
              if (h.set) h.set(f, caught);
              try {
                r = yield* h.body(f);
              } finally {
                f.exc = prev;
                if (h.del) h.del(f);
              }
              handled = true;
              break;
            }
          }
          if (!handled) throw caught;
        }
      } catch (e) {
        if (!fin || !(e instanceof PyException)) throw e;
        pending = e;
      }
      if (fin) {
        const prev = f.exc;
        if (pending !== NONE_EXC) f.exc = pending as PyException;
        const saveRet = f.ret;
        let fr: number;
        try {
          fr = yield* fin(f);
        } finally {
          f.exc = prev;
        }
        if (fr !== NORMAL) return fr;
        if (pending !== NONE_EXC) throw pending;
        if (r === RETURN) f.ret = saveRet;
      }
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
      const t = typeOf(mgr);
      const enter = t.lookup(isAsync ? '__aenter__' : '__enter__');
      const exit = t.lookup(isAsync ? '__aexit__' : '__exit__');
      if (enter === undefined || exit === undefined) {
        if (isAsync) {
          throw typeError(
            `'${t.name}' object does not support the asynchronous context manager protocol${missedMethod(enter, exit, true)}`
          );
        }
        throw typeError(`'${t.name}' object does not support the context manager protocol${missedMethod(enter, exit)}`);
      }
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

  /** A comprehension containing await (inside an async function): runs inline as generator code. */
  comprehensionG(e: Expr & { type: 'ListComp' | 'SetComp' | 'DictComp' }): EvG {
    const scope = this.c.an.scopes.get(e)!;
    const firstNode = e.generators[0]!.iter;
    const first = this.exprAsG(firstNode);
    const code = this.c.makeCode(scope, scope.name, e.line, 'coro');
    const sc = new ScopeCompiler(this.c, scope, this.kind);
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

// ================================================================================================ helpers

/** The docstring of a body (first statement a string literal), else undefined. */
function docstring(body: Stmt[]): string | undefined {
  const b = body[0];
  if (b && b.type === 'Expr' && b.value.type === 'Constant' && b.value.value.kind === 'str') return b.value.value.value;
  return undefined;
}

function setupCompCells(cf: Frame, code: FnCode, closure: Cell[]): void {
  for (const s of code.cellParams) cf.l[s] = new Cell(cf.l[s] as PyValue | undefined);
  for (const s of code.cellNew) cf.l[s] = new Cell();
  for (const [s, i] of code.free) cf.l[s] = closure[i];
}

function getIterNoted(v: PyValue, f: Frame, n: Span): ReturnType<typeof getIter> {
  try {
    return getIter(v);
  } catch (e) {
    throw noteExc(e, f, n);
  }
}

function isIterable(v: PyValue): boolean {
  if (typeof v === 'string') return true;
  if (!(v instanceof PyObject)) return false;
  return (
    v instanceof PyList ||
    v instanceof PyTuple ||
    v instanceof PyDict ||
    v instanceof PySet ||
    typeOf(v).lookup('__iter__') !== undefined ||
    typeOf(v).lookup('__getitem__') !== undefined ||
    'next' in v
  );
}

function unpackN(v: PyValue, n: number): PyValue[] {
  const it = getIter(v);
  const out: PyValue[] = [];
  for (let x = it.next(); x !== STOP; x = it.next()) {
    out.push(x);
    if (out.length > n) break;
  }
  return out;
}

function isOp(a: PyValue, b: PyValue): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Object.is(a, b);
  return a === b;
}

/** A method found on the type that can be called with self prepended (no bound-method allocation). */
function methodLookup(o: PyValue, name: string): PyCallable | undefined {
  if (o instanceof PyType || o instanceof PyModule || o instanceof PySuper) return undefined;
  const m = typeOf(o).lookup(name);
  if (m instanceof PyFunction || (m instanceof PyNative && m.owner !== null)) {
    if (o instanceof PyObject && o.dict !== null && o.dict.has(name)) return undefined;
    return m;
  }
  return undefined;
}

function mergeMapping(d: PyDict, m: PyValue): void {
  if (m instanceof PyDict) {
    for (const e of m.map.values()) dictSet(d, e.k, e.v);
    return;
  }
  const keys = getAttrOptional(m, 'keys');
  if (keys === undefined) throw typeError(`'${typeName(m)}' object is not a mapping`);
  for (const k of iterToArray(call(keys, []))) dictSet(d, k, getItem(m, k));
}

function getAttrOptional(o: PyValue, name: string): PyValue | undefined {
  try {
    return getAttr(o, name);
  } catch {
    return undefined;
  }
}

function mergeKwargs(kw: Map<string, PyValue>, m: PyValue): void {
  if (!(m instanceof PyDict)) {
    const d = new PyDict();
    mergeMapping(d, m);
    m = d;
  }
  for (const e of (m as PyDict).map.values()) {
    if (!isStr(e.k)) throw typeError('keywords must be strings');
    if (kw.has(e.k)) throw typeError(`got multiple values for keyword argument '${e.k}'`);
    kw.set(e.k, e.v);
  }
}

function annotate(f: Frame, name: string, value: PyValue): void {
  const ns = f.ns!;
  let ann = ns.get('__annotations__');
  if (!(ann instanceof PyDict)) {
    ann = newDict();
    ns.set('__annotations__', ann);
  }
  dictSet(ann as PyDict, name, value);
}

/** `raise X` accepts a class (instantiated with no args) or an instance. */
export function makeException(v: PyValue): PyException {
  if (v instanceof PyException) return v;
  if (v instanceof PyType && v.isSubtypeOf(E.BaseException)) {
    const x = call(v, []);
    if (x instanceof PyException) return x;
  }
  throw typeError('exceptions must derive from BaseException');
}

/**
 * except* bookkeeping: each clause takes the part of the group its type matches (BaseExceptionGroup.split), in
 * order; what no clause took is re-raised, exceptions raised by the clauses are raised together in a new
 * ExceptionGroup (a single one as is). A naked exception is matched whole, as ExceptionGroup('', (exc,)).
 */
class StarMatch {
  readonly naked: boolean;
  rest: PyValue;
  readonly raised: PyValue[] = [];
  constructor(readonly e: PyException) {
    this.naked = !e.cls.isSubtypeOf(E.BaseExceptionGroup);
    this.rest = e;
    if (this.naked) {
      const g = call(e.cls.isSubtypeOf(E.Exception) ? E.ExceptionGroup : E.BaseExceptionGroup, ['', new PyTuple([e])]);
      (g as PyException).tb = e.tb;
      this.rest = g;
    }
  }
  /** The part of what is left that `t` matches (null = none; then the clause does not run). */
  take(t: PyValue): PyException | null {
    const types = t instanceof PyTuple ? t.items : [t];
    if (types.some((x) => x instanceof PyType && x.isSubtypeOf(E.BaseExceptionGroup))) {
      throw typeError('catching ExceptionGroup with except* is not allowed. Use except instead.');
    }
    if (this.naked) {
      if (!excMatches(this.e, t)) return null;
      const m = this.rest as PyException;
      this.rest = null;
      return m;
    }
    const parts = callMethod(this.rest, 'split', [t]) as PyTuple;
    this.rest = parts.items[1]!;
    return parts.items[0] as PyException | null;
  }
  fail(x: unknown): void {
    if (!(x instanceof PyException)) throw x;
    this.raised.push(x);
  }
  finish(): number {
    if (this.raised.length === 0) {
      if (this.rest === null) return NORMAL;
      throw this.naked ? this.e : this.rest;
    }
    if (this.rest !== null) this.raised.push(this.rest);
    if (this.raised.length === 1) throw this.raised[0];
    const group = call(E.ExceptionGroup, ['', new PyList(this.raised)]) as PyException;
    group.context = this.e;
    throw group;
  }
}

/** 3.14 names the first missing method of a (async) context manager: " (missed __exit__ method)". */
function missedMethod(enter: PyValue | undefined, exit: PyValue | undefined, isAsync = false): string {
  if (!state.features.rewordedMessages) return '';
  const a = isAsync ? 'a' : '';
  return ` (missed __${a}${exit === undefined ? 'exit' : 'enter'}__ method)`;
}

export function excMatches(e: PyException, t: PyValue): boolean {
  if (t instanceof PyType) {
    if (!t.isSubtypeOf(E.BaseException))
      throw typeError('catching classes that do not inherit from BaseException is not allowed');
    return e.cls.isSubtypeOf(t);
  }
  if (t instanceof PyTuple) return t.items.some((x) => excMatches(e, x));
  throw typeError('catching classes that do not inherit from BaseException is not allowed');
}

/** type(name, bases, ns) for a class statement. */
export function makeClass(
  name: string,
  qualname: string,
  bases: PyValue[],
  ns: Map<string, PyValue>,
  module: string
): PyType {
  const bs: PyType[] = [];
  for (const b of bases) {
    if (!(b instanceof PyType)) throw typeError('bases must be types');
    bs.push(b);
  }
  if (bs.length === 0) bs.push(T.object);
  let layout = bs[0]!.layout;
  for (const b of bs) if (b.layout !== 'object') layout = b.layout;
  let cls: PyType;
  try {
    cls = new PyType(T.type, name, bs, layout, false, module);
  } catch {
    throw typeError('Cannot create a consistent method resolution order (MRO)');
  }
  cls.qualname = qualname;
  for (const [k, v] of ns) {
    if (k === '__qualname__') continue;
    cls.dict.set(k, v);
    if (v instanceof PyFunction) v.defClass = cls;
    else if (v instanceof PyObject && 'func' in v && (v as { func: PyValue }).func instanceof PyFunction) {
      ((v as { func: PyValue }).func as PyFunction).defClass = cls;
    }
  }
  // __eq__ without __hash__ makes instances unhashable (CPython sets __hash__ = None)
  if (ns.has('__eq__') && !ns.has('__hash__')) cls.dict.set('__hash__', null);
  registerType(cls);
  // descriptors learn their attribute name (PEP 487)
  for (const [k, v] of ns) {
    if (v instanceof PyObject && !v.cls.builtin && !(v instanceof PyType)) {
      const sn = v.cls.lookup('__set_name__');
      if (sn !== undefined && sn !== null) call(sn, [v, cls, k]);
    }
  }
  // __init_subclass__ of the parent (super(cls)), never the one the new class itself defines
  let init: PyValue | undefined;
  for (const b of cls.mro.slice(1)) {
    init = b.dict.get('__init_subclass__');
    if (init !== undefined) break;
  }
  if (init !== undefined && !(init instanceof PyNative)) {
    const fn = (init as { func?: PyValue }).func ?? init;
    call(fn, [cls]);
  }
  return cls;
}

/** type(name, bases, dict): builds a class like a class statement would (namedtuple-style factories use it). */
const typeOneArg = T.type.ctor!;
T.type.ctor = (cls, args, kw) => {
  if (args.length !== 3) return typeOneArg(cls, args, kw);
  const [name, bases, d] = args;
  if (typeof name !== 'string') throw typeError(`type.__new__() argument 1 must be str, not ${typeName(name!)}`);
  if (!(bases instanceof PyTuple)) throw typeError(`type.__new__() argument 2 must be tuple, not ${typeName(bases!)}`);
  if (!(d instanceof PyDict)) throw typeError(`type.__new__() argument 3 must be dict, not ${typeName(d!)}`);
  const ns = new Map<string, PyValue>();
  for (const e of d.map.values()) if (typeof e.k === 'string') ns.set(e.k, e.v);
  // the caller's module (as namedtuple does with sys._getframe): skip frames of embedded stdlib modules
  let fr = state.frame;
  while (fr?.back && fr.code.filename.startsWith('<aioscope:')) fr = fr.back;
  const mod = fr?.g.get('__name__');
  return makeClass(name, name, bases.items, ns, typeof mod === 'string' ? mod : '__main__');
};

function tryImportSub(mod: string, name: string, node: Span): PyValue | undefined {
  try {
    return importModule(`${mod}.${name}`, node, true);
  } catch {
    return undefined;
  }
}

function moduleFile(m: PyModule): string {
  return m.name === '__main__' ? 'unknown location' : `${m.name}`;
}

export { intBinop, contains, eqValue };
