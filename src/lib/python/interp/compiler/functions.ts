/**
 * def, lambda and class: code objects, defaults, closures, decorators and class bodies.
 */
import type { Arguments, Expr, Stmt } from '../../ast';
import { Cell, type PyValue } from '../../runtime/objects';
import { call } from '../../runtime/ops';
import { Frame, state } from '../frame';
import { NORMAL, PyFunction, type Ev, type Ex, type FnCode, type FnKind } from '../function';
import type { ScopeInfo } from '../scope';
import { unsupported } from '../hooks';
import { docstring, makeClass } from './helpers';
import { ComprehensionCompiler } from './comprehensions';

export abstract class FunctionCompiler extends ComprehensionCompiler {
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
    const sc = this.c.scopeCompiler(scope, kind);
    if (kind === 'sync') code.body = sc.block(node.body);
    else code.bodyG = sc.bodyG(node.body);
    return code;
  }

  lambda(e: Expr & { type: 'Lambda' }): Ev {
    const scope = this.c.an.scopes.get(e)!;
    const kind: FnKind = scope.isGenerator ? 'gen' : 'sync';
    const code = this.c.makeCode(scope, '<lambda>', e.line, kind, e.args, true);
    const sc = this.c.scopeCompiler(scope, kind);
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
    const sc = this.c.scopeCompiler(scope, 'sync');
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
}
