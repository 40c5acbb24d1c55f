/**
 * Names: how a scope loads, stores and deletes a variable (fast slot, cell, class namespace or globals), and the
 * declarations of every compile method, so each layer below can call any other.
 */
import type { Arguments, Expr, Keyword, Span, Stmt } from '../../ast';
import { Cell, type KwArgs, type PyValue } from '../../runtime/objects';

import { builtins } from '../../runtime/builtins';
import { Frame } from '../frame';
import { type Ev, type EvG, type Ex, type ExG, type FnCode, type FnKind } from '../function';
import type { Analysis, ScopeInfo } from '../scope';
import { nameError, unboundLocal, unboundFree } from './helpers';
import type { Setter, InlineAwait, LoopHead, Suspendable } from './helpers';

/** What a scope compiler needs from the module compiler (compile.ts implements it). */
export interface CompilerContext {
  readonly an: Analysis;
  readonly filename: string;
  makeCode(scope: ScopeInfo, name: string, line: number, kind: FnKind, args?: Arguments, isLambda?: boolean): FnCode;
  /** A compiler for a nested scope (function, lambda, class body, comprehension). */
  scopeCompiler(scope: ScopeInfo, kind: FnKind): CompilerBase;
}

export abstract class CompilerBase {
  constructor(
    readonly c: CompilerContext,
    readonly scope: ScopeInfo,
    /** What a suspension point means in this scope: Python yield (gen), await (coro), both (agen). */
    readonly kind: FnKind
  ) {}

  suspends(n: object): boolean {
    return this.c.an.suspends.has(n);
  }

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

  storeDyn(f: Frame, name: string, v: PyValue): void {
    if (f.ns) f.ns.set(name, v);
    else f.g.set(name, v);
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

  namedExprStore(name: string): Setter {
    // inside a comprehension the target lives in the enclosing function (resolved as nonlocal/free by scope.ts)
    return this.store(name);
  }

  // ---- implemented by the layers above (targets.ts … try-with.ts)
  abstract target(t: Expr): Setter;
  abstract unpackTarget(elts: Expr[]): Setter;
  abstract delTarget(t: Expr): (f: Frame) => void;
  abstract augAssign(s: Stmt & { type: 'AugAssign' }, valG: EvG | null): Ex;
  abstract binop(e: Expr & { type: 'BinOp' }): Ev;
  abstract compare(e: Expr & { type: 'Compare' }): Ev;
  abstract starredItems(elts: Expr[]): (f: Frame) => PyValue[];
  abstract argsBuilder(args: Expr[], keywords: Keyword[]): ((f: Frame) => [PyValue[], KwArgs]) | null;
  abstract call(e: Expr & { type: 'Call' }): Ev;
  abstract annotationValue(e: Expr): Ev;
  abstract expr(e: Expr): Ev;
  abstract sexpr(e: Expr): Suspendable<PyValue>;
  abstract exprAsG(e: Expr): EvG;
  abstract exprG(e: Expr): EvG;
  abstract genericG(e: Expr): EvG;
  abstract comprehension(e: Expr & { type: 'ListComp' | 'SetComp' | 'DictComp' }): Ev;
  abstract compBody(
    e: Expr & { type: 'ListComp' | 'SetComp' | 'DictComp' | 'GeneratorExp' }
  ): (f: Frame, it0: PyValue) => PyValue;
  abstract genexp(e: Expr & { type: 'GeneratorExp' }): Ev;
  abstract comprehensionG(e: Expr & { type: 'ListComp' | 'SetComp' | 'DictComp' }): EvG;
  abstract defaults(a: Arguments): (f: Frame) => [PyValue[], Map<string, PyValue> | null];
  abstract closureOf(inner: ScopeInfo): (f: Frame) => Cell[];
  abstract functionCode(node: Stmt & { type: 'FunctionDef' | 'AsyncFunctionDef' }): FnCode;
  abstract lambda(e: Expr & { type: 'Lambda' }): Ev;
  abstract functionDef(s: Stmt & { type: 'FunctionDef' | 'AsyncFunctionDef' }): Ex;
  abstract classDef(s: Stmt & { type: 'ClassDef' }): Ex;
  abstract block(stmts: Stmt[]): Ex;
  abstract bodyG(stmts: Stmt[]): ExG;
  abstract blockG(stmts: Stmt[], loop?: LoopHead | null, orelseStmts?: Stmt[], self?: Stmt | null): ExG;
  abstract inlineAwait(s: Stmt): InlineAwait | null;
  abstract awaitOperand(e: Expr): { ev: Ev; node: Expr } | null;
  abstract sblock(stmts: Stmt[]): Suspendable<number>;
  abstract anyBlockG(stmts: Stmt[]): ExG;
  abstract stmt(s: Stmt): Ex;
  abstract stmtG(s: Stmt): ExG;
  abstract forStmt(s: Stmt & { type: 'For' }): Ex;
  abstract raise(s: Stmt & { type: 'Raise' }, excG?: Ev, causeG?: Ev): Ex;
  abstract tryStmt(s: Stmt & { type: 'Try' | 'TryStar' }, star?: boolean): Ex;
  abstract tryG(s: Stmt & { type: 'Try' | 'TryStar' }): ExG;
  abstract withStmt(s: Stmt & { type: 'With' }): Ex;
  abstract withG(s: Stmt & { type: 'With' | 'AsyncWith' }): ExG;
}
