/**
 * Scope analysis (CPython's symtable), computed once per module before compiling: for every function, lambda,
 * comprehension and class body, which names are local (a slot in the frame), cell (a slot holding a Cell because an
 * inner function captures it), free (a Cell received through the closure), global, or looked up by name (class
 * bodies). Also records which expressions/statements contain a suspension point (await / yield), so the compiler
 * knows what must become a generator closure.
 *
 * Invariants: every function-like scope's `slots` numbers params first (in signature order), then the other
 * local/cell/free names; `freeVars` lists the free names in closure order.
 */
import type { Arguments, Comprehension, Expr, Module, Node, Stmt } from '../ast';
import { ParseError } from '../parse-error';

export type NameKind = 'local' | 'cell' | 'free' | 'global' | 'implicit' | 'classns';

export type ScopeKind = 'module' | 'function' | 'lambda' | 'class' | 'comp' | 'genexp';

export interface ScopeInfo {
  kind: ScopeKind;
  node: Node;
  name: string;
  qualname: string;
  parent: ScopeInfo | null;
  children: ScopeInfo[];
  /** Names bound in this scope (assignment, def, import, params, for targets, ...). */
  bound: Set<string>;
  used: Set<string>;
  globals: Set<string>;
  nonlocals: Set<string>;
  params: string[];
  kinds: Map<string, NameKind>;
  slots: Map<string, number>;
  nslots: number;
  /** Free names passed through a class scope to its methods (class bodies keep their own names in the namespace). */
  passThrough: Set<string>;
  freeVars: string[];
  isGenerator: boolean;
  isAsync: boolean;
  /** Uses zero-argument super() or __class__ (method needs its defining class). */
  usesSuper: boolean;
}

export interface Analysis {
  module: ScopeInfo;
  scopes: Map<Node | Comprehension[], ScopeInfo>;
  /** Nodes (statements and expressions) that contain an await/yield of *their own* scope. */
  suspends: WeakSet<object>;
}

const COMPREHENSION_NAMES: Record<string, string> = {
  ListComp: 'list comprehension',
  SetComp: 'set comprehension',
  DictComp: 'dict comprehension',
  GeneratorExp: 'generator expression'
};

/** A SyntaxError CPython's symtable / compiler raises, at `at` (a statement or expression). */
function symtableError(detail: string, at: { line: number; col: number }): ParseError {
  return new ParseError('AIO-P028', { detail }, '', at.line, at.col);
}

function newScope(kind: ScopeKind, node: Node, name: string, parent: ScopeInfo | null): ScopeInfo {
  let qualname = name;
  if (parent && parent.kind !== 'module') {
    qualname = parent.kind === 'class' ? `${parent.qualname}.${name}` : `${parent.qualname}.<locals>.${name}`;
  }
  return {
    kind,
    node,
    name,
    qualname,
    parent,
    children: [],
    bound: new Set(),
    used: new Set(),
    globals: new Set(),
    nonlocals: new Set(),
    params: [],
    kinds: new Map(),
    slots: new Map(),
    nslots: 0,
    passThrough: new Set(),
    freeVars: [],
    isGenerator: false,
    isAsync: false,
    usesSuper: false
  };
}

export function analyze(mod: Module): Analysis {
  const scopes = new Map<Node | Comprehension[], ScopeInfo>();
  const suspends = new WeakSet<object>();
  const top = newScope('module', mod, '<module>', null);
  scopes.set(mod, top);
  /** The first `return <value>` of each function (an async generator refuses it) and where names went nonlocal. */
  const firstValueReturn = new Map<ScopeInfo, Stmt>();
  /** Where each name was first declared global or nonlocal in a scope. */
  const declSites = new Map<ScopeInfo, Map<string, Stmt>>();

  /** Visit returns true when the node contains a suspension point of the current scope. */
  function visitStmts(stmts: Stmt[], s: ScopeInfo): boolean {
    let any = false;
    for (const st of stmts) if (visitStmt(st, s)) any = true;
    return any;
  }

  function mark(node: object, r: boolean): boolean {
    if (r) suspends.add(node);
    return r;
  }

  function bindTarget(t: Expr, s: ScopeInfo): boolean {
    switch (t.type) {
      case 'Name':
        s.bound.add(t.id);
        return false;
      case 'Tuple':
      case 'List': {
        let any = false;
        for (const e of t.elts) if (bindTarget(e, s)) any = true;
        return mark(t, any);
      }
      case 'Starred':
        return mark(t, bindTarget(t.value, s));
      case 'Attribute':
        return mark(t, visitExpr(t.value, s));
      case 'Subscript': {
        const a = visitExpr(t.value, s);
        const b = visitExpr(t.slice, s);
        return mark(t, a || b);
      }
      default:
        return visitExpr(t, s);
    }
  }

  function visitArgsDefaults(a: Arguments, s: ScopeInfo): boolean {
    let any = false;
    for (const d of a.defaults) if (visitExpr(d, s)) any = true;
    for (const d of a.kwDefaults) if (d && visitExpr(d, s)) any = true;
    return any;
  }

  function paramNames(a: Arguments): string[] {
    const names = [...a.posonlyargs, ...a.args].map((x) => x.arg);
    if (a.vararg) names.push(a.vararg.arg);
    for (const k of a.kwonlyargs) names.push(k.arg);
    if (a.kwarg) names.push(a.kwarg.arg);
    // CPython's symtable: a SyntaxError at the second occurrence (params in its order: positional, kw-only, *, **)
    const seen = new Set<string>();
    for (const p of [...a.posonlyargs, ...a.args, ...a.kwonlyargs, a.vararg, a.kwarg]) {
      if (p === null) continue;
      if (seen.has(p.arg))
        throw new ParseError(
          'AIO-P018',
          { detail: `duplicate argument '${p.arg}' in function definition` },
          '',
          p.line,
          p.col
        );
      seen.add(p.arg);
    }
    return names;
  }

  function visitStmt(st: Stmt, s: ScopeInfo): boolean {
    let r = false;
    const v = (e: Expr | null) => {
      if (e && visitExpr(e, s)) r = true;
    };
    switch (st.type) {
      case 'FunctionDef':
      case 'AsyncFunctionDef': {
        s.bound.add(st.name);
        for (const d of st.decoratorList) v(d);
        if (visitArgsDefaults(st.args, s)) r = true;
        const fs = newScope('function', st, st.name, s);
        fs.isAsync = st.type === 'AsyncFunctionDef';
        fs.params = paramNames(st.args);
        for (const p of fs.params) fs.bound.add(p);
        s.children.push(fs);
        scopes.set(st, fs);
        visitStmts(st.body, fs);
        const ret = firstValueReturn.get(fs);
        if (fs.isAsync && fs.isGenerator && ret !== undefined)
          throw symtableError("'return' with value in async generator", ret);
        break;
      }
      case 'ClassDef': {
        s.bound.add(st.name);
        for (const d of st.decoratorList) v(d);
        for (const b of st.bases) v(b);
        for (const k of st.keywords) v(k.value);
        const cs = newScope('class', st, st.name, s);
        s.children.push(cs);
        scopes.set(st, cs);
        visitStmts(st.body, cs);
        break;
      }
      case 'Return':
        v(st.value);
        if (st.value !== null && !firstValueReturn.has(s)) firstValueReturn.set(s, st);
        break;
      case 'Delete':
        for (const t of st.targets) if (bindTarget(t, s)) r = true;
        break;
      case 'Assign':
        v(st.value);
        for (const t of st.targets) if (bindTarget(t, s)) r = true;
        break;
      case 'AugAssign':
        v(st.value);
        if (st.target.type === 'Name') {
          s.used.add(st.target.id);
          s.bound.add(st.target.id);
        } else if (bindTarget(st.target, s)) r = true;
        break;
      case 'AnnAssign':
        v(st.value);
        if (st.value || st.target.type !== 'Name') {
          if (bindTarget(st.target, s)) r = true;
        } else if (st.target.type === 'Name') {
          s.bound.add(st.target.id);
        }
        break;
      case 'For':
      case 'AsyncFor':
        v(st.iter);
        if (bindTarget(st.target, s)) r = true;
        if (visitStmts(st.body, s)) r = true;
        if (visitStmts(st.orelse, s)) r = true;
        if (st.type === 'AsyncFor') r = true;
        break;
      case 'While':
      case 'If':
        v(st.test);
        if (visitStmts(st.body, s)) r = true;
        if (visitStmts(st.orelse, s)) r = true;
        break;
      case 'With':
      case 'AsyncWith':
        for (const it of st.items) {
          v(it.contextExpr);
          if (it.optionalVars && bindTarget(it.optionalVars, s)) r = true;
        }
        if (visitStmts(st.body, s)) r = true;
        if (st.type === 'AsyncWith') r = true;
        break;
      case 'Raise':
        v(st.exc);
        v(st.cause);
        break;
      case 'Try':
      case 'TryStar':
        if (visitStmts(st.body, s)) r = true;
        for (const h of st.handlers) {
          v(h.exceptType);
          if (h.name) s.bound.add(h.name);
          if (visitStmts(h.body, s)) r = true;
        }
        if (visitStmts(st.orelse, s)) r = true;
        if (visitStmts(st.finalbody, s)) r = true;
        break;
      case 'Assert':
        v(st.test);
        v(st.msg);
        break;
      case 'Import':
        for (const a of st.names) s.bound.add(a.asname ?? a.name.split('.')[0]!);
        break;
      case 'ImportFrom':
        for (const a of st.names) if (a.name !== '*') s.bound.add(a.asname ?? a.name);
        break;
      case 'Global':
      case 'Nonlocal': {
        const kw = st.type === 'Global' ? 'global' : 'nonlocal';
        if (kw === 'nonlocal' && s.kind === 'module')
          throw symtableError('nonlocal declaration not allowed at module level', st);
        for (const n of st.names) {
          // symtable.c's order of checks: parameter, use, assignment; then the other kind of declaration
          let detail: string | null = null;
          if (s.params.includes(n)) detail = `name '${n}' is parameter and ${kw}`;
          else if (s.used.has(n)) detail = `name '${n}' is used prior to ${kw} declaration`;
          else if (s.bound.has(n)) detail = `name '${n}' is assigned to before ${kw} declaration`;
          else if ((kw === 'global' ? s.nonlocals : s.globals).has(n)) {
            // reported at the name's first declaration, as symtable's analysis pass does
            throw symtableError(`name '${n}' is nonlocal and global`, declSites.get(s)?.get(n) ?? st);
          }
          if (detail !== null) throw symtableError(detail, st);
          if (!declSites.has(s)) declSites.set(s, new Map());
          if (!declSites.get(s)!.has(n)) declSites.get(s)!.set(n, st);
          (kw === 'global' ? s.globals : s.nonlocals).add(n);
        }
        break;
      }
      case 'Expr':
        v(st.value);
        break;
      default:
        break;
    }
    return mark(st, r);
  }

  function visitComp(
    e: Expr & { generators: Comprehension[] },
    s: ScopeInfo,
    kind: 'comp' | 'genexp',
    name: string
  ): boolean {
    const gens = e.generators;
    // the first iterable is evaluated in the enclosing scope
    const outer = visitExpr(gens[0]!.iter, s);
    const cs = newScope(kind, e, name, s);
    cs.params = ['.0'];
    cs.bound.add('.0');
    s.children.push(cs);
    scopes.set(e, cs);
    let inner = false;
    gens.forEach((g, i) => {
      if (i > 0 && visitExpr(g.iter, cs)) inner = true;
      if (bindTarget(g.target, cs)) inner = true;
      for (const c of g.ifs) if (visitExpr(c, cs)) inner = true;
      if (g.isAsync) inner = true;
    });
    if (e.type === 'DictComp') {
      if (visitExpr(e.key, cs)) inner = true;
      if (visitExpr(e.value, cs)) inner = true;
    } else if (visitExpr((e as { elt: Expr }).elt, cs)) inner = true;
    if (inner) suspends.add(cs);
    if (kind === 'genexp') {
      cs.isGenerator = true;
      if (inner) cs.isAsync = true; // async generator expression
      return outer;
    }
    // a list/set/dict comprehension with await suspends the enclosing function (it runs inline)
    return outer || inner;
  }

  function visitExpr(e: Expr, s: ScopeInfo): boolean {
    let r = false;
    const v = (x: Expr | null) => {
      if (x && visitExpr(x, s)) r = true;
    };
    switch (e.type) {
      case 'Name':
        s.used.add(e.id);
        if (e.id === 'super' || e.id === '__class__') s.usesSuper = true;
        return false;
      case 'Constant':
        return false;
      case 'Await':
        v(e.value);
        return mark(e, true);
      case 'Yield':
      case 'YieldFrom': {
        const comp = COMPREHENSION_NAMES[s.node.type];
        if ((s.kind === 'comp' || s.kind === 'genexp') && comp !== undefined)
          throw symtableError(`'${e.type === 'Yield' ? 'yield' : 'yield from'}' inside ${comp}`, e);
        v(e.value);
        s.isGenerator = true;
        return mark(e, true);
      }
      case 'Lambda': {
        if (visitArgsDefaults(e.args, s)) r = true;
        const ls = newScope('lambda', e, '<lambda>', s);
        ls.params = paramNames(e.args);
        for (const p of ls.params) ls.bound.add(p);
        s.children.push(ls);
        scopes.set(e, ls);
        visitExpr(e.body, ls);
        return mark(e, r);
      }
      case 'ListComp':
        return mark(e, visitComp(e, s, 'comp', '<listcomp>'));
      case 'SetComp':
        return mark(e, visitComp(e, s, 'comp', '<setcomp>'));
      case 'DictComp':
        return mark(e, visitComp(e, s, 'comp', '<dictcomp>'));
      case 'GeneratorExp':
        return mark(e, visitComp(e, s, 'genexp', '<genexpr>'));
      case 'NamedExpr': {
        // the target binds in the nearest enclosing non-comprehension scope
        let t = s;
        while (t.kind === 'comp' || t.kind === 'genexp') t = t.parent!;
        if (e.target.type === 'Name') {
          t.bound.add(e.target.id);
          if (t !== s) {
            s.used.add(e.target.id);
            if (t.kind === 'module') s.globals.add(e.target.id);
            else s.nonlocals.add(e.target.id);
          }
        }
        v(e.value);
        return mark(e, r);
      }
      default: {
        for (const key in e) {
          if (key === 'type') continue;
          const val = (e as unknown as Record<string, unknown>)[key];
          if (Array.isArray(val)) {
            for (const x of val)
              if (x && typeof x === 'object' && 'type' in x) visitAny(x as { type: string }, s, () => (r = true));
          } else if (val && typeof val === 'object' && 'type' in val) {
            visitAny(val as { type: string }, s, () => (r = true));
          }
        }
        return mark(e, r);
      }
    }
  }

  function visitAny(x: { type: string }, s: ScopeInfo, hit: () => void): void {
    if (x.type === 'keyword') {
      if (visitExpr((x as unknown as { value: Expr }).value, s)) hit();
      return;
    }
    if (visitExpr(x as Expr, s)) hit();
  }

  visitStmts(mod.body, top);
  resolve(top, new Set(), declSites);
  return { module: top, scopes, suspends };
}

/** Decide every name's kind; returns the names free in `s` (needed from enclosing scopes). */
function resolve(s: ScopeInfo, visible: Set<string>, nonlocalSites: Map<ScopeInfo, Map<string, Stmt>>): Set<string> {
  const free = new Set<string>();
  const fnLike = s.kind !== 'module' && s.kind !== 'class';
  if (s.kind === 'module') {
    for (const n of s.bound) s.kinds.set(n, 'global');
  } else if (s.kind === 'class') {
    for (const n of s.bound) s.kinds.set(n, s.globals.has(n) ? 'global' : 'classns');
    for (const n of s.globals) s.kinds.set(n, 'global');
    for (const n of s.nonlocals) {
      s.kinds.set(n, 'free');
      free.add(n);
    }
  } else {
    for (const n of s.globals) s.kinds.set(n, 'global');
    for (const n of s.nonlocals) {
      const site = nonlocalSites.get(s)?.get(n);
      if (!visible.has(n) && site !== undefined) throw symtableError(`no binding for nonlocal '${n}' found`, site);
      s.kinds.set(n, 'free');
      free.add(n);
    }
    for (const n of s.bound) if (!s.kinds.has(n)) s.kinds.set(n, 'local');
  }
  let childVisible = visible;
  if (fnLike) {
    childVisible = new Set(visible);
    for (const [n, k] of s.kinds) if (k === 'local' || k === 'free') childVisible.add(n);
  }
  for (const c of s.children) {
    const cf = resolve(c, childVisible, nonlocalSites);
    for (const n of cf) {
      const k = s.kinds.get(n);
      if (fnLike) {
        if (k === 'local') s.kinds.set(n, 'cell');
        else if (k === undefined || k === 'implicit') {
          s.kinds.set(n, 'free');
          free.add(n);
        }
      } else if (s.kind === 'class') {
        if (k === 'free') continue;
        s.passThrough.add(n);
        free.add(n);
      }
    }
  }
  for (const n of s.used) {
    if (s.kinds.has(n)) continue;
    if (s.kind === 'module') continue;
    if (visible.has(n)) {
      s.kinds.set(n, 'free');
      free.add(n);
    } else s.kinds.set(n, 'implicit');
  }
  // slots: params first, then locals/cells/free (and class pass-through free names)
  if (s.kind !== 'module') {
    let i = 0;
    for (const p of s.params) if (!s.slots.has(p)) s.slots.set(p, i++);
    for (const [n, k] of s.kinds)
      if ((k === 'local' || k === 'cell' || k === 'free') && !s.slots.has(n)) s.slots.set(n, i++);
    for (const n of s.passThrough) if (!s.slots.has(n)) s.slots.set(n, i++);
    s.nslots = i;
    s.freeVars = [...free];
  }
  return free;
}

/** Whether a list of statements contains a suspension point (for blocks built outside the analysis). */
export function anySuspends(a: Analysis, nodes: readonly object[]): boolean {
  for (const n of nodes) if (a.suspends.has(n)) return true;
  return false;
}
