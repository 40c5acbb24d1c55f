/**
 * Assignment targets: `a`, `a.b`, `a[i]`, `a, *b = ...`, `del` targets and augmented assignment.
 */
import type { Expr, Stmt } from '../../ast';
import { E, err, typeError } from '../../runtime/exceptions';
import { PyList, PyObject, PyTuple, type PyValue } from '../../runtime/objects';
import {
  delAttr,
  delItem,
  getAttr,
  getItem,
  inplace,
  iterToArray,
  setAttr,
  setItem,
  typeName
} from '../../runtime/ops';
import { Frame, state } from '../frame';
import { NORMAL, type EvG, type Ex } from '../function';
import { noteExc } from '../traceback';
import { unsupported } from '../hooks';
import { isIterable, unpackN } from './helpers';
import type { Setter } from './helpers';
import { CompilerBase } from './base';

export abstract class TargetCompiler extends CompilerBase {
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
}
