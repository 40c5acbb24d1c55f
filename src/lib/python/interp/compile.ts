/**
 * Closure compiler: turns each AST node into a JS closure once, so running a function is calling closures (no AST
 * walking, no eval). Code that can suspend (bodies of generators / async functions, only for the statements and
 * expressions that contain an await or yield) compiles to generator closures (`function*` + `yield*`); everything
 * else compiles to plain closures, which are much faster.
 *
 * Conventions: Ev = (frame) => value; EvG = generator returning the value; Ex / ExG return a completion code
 * (NORMAL / BREAK / CONTINUE / RETURN with the value in frame.ret).
 *
 * Layout: this file is the module compiler; a scope's compiler is a chain of layers in ./compiler/, one concern per
 * file, each plain method next to its generator-path twin (`stmt`/`stmtG`, `tryStmt`/`tryG` …):
 *   base (names; declares every method) → targets → operators (binop, compare, calls) → expressions →
 *   comprehensions → functions (def, lambda, class) → blocks → statements → try-with;
 * helpers.ts holds the run-time helpers the closures call, try-rules.ts the try/with rules both paths share.
 * A layer may call any method (base declares them all); a new statement goes in the layer of its concern, with its
 * generator-path twin beside it.
 */
import { TryWithCompiler } from './compiler/try-with';
import type { CompilerContext } from './compiler/base';
import type { Analysis, ScopeInfo } from './scope';
import type { Arguments, Module } from '../ast';
import type { FnCode, FnKind, Ex } from './function';

export { nameError, makeException, makeClass } from './compiler/helpers';
export { excMatches } from './compiler/try-rules';

export class Compiler implements CompilerContext {
  constructor(
    readonly an: Analysis,
    readonly filename: string
  ) {}

  /** Compiles the module body. */
  module(mod: Module): { code: FnCode; run: Ex } {
    const scope = this.an.module;
    const code = this.makeCode(scope, '<module>', mod.line || 1, 'sync');
    const c = this.scopeCompiler(scope, 'sync');
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

  scopeCompiler(scope: ScopeInfo, kind: FnKind): ScopeCompiler {
    return new ScopeCompiler(this, scope, kind);
  }
}

/** Compiles the statements and expressions of one scope: the last of the layers in ./compiler/ (base.ts → try-with.ts). */
class ScopeCompiler extends TryWithCompiler {}
