/**
 * Checks on assignment / deletion targets, and the names CPython gives expression kinds in its messages
 * (Parser/pegen.c _PyPegen_get_expr_name), so "cannot assign to function call" reads exactly like CPython.
 */
import type { Expr } from './ast';

export function exprName(e: Expr): string {
  switch (e.type) {
    case 'Attribute':
      return 'attribute';
    case 'Subscript':
      return 'subscript';
    case 'Starred':
      return 'starred';
    case 'Name':
      return 'name';
    case 'List':
      return 'list';
    case 'Tuple':
      return 'tuple';
    case 'Lambda':
      return 'lambda';
    case 'Call':
      return 'function call';
    case 'BoolOp':
    case 'BinOp':
    case 'UnaryOp':
      return 'expression';
    case 'GeneratorExp':
      return 'generator expression';
    case 'Yield':
    case 'YieldFrom':
      return 'yield expression';
    case 'Await':
      return 'await expression';
    case 'ListComp':
      return 'list comprehension';
    case 'SetComp':
      return 'set comprehension';
    case 'DictComp':
      return 'dict comprehension';
    case 'Dict':
      return 'dict literal';
    case 'Set':
      return 'set display';
    case 'JoinedStr':
    case 'FormattedValue':
      return 'f-string expression';
    case 'Constant': {
      const v = e.value;
      if (v.kind === 'None') return 'None';
      if (v.kind === 'bool') return v.value ? 'True' : 'False';
      if (v.kind === 'Ellipsis') return 'ellipsis';
      return 'literal';
    }
    case 'Compare':
      return 'comparison';
    case 'IfExp':
      return 'conditional expression';
    case 'NamedExpr':
      return 'named expression';
    case 'Slice':
      return 'slice';
  }
}

/**
 * The first sub-expression of `e` that cannot be a target (CPython's _PyPegen_get_invalid_target), or null when `e`
 * is a valid target. `del` targets may not contain starred expressions.
 */
export function invalidTarget(e: Expr, del: boolean): Expr | null {
  switch (e.type) {
    case 'Name':
    case 'Attribute':
    case 'Subscript':
      return null;
    case 'Starred':
      return del ? e : invalidTarget(e.value, del);
    case 'List':
    case 'Tuple':
      for (const x of e.elts) {
        const bad = invalidTarget(x, del);
        if (bad !== null) return bad;
      }
      return null;
    case 'Compare':
      // `for x in y in z` style: CPython points at the comparison's left part when it is `in`
      return e;
    default:
      return e;
  }
}
