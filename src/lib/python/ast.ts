/**
 * The Python AST: the shape of CPython's `ast` module (3.12 grammar), as TypeScript discriminated unions.
 *
 * Contract between the parser (which builds it) and the interpreter (which runs it). Node and field names are
 * exactly CPython's (`ast.dump` of the same source names the same nodes and fields), so a reader who knows Python's
 * ast module knows this file. Differences, all deliberate:
 *  - every node has `type` (the ast class name) and a source span: `line`/`col` (1-based line, 0-based column, as in
 *    CPython's lineno/col_offset but counted in code points) and `endLine`/`endCol`;
 *  - `Constant.value` uses the interpreter's literal encoding (see `Literal`), not Python objects;
 *  - operators are string literals ('+', 'and', '==', ...) instead of operator node classes;
 *  - expression contexts (Load/Store/Del) are omitted: the position in the tree says it.
 */

export interface Span {
  line: number;
  col: number;
  endLine: number;
  endCol: number;
}

/** A literal as written in source. Ints are bigint (Python ints are unbounded); floats are number. */
export type Literal =
  | { kind: 'int'; value: bigint }
  | { kind: 'float'; value: number }
  | { kind: 'complex'; imag: number }
  | { kind: 'str'; value: string }
  | { kind: 'bytes'; value: Uint8Array }
  | { kind: 'bool'; value: boolean }
  | { kind: 'None' }
  | { kind: 'Ellipsis' };

// ---------------------------------------------------------------- module, statements

export interface Module extends Span {
  type: 'Module';
  body: Stmt[];
}

export interface Arg extends Span {
  type: 'arg';
  arg: string;
  annotation: Expr | null;
}

/** Same fields as ast.arguments. `defaults` align with the *last* posonlyargs+args; kwDefaults align with kwonlyargs (null = required). */
export interface Arguments {
  type: 'arguments';
  posonlyargs: Arg[];
  args: Arg[];
  vararg: Arg | null;
  kwonlyargs: Arg[];
  kwDefaults: (Expr | null)[];
  kwarg: Arg | null;
  defaults: Expr[];
}

export interface Keyword extends Span {
  type: 'keyword';
  /** null for `**mapping` */
  arg: string | null;
  value: Expr;
}

export interface Alias extends Span {
  type: 'alias';
  name: string;
  asname: string | null;
}

export interface WithItem {
  type: 'withitem';
  contextExpr: Expr;
  optionalVars: Expr | null;
}

export interface ExceptHandler extends Span {
  type: 'ExceptHandler';
  /** null for a bare `except:` */
  exceptType: Expr | null;
  name: string | null;
  body: Stmt[];
}

export interface Comprehension {
  type: 'comprehension';
  target: Expr;
  iter: Expr;
  ifs: Expr[];
  isAsync: boolean;
}

export interface FunctionDef extends Span {
  type: 'FunctionDef' | 'AsyncFunctionDef';
  name: string;
  args: Arguments;
  body: Stmt[];
  decoratorList: Expr[];
  returns: Expr | null;
}

export interface ClassDef extends Span {
  type: 'ClassDef';
  name: string;
  bases: Expr[];
  keywords: Keyword[];
  body: Stmt[];
  decoratorList: Expr[];
}

export type Stmt =
  | FunctionDef
  | ClassDef
  | ({ type: 'Return'; value: Expr | null } & Span)
  | ({ type: 'Delete'; targets: Expr[] } & Span)
  | ({ type: 'Assign'; targets: Expr[]; value: Expr } & Span)
  | ({ type: 'AugAssign'; target: Expr; op: BinOperator; value: Expr } & Span)
  | ({ type: 'AnnAssign'; target: Expr; annotation: Expr; value: Expr | null; simple: boolean } & Span)
  | ({ type: 'For' | 'AsyncFor'; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[] } & Span)
  | ({ type: 'While'; test: Expr; body: Stmt[]; orelse: Stmt[] } & Span)
  | ({ type: 'If'; test: Expr; body: Stmt[]; orelse: Stmt[] } & Span)
  | ({ type: 'With' | 'AsyncWith'; items: WithItem[]; body: Stmt[] } & Span)
  | ({ type: 'Raise'; exc: Expr | null; cause: Expr | null } & Span)
  | ({
      type: 'Try' | 'TryStar';
      body: Stmt[];
      handlers: ExceptHandler[];
      orelse: Stmt[];
      finalbody: Stmt[];
    } & Span)
  | ({ type: 'Assert'; test: Expr; msg: Expr | null } & Span)
  | ({ type: 'Import'; names: Alias[] } & Span)
  | ({ type: 'ImportFrom'; module: string | null; names: Alias[]; level: number } & Span)
  | ({ type: 'Global' | 'Nonlocal'; names: string[] } & Span)
  | ({ type: 'Expr'; value: Expr } & Span)
  | ({ type: 'Pass' | 'Break' | 'Continue' } & Span);

// ---------------------------------------------------------------- expressions

export type BinOperator = '+' | '-' | '*' | '@' | '/' | '//' | '%' | '**' | '<<' | '>>' | '|' | '^' | '&';
export type UnaryOperator = 'not' | '-' | '+' | '~';
export type CmpOperator = '==' | '!=' | '<' | '<=' | '>' | '>=' | 'is' | 'is not' | 'in' | 'not in';

export type Expr =
  | ({ type: 'BoolOp'; op: 'and' | 'or'; values: Expr[] } & Span)
  | ({ type: 'NamedExpr'; target: Expr; value: Expr } & Span)
  | ({ type: 'BinOp'; left: Expr; op: BinOperator; right: Expr } & Span)
  | ({ type: 'UnaryOp'; op: UnaryOperator; operand: Expr } & Span)
  | ({ type: 'Lambda'; args: Arguments; body: Expr } & Span)
  | ({ type: 'IfExp'; test: Expr; body: Expr; orelse: Expr } & Span)
  /** keys[i] === null means `**values[i]` */
  | ({ type: 'Dict'; keys: (Expr | null)[]; values: Expr[] } & Span)
  | ({ type: 'Set'; elts: Expr[] } & Span)
  | ({ type: 'ListComp' | 'SetComp' | 'GeneratorExp'; elt: Expr; generators: Comprehension[] } & Span)
  | ({ type: 'DictComp'; key: Expr; value: Expr; generators: Comprehension[] } & Span)
  | ({ type: 'Await'; value: Expr } & Span)
  | ({ type: 'Yield'; value: Expr | null } & Span)
  | ({ type: 'YieldFrom'; value: Expr } & Span)
  | ({ type: 'Compare'; left: Expr; ops: CmpOperator[]; comparators: Expr[] } & Span)
  | ({ type: 'Call'; func: Expr; args: Expr[]; keywords: Keyword[] } & Span)
  /** conversion: -1 none, 115 's', 114 'r', 97 'a' (as CPython); formatSpec is a JoinedStr or null */
  | ({ type: 'FormattedValue'; value: Expr; conversion: number; formatSpec: Expr | null } & Span)
  | ({ type: 'JoinedStr'; values: Expr[] } & Span)
  | ({ type: 'Constant'; value: Literal } & Span)
  | ({ type: 'Attribute'; value: Expr; attr: string } & Span)
  | ({ type: 'Subscript'; value: Expr; slice: Expr } & Span)
  | ({ type: 'Starred'; value: Expr } & Span)
  | ({ type: 'Name'; id: string } & Span)
  | ({ type: 'List' | 'Tuple'; elts: Expr[] } & Span)
  | ({ type: 'Slice'; lower: Expr | null; upper: Expr | null; step: Expr | null } & Span);

export type Node = Module | Stmt | Expr;

/** Narrow helper: the node of a given `type`. */
export type NodeOf<T extends Node['type']> = Extract<Node, { type: T }>;
