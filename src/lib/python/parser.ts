/**
 * Recursive-descent parser for Python 3.12 producing the ast.ts tree (what CPython's PEG parser, Grammar/python.gram,
 * builds). One method per grammar rule, named after the rule. Spans follow CPython's rule: a node starts at the first
 * token of the rule that built it and ends at the last non-whitespace token that rule consumed (so `(a) + b` starts at
 * the parenthesis, and a compound statement ends where its last body statement ends).
 *
 * Besides syntax, it reports the errors CPython's compiler raises before running anything ('return' outside
 * function, 'await' outside async function, ...) so a program that python3 refuses never starts here.
 *
 * Invariants of Parser: `p` indexes the next unconsumed token; `last` is the last consumed NAME/NUMBER/STRING/OP
 * token (span ends come from it); `scope` describes the innermost function/loop around the current position.
 */
import type {
  Alias,
  Arg,
  Arguments,
  Comprehension,
  ExceptHandler,
  Expr,
  Keyword,
  Module,
  Span,
  Stmt,
  WithItem
} from './ast';
import type { BinOperator, CmpOperator } from './ast';
import { KEYWORDS, Source, tokenize, type Token } from './lexer';
import { ParseError } from './parse-error';
import type { ErrorCode, ErrorParams } from '../errors/catalog';
import { exprName, invalidTarget } from './targets';
import { buildString } from './fstring';

export { ParseError } from './parse-error';

/**
 * Parse a module. Throws ParseError (code, file, line, col, message, hint) on the first error, like CPython which
 * reports one SyntaxError.
 */
export function parse(source: string, filename = '<string>'): Module {
  // Universal newlines, as CPython's tokenizer reads source.
  const text = source.indexOf('\r') >= 0 ? source.replace(/\r\n?/g, '\n') : source;
  const src = new Source(text);
  const toks = tokenize(src, filename);
  const parser = new Parser(toks, src, filename, { kind: 'module', loop: false });
  try {
    return parser.file();
  } catch (e) {
    // deeply nested unary/not/ternary/** chains overflow the JS stack: a catalog error at the token reached, not a crash
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      const t = parser.position();
      throw new ParseError('AIO-P027', { what: 'expressions' }, filename, t.line, t.col);
    }
    throw e;
  }
}

/** What encloses the code being parsed (for the compiler-level checks). */
export interface Scope {
  kind: 'module' | 'def' | 'async' | 'class' | 'lambda';
  loop: boolean;
}

type Pos = { line: number; col: number };

const AUG_OPS: Record<string, BinOperator> = {
  '+=': '+',
  '-=': '-',
  '*=': '*',
  '@=': '@',
  '/=': '/',
  '//=': '//',
  '%=': '%',
  '**=': '**',
  '<<=': '<<',
  '>>=': '>>',
  '|=': '|',
  '^=': '^',
  '&=': '&'
};

/** Binding power of the binary operators from bitwise_or (loosest) to term. */
const BIN_PREC: Record<string, number> = {
  '|': 1,
  '^': 2,
  '&': 3,
  '<<': 4,
  '>>': 4,
  '+': 5,
  '-': 5,
  '*': 6,
  '/': 6,
  '//': 6,
  '%': 6,
  '@': 6
};

const CMP_OPS: Record<string, CmpOperator> = { '==': '==', '!=': '!=', '<': '<', '<=': '<=', '>': '>', '>=': '>=' };

/** Tokens after which a new expression cannot start a juxtaposed item (used by "Perhaps you forgot a comma?"). */
function startsAtom(t: Token): boolean {
  if (t.type === 'NUMBER' || t.type === 'STRING') return true;
  if (t.type === 'NAME')
    return !KEYWORDS.has(t.value) || t.value === 'None' || t.value === 'True' || t.value === 'False';
  return false;
}

class Backtrack extends Error {}

export class Parser {
  private p = 0;
  private last: Token;

  constructor(
    private readonly toks: Token[],
    private readonly src: Source,
    private readonly fileName: string,
    private scope: Scope
  ) {
    this.last = toks[0] as Token;
  }

  // ------------------------------------------------------------------ token helpers

  /** The token the parser has reached (for reporting a stack overflow where it happened). */
  position(): Token {
    return this.peek();
  }

  private peek(k = 0): Token {
    return this.toks[Math.min(this.p + k, this.toks.length - 1)] as Token;
  }

  private next(): Token {
    const t = this.toks[this.p] as Token;
    if (this.p < this.toks.length - 1) this.p++;
    if (t.type !== 'NEWLINE' && t.type !== 'INDENT' && t.type !== 'DEDENT' && t.type !== 'ENDMARKER') this.last = t;
    return t;
  }

  private at(op: string, k = 0): boolean {
    const t = this.peek(k);
    return t.type === 'OP' && t.value === op;
  }

  private atKw(kw: string, k = 0): boolean {
    const t = this.peek(k);
    return t.type === 'NAME' && t.value === kw;
  }

  private atName(k = 0): boolean {
    const t = this.peek(k);
    return t.type === 'NAME' && !KEYWORDS.has(t.value);
  }

  private eat(op: string): boolean {
    if (this.at(op)) {
      this.next();
      return true;
    }
    return false;
  }

  private eatKw(kw: string): boolean {
    if (this.atKw(kw)) {
      this.next();
      return true;
    }
    return false;
  }

  private expect(op: string): Token {
    if (!this.at(op)) {
      if (op === ':' || op === '=' || op === '(' || op === ')') this.failTok('AIO-P002', { token: op });
      this.invalid();
    }
    return this.next();
  }

  private expectKw(kw: string): Token {
    if (!this.atKw(kw)) this.failTok('AIO-P002', { token: kw });
    return this.next();
  }

  private name(): string {
    if (!this.atName()) this.invalid();
    return this.next().value;
  }

  // ------------------------------------------------------------------ errors

  private failAt(code: ErrorCode, params: ErrorParams, at: Pos): never {
    throw new ParseError(code, params, this.fileName, at.line, at.col);
  }

  private failTok(code: ErrorCode, params: ErrorParams, t: Token = this.peek()): never {
    this.failAt(code, params, this.tokPos(t));
  }

  /** Where CPython reports an error at token t: NEWLINE/ENDMARKER errors point just past the last real token. */
  private tokPos(t: Token): Pos {
    if ((t.type === 'NEWLINE' || t.type === 'ENDMARKER' || t.type === 'DEDENT') && t.value === '' && this.last !== t) {
      return { line: t.line, col: t.col };
    }
    return { line: t.line, col: t.col };
  }

  private invalid(t: Token = this.peek()): never {
    if (t.type === 'INDENT') this.failTok('AIO-P003', {}, t);
    if (t.type === 'ENDMARKER' && this.p > 0) {
      this.failTok('AIO-P001', { detail: 'invalid syntax' }, t);
    }
    this.failTok('AIO-P001', { detail: 'invalid syntax' }, t);
  }

  // ------------------------------------------------------------------ spans

  /** A node's start is its first token's start; tokens and nodes are Pos-shaped already (no allocation). */
  private startOf(t: Token | Span): Pos {
    return t;
  }

  /** Span from `start` to the end of the last consumed token. */
  private span(start: Pos): Span {
    const l = this.last;
    return { line: start.line, col: start.col, endLine: l.endLine, endCol: l.endCol };
  }

  private spanTo(start: Pos, end: Span): Span {
    return { line: start.line, col: start.col, endLine: end.endLine, endCol: end.endCol };
  }

  // ------------------------------------------------------------------ module & statements

  file(): Module {
    const body: Stmt[] = [];
    while (this.peek().type !== 'ENDMARKER') {
      if (this.peek().type === 'NEWLINE') {
        this.next();
        continue;
      }
      this.statement(body);
    }
    const end = this.src.pos(this.src.text.length);
    return { type: 'Module', body, line: 1, col: 0, endLine: end.line, endCol: end.col };
  }

  private statement(out: Stmt[]): void {
    const t = this.peek();
    if (t.type === 'INDENT') this.failTok('AIO-P003', {}, t);
    if (t.type === 'DEDENT') this.invalid(t);
    if (t.type === 'NAME') {
      switch (t.value) {
        case 'def':
          out.push(this.funcDef([], t));
          return;
        case 'class':
          out.push(this.classDef([], t));
          return;
        case 'if':
          out.push(this.ifStmt());
          return;
        case 'while':
          out.push(this.whileStmt());
          return;
        case 'for':
          out.push(this.forStmt(t));
          return;
        case 'with':
          out.push(this.withStmt(t));
          return;
        case 'try':
          out.push(this.tryStmt());
          return;
        case 'async': {
          const n = this.peek(1);
          if (n.type === 'NAME' && n.value === 'def') {
            out.push(this.funcDef([], t));
            return;
          }
          if (n.type === 'NAME' && n.value === 'for') {
            out.push(this.forStmt(t));
            return;
          }
          if (n.type === 'NAME' && n.value === 'with') {
            out.push(this.withStmt(t));
            return;
          }
          this.invalid(n);
          break;
        }
        case 'match':
          this.softKeywordStatement('match', 'the match statement');
          break;
        case 'type':
          this.softKeywordStatement('type', 'the type statement');
          break;
      }
    } else if (t.type === 'OP' && t.value === '@') {
      out.push(this.decorated());
      return;
    }
    this.simpleStmts(out);
  }

  /** `match x:` / `type X = ...` are valid 3.12 but unsupported: detect them, else parse as an ordinary line. */
  private softKeywordStatement(kw: string, construct: string): void {
    const save = this.p;
    const saveLast = this.last;
    const kwTok = this.next();
    let isStmt = false;
    try {
      if (kw === 'match') {
        if (!this.at('=') && !this.at('.') && !this.at(':')) {
          this.starNamedExpressionsForMatch();
          isStmt = this.at(':') && this.peek(1).type === 'NEWLINE';
        }
      } else if (this.atName()) {
        this.next();
        isStmt = this.at('=') || this.at('[');
      }
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
    }
    this.p = save;
    this.last = saveLast;
    if (isStmt) this.failTok('AIO-U001', { construct }, kwTok);
  }

  private starNamedExpressionsForMatch(): void {
    this.starNamedExpression();
    while (this.eat(',')) {
      if (this.at(':')) break;
      this.starNamedExpression();
    }
  }

  private simpleStmts(out: Stmt[]): void {
    for (;;) {
      const st = this.simpleStmt();
      if (st.type === 'Expr') this.checkExprStmt(st.value);
      out.push(st);
      if (this.eat(';')) {
        if (this.peek().type === 'NEWLINE') break;
        continue;
      }
      break;
    }
    const t = this.peek();
    if (t.type === 'NEWLINE') {
      this.next();
      return;
    }
    if (t.type === 'ENDMARKER') return;
    this.invalid(t);
  }

  private simpleStmt(): Stmt {
    const t = this.peek();
    const start = this.startOf(t);
    if (t.type === 'NAME') {
      switch (t.value) {
        case 'pass':
          this.next();
          return { type: 'Pass', ...this.span(start) };
        case 'break':
          this.next();
          if (!this.scope.loop) this.failAt('AIO-P019', { detail: "'break' outside loop" }, start);
          return { type: 'Break', ...this.span(start) };
        case 'continue':
          this.next();
          if (!this.scope.loop) this.failAt('AIO-P019', { detail: "'continue' not properly in loop" }, start);
          return { type: 'Continue', ...this.span(start) };
        case 'return': {
          this.next();
          const value = this.endOfSimple() ? null : this.starExpressions();
          if (this.scope.kind !== 'def' && this.scope.kind !== 'async') {
            this.failAt('AIO-P019', { detail: "'return' outside function" }, start);
          }
          return { type: 'Return', value, ...this.span(start) };
        }
        case 'raise': {
          this.next();
          let exc: Expr | null = null;
          let cause: Expr | null = null;
          if (!this.endOfSimple()) {
            exc = this.expression();
            if (this.eatKw('from')) cause = this.expression();
          }
          return { type: 'Raise', exc, cause, ...this.span(start) };
        }
        case 'global':
        case 'nonlocal': {
          this.next();
          const names = [this.name()];
          while (this.eat(',')) names.push(this.name());
          if (t.value === 'nonlocal' && this.scope.kind === 'module') {
            this.failAt('AIO-P023', { detail: 'nonlocal declaration not allowed at module level' }, start);
          }
          return { type: t.value === 'global' ? 'Global' : 'Nonlocal', names, ...this.span(start) };
        }
        case 'del': {
          this.next();
          const targets: Expr[] = [];
          for (;;) {
            const e = this.bitwiseOr();
            const bad = invalidTarget(e, true);
            if (bad !== null) this.failAt('AIO-P015', { detail: `cannot delete ${exprName(bad)}` }, this.startOf(bad));
            targets.push(e);
            if (!this.eat(',')) break;
            if (this.endOfSimple()) break;
          }
          if (!this.endOfSimple()) this.invalid();
          return { type: 'Delete', targets, ...this.span(start) };
        }
        case 'assert': {
          this.next();
          const test = this.expression();
          const msg = this.eat(',') ? this.expression() : null;
          return { type: 'Assert', test, msg, ...this.span(start) };
        }
        case 'import':
          return this.importName();
        case 'from':
          return this.importFrom();
      }
    }
    return this.exprOrAssign();
  }

  /** CPython's dedicated messages for `print "x"` and a lone `*a`. */
  private checkExprStmt(e: Expr): void {
    if (e.type === 'Starred') this.failAt('AIO-P001', { detail: "can't use starred expression here" }, this.startOf(e));
    if (e.type === 'Name' && (e.id === 'print' || e.id === 'exec') && this.canStartExpression() && !this.at('(')) {
      this.failAt(
        'AIO-P001',
        { detail: `Missing parentheses in call to '${e.id}'. Did you mean ${e.id}(...)?` },
        this.startOf(e)
      );
    }
  }

  private endOfSimple(): boolean {
    const t = this.peek();
    return t.type === 'NEWLINE' || t.type === 'ENDMARKER' || (t.type === 'OP' && t.value === ';');
  }

  private exprOrAssign(): Stmt {
    const first = this.peek();
    const start = this.startOf(first);
    const e = this.atKw('yield') ? this.yieldExpr() : this.starExpressions();
    const t = this.peek();
    if (t.type !== 'OP') return { type: 'Expr', value: e, ...this.span(start) };
    if (t.value === '=') {
      const targets = [e];
      let value: Expr = e;
      while (this.eat('=')) {
        value = this.atKw('yield') ? this.yieldExpr() : this.starExpressions();
        targets.push(value);
      }
      targets.pop();
      if (value.type === 'Starred')
        this.failAt('AIO-P001', { detail: "can't use starred expression here" }, this.startOf(value));
      for (const target of targets)
        this.checkTarget(target, targets.length === 1 && value.type !== 'Yield' && value.type !== 'YieldFrom');
      return { type: 'Assign', targets, value, ...this.span(start) };
    }
    if (t.value === ':') {
      if (e.type === 'Tuple')
        this.failAt('AIO-P015', { detail: 'only single target (not tuple) can be annotated' }, this.startOf(e));
      if (e.type === 'List')
        this.failAt('AIO-P015', { detail: 'only single target (not list) can be annotated' }, this.startOf(e));
      if (e.type !== 'Name' && e.type !== 'Attribute' && e.type !== 'Subscript') {
        this.failAt('AIO-P015', { detail: 'illegal target for annotation' }, this.startOf(e));
      }
      this.next();
      const annotation = this.expression();
      let value: Expr | null = null;
      if (this.eat('=')) value = this.atKw('yield') ? this.yieldExpr() : this.starExpressions();
      const simple = e.type === 'Name' && !(first.type === 'OP' && first.value === '(');
      return { type: 'AnnAssign', target: e, annotation, value, simple, ...this.span(start) };
    }
    const op = AUG_OPS[t.value];
    if (op !== undefined) {
      if (e.type !== 'Name' && e.type !== 'Attribute' && e.type !== 'Subscript') {
        this.failAt(
          'AIO-P015',
          { detail: `'${exprName(e)}' is an illegal expression for augmented assignment` },
          this.startOf(e)
        );
      }
      this.next();
      const value = this.atKw('yield') ? this.yieldExpr() : this.starExpressions();
      return { type: 'AugAssign', target: e, op, value, ...this.span(start) };
    }
    return { type: 'Expr', value: e, ...this.span(start) };
  }

  /** Assignment targets: CPython words the message differently for a whole bad target and a nested one. */
  private checkTarget(e: Expr, assign: boolean): void {
    const bad = invalidTarget(e, false);
    if (bad === null) return;
    const what = exprName(bad);
    // CPython's invalid_named_expression rule: a single `bitwise_or = ...` whose target is wrong as a whole
    const notBitwiseOr = [
      'Tuple',
      'List',
      'GeneratorExp',
      'Starred',
      'Lambda',
      'IfExp',
      'Compare',
      'BoolOp',
      'NamedExpr',
      'Yield',
      'YieldFrom'
    ];
    const keywordConst = e.type === 'Constant' && ['None', 'bool'].includes(e.value.kind);
    const notOp = e.type === 'UnaryOp' && e.op === 'not';
    const suffix =
      assign && bad === e && !notBitwiseOr.includes(e.type) && !keywordConst && !notOp
        ? " here. Maybe you meant '==' instead of '='?"
        : '';
    this.failAt('AIO-P015', { detail: `cannot assign to ${what}${suffix}` }, this.startOf(bad));
  }

  private dottedName(): string {
    let n = this.name();
    while (this.eat('.')) n += '.' + this.name();
    return n;
  }

  private importName(): Stmt {
    const start = this.startOf(this.next());
    const names: Alias[] = [];
    do {
      const s = this.startOf(this.peek());
      const name = this.dottedName();
      const asname = this.eatKw('as') ? this.name() : null;
      names.push({ type: 'alias', name, asname, ...this.span(s) });
    } while (this.eat(','));
    return { type: 'Import', names, ...this.span(start) };
  }

  private importFrom(): Stmt {
    const start = this.startOf(this.next());
    let level = 0;
    for (;;) {
      if (this.eat('.')) level++;
      else if (this.eat('...')) level += 3;
      else break;
    }
    let module: string | null = null;
    if (!this.atKw('import')) module = this.dottedName();
    else if (level === 0) this.invalid();
    this.expectKw('import');
    const names: Alias[] = [];
    if (this.at('*')) {
      const s = this.startOf(this.peek());
      this.next();
      names.push({ type: 'alias', name: '*', asname: null, ...this.span(s) });
    } else {
      const paren = this.eat('(');
      for (;;) {
        const s = this.startOf(this.peek());
        const name = this.name();
        const asname = this.eatKw('as') ? this.name() : null;
        names.push({ type: 'alias', name, asname, ...this.span(s) });
        if (!this.eat(',')) break;
        if (paren && this.at(')')) break;
        if (!paren && this.endOfSimple()) {
          this.failTok('AIO-P001', { detail: 'trailing comma not allowed without surrounding parentheses' });
        }
      }
      if (paren) this.expect(')');
    }
    return { type: 'ImportFrom', module, names, level, ...this.span(start) };
  }

  // ------------------------------------------------------------------ compound statements

  /** `':' block`: a suite on the same line or an indented block. `what` names the header for the error. */
  private block(what: string, header: Token): Stmt[] {
    this.expect(':');
    const body: Stmt[] = [];
    if (this.peek().type !== 'NEWLINE') {
      this.simpleStmts(body);
      return body;
    }
    const nl = this.next();
    const t = this.peek();
    if (t.type !== 'INDENT') {
      // at end of file CPython points at the NEWLINE that ended the header
      const at = t.type === 'ENDMARKER' || t.type === 'DEDENT' ? nl : t;
      this.failAt('AIO-P005', { what: `${what} on line ${header.line}` }, this.startOf(at));
    }
    this.next();
    while (this.peek().type !== 'DEDENT' && this.peek().type !== 'ENDMARKER') this.statement(body);
    this.next();
    return body;
  }

  private withScope<T>(scope: Scope, f: () => T): T {
    const saved = this.scope;
    this.scope = scope;
    try {
      return f();
    } finally {
      this.scope = saved;
    }
  }

  private decorated(): Stmt {
    const decorators: Expr[] = [];
    while (this.eat('@')) {
      decorators.push(this.namedExpression());
      if (this.peek().type !== 'NEWLINE') this.invalid();
      this.next();
    }
    const t = this.peek();
    if (t.type === 'NAME' && t.value === 'def') return this.funcDef(decorators, t);
    if (t.type === 'NAME' && t.value === 'async' && this.atKw('def', 1)) return this.funcDef(decorators, t);
    if (t.type === 'NAME' && t.value === 'class') return this.classDef(decorators, t);
    this.invalid(t);
  }

  private funcDef(decoratorList: Expr[], first: Token): Stmt {
    const start = this.startOf(first);
    const isAsync = this.eatKw('async');
    const defTok = this.expectKw('def');
    const name = this.name();
    if (this.at('[')) this.failTok('AIO-U001', { construct: 'generic type parameters (def f[T])' });
    this.expect('(');
    const args = this.parameters(')', true);
    this.expect(')');
    const returns = this.eat('->') ? this.expression() : null;
    const scope: Scope = { kind: isAsync ? 'async' : 'def', loop: false };
    const body = this.withScope(scope, () => this.block('function definition', defTok));
    return {
      type: isAsync ? 'AsyncFunctionDef' : 'FunctionDef',
      name,
      args,
      body,
      decoratorList,
      returns,
      ...this.span(start)
    };
  }

  private classDef(decoratorList: Expr[], first: Token): Stmt {
    const start = this.startOf(first);
    this.next();
    const name = this.name();
    if (this.at('[')) this.failTok('AIO-U001', { construct: 'generic type parameters (class C[T])' });
    let bases: Expr[] = [];
    let keywords: Keyword[] = [];
    if (this.eat('(')) {
      const a = this.callArguments();
      bases = a.args;
      keywords = a.keywords;
      this.expect(')');
    }
    const body = this.withScope({ kind: 'class', loop: false }, () => this.block('class definition', first));
    return { type: 'ClassDef', name, bases, keywords, body, decoratorList, ...this.span(start) };
  }

  private ifStmt(): Stmt {
    const first = this.next();
    const start = this.startOf(first);
    const test = this.namedExpression();
    const body = this.block(`'${first.value}' statement`, first);
    let orelse: Stmt[] = [];
    if (this.atKw('elif')) orelse = [this.ifStmt()];
    else if (this.atKw('else')) {
      const e = this.next();
      orelse = this.block("'else' statement", e);
    }
    return { type: 'If', test, body, orelse, ...this.span(start) };
  }

  private whileStmt(): Stmt {
    const first = this.next();
    const start = this.startOf(first);
    const test = this.namedExpression();
    const body = this.withScope({ ...this.scope, loop: true }, () => this.block("'while' statement", first));
    let orelse: Stmt[] = [];
    if (this.atKw('else')) {
      const e = this.next();
      orelse = this.block("'else' statement", e);
    }
    return { type: 'While', test, body, orelse, ...this.span(start) };
  }

  private forStmt(first: Token): Stmt {
    const start = this.startOf(first);
    const isAsync = this.eatKw('async');
    const forTok = this.expectKw('for');
    if (isAsync && this.scope.kind !== 'async') {
      this.failAt('AIO-P019', { detail: "'async for' outside async function" }, start);
    }
    const target = this.starTargets();
    this.expectKw('in');
    const iter = this.starExpressions();
    const body = this.withScope({ ...this.scope, loop: true }, () =>
      this.block(`'${isAsync ? 'async for' : 'for'}' statement`, forTok)
    );
    let orelse: Stmt[] = [];
    if (this.atKw('else')) {
      const e = this.next();
      orelse = this.block("'else' statement", e);
    }
    return { type: isAsync ? 'AsyncFor' : 'For', target, iter, body, orelse, ...this.span(start) };
  }

  /** star_targets: parsed at bitwise_or level (so `in` is left for the caller), then validated. */
  private starTargets(): Expr {
    const start = this.startOf(this.peek());
    const one = (): Expr => {
      const s = this.startOf(this.peek());
      if (this.eat('*')) {
        const value = this.bitwiseOr();
        return { type: 'Starred', value, ...this.span(s) };
      }
      return this.bitwiseOr();
    };
    const first = one();
    let e = first;
    if (this.at(',')) {
      const elts = [first];
      while (this.eat(',')) {
        if (this.atKw('in') || this.at('=')) break;
        elts.push(one());
      }
      e = { type: 'Tuple', elts, ...this.span(start) };
    }
    this.checkTarget(e, false);
    return e;
  }

  private withStmt(first: Token): Stmt {
    const start = this.startOf(first);
    const isAsync = this.eatKw('async');
    const withTok = this.expectKw('with');
    if (isAsync && this.scope.kind !== 'async') {
      this.failAt('AIO-P019', { detail: "'async with' outside async function" }, start);
    }
    let items: WithItem[] | null = null;
    if (this.at('(')) {
      // `with (a, b as c):` — parenthesized items; fall back to an expression when it is not that form.
      const save = this.p;
      const saveLast = this.last;
      try {
        this.next();
        const its: WithItem[] = [];
        for (;;) {
          its.push(this.withItem());
          if (!this.eat(',')) break;
          if (this.at(')')) break;
        }
        if (!this.at(')') || !this.at(':', 1)) throw new Backtrack();
        this.next();
        items = its;
      } catch (e) {
        if (!(e instanceof Backtrack) && !(e instanceof ParseError)) throw e;
        this.p = save;
        this.last = saveLast;
      }
    }
    if (items === null) {
      items = [];
      do items.push(this.withItem());
      while (this.eat(','));
    }
    const body = this.block(`'${isAsync ? 'async with' : 'with'}' statement`, withTok);
    return { type: isAsync ? 'AsyncWith' : 'With', items, body, ...this.span(start) };
  }

  private withItem(): WithItem {
    const contextExpr = this.expression();
    let optionalVars: Expr | null = null;
    if (this.eatKw('as')) {
      optionalVars = this.starTargetSingle();
      if (!this.at(',') && !this.at(')') && !this.at(':')) this.invalid();
    }
    return { type: 'withitem', contextExpr, optionalVars };
  }

  /** A single star_target (no bare tuple): `as x`, `as (a, b)`, `as a.b`. */
  private starTargetSingle(): Expr {
    const e = this.bitwiseOr();
    this.checkTarget(e, false);
    return e;
  }

  private tryStmt(): Stmt {
    const first = this.next();
    const start = this.startOf(first);
    const body = this.block("'try' statement", first);
    const handlers: ExceptHandler[] = [];
    let star: boolean | null = null;
    while (this.atKw('except')) {
      const exTok = this.next();
      const hs = this.startOf(exTok);
      const isStar = this.eat('*');
      if (star !== null && star !== isStar) {
        this.failAt('AIO-P001', { detail: "cannot have both 'except' and 'except*' on the same 'try'" }, hs);
      }
      star = isStar;
      let exceptType: Expr | null = null;
      let name: string | null = null;
      if (!this.at(':')) {
        const ts = this.startOf(this.peek());
        exceptType = this.expression();
        if (this.at(',')) {
          this.failAt('AIO-P001', { detail: 'multiple exception types must be parenthesized' }, ts);
        }
        if (this.eatKw('as')) name = this.name();
      } else if (isStar) {
        this.failTok('AIO-P001', { detail: 'expected one or more exception types' });
      }
      const hbody = this.block(isStar ? "'except*' statement" : "'except' statement", exTok);
      handlers.push({ type: 'ExceptHandler', exceptType, name, body: hbody, ...this.span(hs) });
    }
    let orelse: Stmt[] = [];
    let finalbody: Stmt[] = [];
    if (handlers.length > 0 && this.atKw('else')) {
      const e = this.next();
      orelse = this.block("'else' statement", e);
    }
    if (this.atKw('finally')) {
      const f = this.next();
      finalbody = this.block("'finally' statement", f);
    }
    if (handlers.length === 0 && finalbody.length === 0) this.failTok('AIO-P022', {});
    return { type: star === true ? 'TryStar' : 'Try', body, handlers, orelse, finalbody, ...this.span(start) };
  }

  // ------------------------------------------------------------------ parameters

  /**
   * Parameters of a def (annotations allowed, ends at ')') or a lambda (no annotations, ends at ':').
   */
  private parameters(close: string, annotations: boolean): Arguments {
    const posonlyargs: Arg[] = [];
    let args: Arg[] = [];
    let vararg: Arg | null = null;
    const kwonlyargs: Arg[] = [];
    const kwDefaults: (Expr | null)[] = [];
    let kwarg: Arg | null = null;
    const defaults: Expr[] = [];
    let seenStar = false;
    let seenSlash = false;
    const param = (allowStarAnnotation: boolean): Arg => {
      const t = this.peek();
      const s = this.startOf(t);
      const argName = this.name();
      let annotation: Expr | null = null;
      if (annotations && this.eat(':')) {
        annotation = allowStarAnnotation && this.at('*') ? this.starExpression() : this.expression();
      }
      return { type: 'arg', arg: argName, annotation, ...this.span(s) };
    };
    while (!this.at(close)) {
      const t = this.peek();
      if (kwarg !== null) this.failTok('AIO-P018', { detail: 'arguments cannot follow var-keyword argument' }, t);
      if (this.eat('/')) {
        if (seenSlash) this.failAt('AIO-P018', { detail: '/ may appear only once' }, this.startOf(t));
        if (seenStar) this.failAt('AIO-P018', { detail: '/ must be ahead of *' }, this.startOf(t));
        if (args.length === 0)
          this.failAt('AIO-P018', { detail: 'at least one argument must precede /' }, this.startOf(t));
        seenSlash = true;
        posonlyargs.push(...args);
        args = [];
      } else if (this.eat('*')) {
        if (seenStar) this.failAt('AIO-P018', { detail: '* argument may appear only once' }, this.startOf(t));
        seenStar = true;
        if (this.at(',') || this.at(close)) {
          if (!this.at(',') || this.at(close, 1) || this.at('**', 1)) {
            this.failAt('AIO-P018', { detail: 'named arguments must follow bare *' }, this.startOf(t));
          }
        } else {
          vararg = param(true);
          if (this.at('=')) this.failTok('AIO-P018', { detail: 'var-positional argument cannot have default value' });
        }
      } else if (this.eat('**')) {
        kwarg = param(false);
        if (this.at('=')) this.failTok('AIO-P018', { detail: 'var-keyword argument cannot have default value' });
      } else {
        const a = param(false);
        let d: Expr | null = null;
        if (this.eat('=')) d = this.expression();
        if (seenStar) {
          kwonlyargs.push(a);
          kwDefaults.push(d);
        } else {
          if (d !== null) defaults.push(d);
          else if (defaults.length > 0) {
            this.failAt(
              'AIO-P018',
              { detail: 'parameter without a default follows parameter with a default' },
              this.startOf(a)
            );
          }
          args.push(a);
        }
      }
      if (!this.eat(',')) break;
    }
    return { type: 'arguments', posonlyargs, args, vararg, kwonlyargs, kwDefaults, kwarg, defaults };
  }

  // ------------------------------------------------------------------ expressions

  /** star_expressions: a tuple when there is a comma. */
  starExpressions(): Expr {
    const start = this.startOf(this.peek());
    const first = this.starExpression();
    if (!this.at(',')) return first;
    const elts = [first];
    while (this.eat(',')) {
      if (!this.canStartExpression()) break;
      elts.push(this.starExpression());
    }
    return { type: 'Tuple', elts, ...this.span(start) };
  }

  private canStartExpression(): boolean {
    const t = this.peek();
    if (t.type === 'NUMBER' || t.type === 'STRING') return true;
    if (t.type === 'NAME') {
      if (!KEYWORDS.has(t.value)) return true;
      return ['None', 'True', 'False', 'not', 'lambda', 'await', 'yield'].includes(t.value);
    }
    if (t.type === 'OP') return ['(', '[', '{', '-', '+', '~', '*', '...'].includes(t.value);
    return false;
  }

  private starExpression(): Expr {
    const t = this.peek();
    if (t.type === 'OP' && t.value === '*') {
      const s = this.startOf(this.next());
      const value = this.bitwiseOr();
      return { type: 'Starred', value, ...this.span(s) };
    }
    return this.expression();
  }

  private starNamedExpression(): Expr {
    const t = this.peek();
    if (t.type === 'OP' && t.value === '*') {
      const s = this.startOf(this.next());
      const value = this.bitwiseOr();
      return { type: 'Starred', value, ...this.span(s) };
    }
    return this.namedExpression();
  }

  namedExpression(): Expr {
    const t = this.peek();
    if (t.type === 'NAME' && this.at(':=', 1) && !KEYWORDS.has(t.value)) {
      const s = this.startOf(t);
      this.next();
      const target: Expr = { type: 'Name', id: t.value, ...this.span(s) };
      this.next();
      const value = this.expression();
      return { type: 'NamedExpr', target, value, ...this.span(s) };
    }
    const e = this.expression();
    if (this.at(':=')) {
      this.failAt('AIO-P015', { detail: `cannot use assignment expressions with ${exprName(e)}` }, this.startOf(e));
    }
    return e;
  }

  expression(): Expr {
    const t = this.peek();
    if (t.type === 'NAME' && t.value === 'lambda') return this.lambdef();
    const s = this.startOf(t);
    const body = this.disjunction();
    if (!this.atKw('if')) return body;
    this.next();
    const test = this.disjunction();
    if (!this.atKw('else')) this.failAt('AIO-P001', { detail: "expected 'else' after 'if' expression" }, s);
    this.next();
    const orelse = this.expression();
    return { type: 'IfExp', test, body, orelse, ...this.span(s) };
  }

  private lambdef(): Expr {
    const s = this.startOf(this.next());
    const args = this.parameters(':', false);
    this.expect(':');
    const body = this.withScope({ kind: 'lambda', loop: false }, () => this.expression());
    return { type: 'Lambda', args, body, ...this.span(s) };
  }

  private disjunction(): Expr {
    const s = this.startOf(this.peek());
    const first = this.conjunction();
    if (!this.atKw('or')) return first;
    const values = [first];
    while (this.eatKw('or')) values.push(this.conjunction());
    return { type: 'BoolOp', op: 'or', values, ...this.span(s) };
  }

  private conjunction(): Expr {
    const s = this.startOf(this.peek());
    const first = this.inversion();
    if (!this.atKw('and')) return first;
    const values = [first];
    while (this.eatKw('and')) values.push(this.inversion());
    return { type: 'BoolOp', op: 'and', values, ...this.span(s) };
  }

  private inversion(): Expr {
    const t = this.peek();
    if (t.type === 'NAME' && t.value === 'not') {
      const s = this.startOf(this.next());
      const operand = this.inversion();
      return { type: 'UnaryOp', op: 'not', operand, ...this.span(s) };
    }
    return this.comparison();
  }

  private compareOp(): CmpOperator | null {
    const t = this.peek();
    if (t.type === 'OP') {
      const op = CMP_OPS[t.value];
      if (op !== undefined) {
        this.next();
        return op;
      }
      return null;
    }
    if (t.type !== 'NAME') return null;
    if (t.value === 'in') {
      this.next();
      return 'in';
    }
    if (t.value === 'not' && this.atKw('in', 1)) {
      this.next();
      this.next();
      return 'not in';
    }
    if (t.value === 'is') {
      this.next();
      if (this.eatKw('not')) return 'is not';
      return 'is';
    }
    return null;
  }

  private comparison(): Expr {
    const s = this.startOf(this.peek());
    const left = this.bitwiseOr();
    let op = this.compareOp();
    if (op === null) return left;
    const ops: CmpOperator[] = [];
    const comparators: Expr[] = [];
    while (op !== null) {
      ops.push(op);
      comparators.push(this.bitwiseOr());
      op = this.compareOp();
    }
    return { type: 'Compare', left, ops, comparators, ...this.span(s) };
  }

  bitwiseOr(): Expr {
    return this.binary(1);
  }

  /**
   * Precedence climbing over the left-associative binary levels bitwise_or ... term (one function instead of six
   * nested rules: same tree, far fewer calls). A BinOp starts where its leftmost operand's rule started.
   */
  private binary(minPrec: number): Expr {
    const s = this.peek();
    let left = this.factor();
    for (;;) {
      const t = this.peek();
      if (t.type !== 'OP') return left;
      const prec = BIN_PREC[t.value];
      if (prec === undefined || prec < minPrec) return left;
      this.next();
      const right = this.binary(prec + 1);
      left = { type: 'BinOp', left, op: t.value as BinOperator, right, ...this.span(s) };
    }
  }

  private factor(): Expr {
    const t = this.peek();
    if (t.type === 'OP' && (t.value === '-' || t.value === '+' || t.value === '~')) {
      const s = this.startOf(this.next());
      const operand = this.factor();
      return { type: 'UnaryOp', op: t.value, operand, ...this.span(s) };
    }
    return this.power();
  }

  private power(): Expr {
    const s = this.startOf(this.peek());
    const left = this.awaitPrimary();
    if (!this.at('**')) return left;
    this.next();
    const right = this.factor();
    return { type: 'BinOp', left, op: '**', right, ...this.span(s) };
  }

  private awaitPrimary(): Expr {
    const t = this.peek();
    if (t.type === 'NAME' && t.value === 'await') {
      const s = this.startOf(this.next());
      const value = this.primary();
      if (this.scope.kind !== 'async') {
        const outside = this.scope.kind === 'def' || this.scope.kind === 'lambda' ? 'async function' : 'function';
        this.failAt('AIO-P019', { detail: `'await' outside ${outside}` }, s);
      }
      return { type: 'Await', value, ...this.span(s) };
    }
    return this.primary();
  }

  private primary(): Expr {
    const s = this.startOf(this.peek());
    let e = this.atom();
    for (;;) {
      const t = this.peek();
      if (t.type !== 'OP') return e;
      if (t.value === '.') {
        this.next();
        const attr = this.name();
        e = { type: 'Attribute', value: e, attr, ...this.span(s) };
      } else if (t.value === '(') {
        const open = this.next();
        const a = this.callArguments(open);
        this.expect(')');
        e = { type: 'Call', func: e, args: a.args, keywords: a.keywords, ...this.span(s) };
      } else if (t.value === '[') {
        this.next();
        const slice = this.slices();
        this.expect(']');
        e = { type: 'Subscript', value: e, slice, ...this.span(s) };
      } else return e;
    }
  }

  private slices(): Expr {
    const s = this.startOf(this.peek());
    const first = this.slice();
    if (!this.at(',')) {
      // `a[*idx]` is a one-element tuple index
      return first.type === 'Starred' ? { type: 'Tuple', elts: [first], ...this.span(s) } : first;
    }
    const elts = [first];
    while (this.eat(',')) {
      if (this.at(']')) break;
      elts.push(this.slice());
    }
    return { type: 'Tuple', elts, ...this.span(s) };
  }

  private slice(): Expr {
    const s = this.startOf(this.peek());
    if (this.at('*')) return this.starExpression();
    let lower: Expr | null = null;
    if (!this.at(':')) {
      lower = this.namedExpression();
      if (!this.at(':')) return lower;
    }
    this.next();
    let upper: Expr | null = null;
    let step: Expr | null = null;
    if (!this.at(':') && !this.at(']') && !this.at(',')) upper = this.expression();
    if (this.eat(':')) {
      if (!this.at(']') && !this.at(',')) step = this.expression();
    }
    return { type: 'Slice', lower, upper, step, ...this.span(s) };
  }

  /** Arguments of a call (after '(') up to, not including, ')'. `open` is the '(' (for a sole generator argument). */
  private callArguments(open?: Token): { args: Expr[]; keywords: Keyword[] } {
    const args: Expr[] = [];
    const keywords: Keyword[] = [];
    let seenKeyword = false;
    let seenDoubleStar = false;
    let orderError: string | null = null;
    while (!this.at(')')) {
      const t = this.peek();
      const s = this.startOf(t);
      if (t.type === 'OP' && t.value === '*') {
        this.next();
        const value = this.expression();
        if (seenDoubleStar) orderError ??= 'iterable argument unpacking follows keyword argument unpacking';
        args.push({ type: 'Starred', value, ...this.span(s) });
      } else if (t.type === 'OP' && t.value === '**') {
        this.next();
        const value = this.expression();
        keywords.push({ type: 'keyword', arg: null, value, ...this.span(s) });
        seenDoubleStar = true;
      } else if (t.type === 'NAME' && this.at('=', 1)) {
        if (KEYWORDS.has(t.value)) {
          if (t.value === 'True' || t.value === 'False' || t.value === 'None') {
            this.failAt('AIO-P015', { detail: `cannot assign to ${t.value}` }, s);
          }
          this.invalid(t);
        }
        this.next();
        this.next();
        const value = this.expression();
        keywords.push({ type: 'keyword', arg: t.value, value, ...this.span(s) });
        seenKeyword = true;
      } else {
        const e = this.namedExpression();
        if (this.atKw('for') || (this.atKw('async') && this.atKw('for', 1))) {
          const generators = this.forIfClauses();
          const gs = open !== undefined ? this.startOf(open) : s;
          let gen: Expr;
          if (open !== undefined && args.length === 0 && keywords.length === 0 && this.at(')')) {
            // sole generator argument: its span is the call's parentheses
            const close = this.peek();
            gen = {
              type: 'GeneratorExp',
              elt: e,
              generators,
              line: gs.line,
              col: gs.col,
              endLine: close.endLine,
              endCol: close.endCol
            };
          } else {
            this.failAt('AIO-P001', { detail: 'Generator expression must be parenthesized' }, s);
          }
          args.push(gen);
        } else {
          if (this.at('=')) {
            this.failAt('AIO-P015', { detail: 'expression cannot contain assignment, perhaps you meant "=="?' }, s);
          }
          if (seenDoubleStar) orderError ??= 'positional argument follows keyword argument unpacking';
          else if (seenKeyword) orderError ??= 'positional argument follows keyword argument';
          args.push(e);
        }
      }
      if (!this.eat(',')) {
        if (!this.at(')') && startsAtom(this.peek()) && this.peek().line === t.line) this.forgotComma(s);
        break;
      }
    }
    // CPython reports argument-order errors once all arguments are read, at the token after them
    if (orderError !== null) this.failTok('AIO-P018', { detail: orderError });
    return { args, keywords };
  }

  private forgotComma(s: Pos): never {
    this.failAt('AIO-P021', {}, s);
  }

  /** `compStart` is where the comprehension begins (its bracket); null for generator expressions, which may be async anywhere. */
  private forIfClauses(compStart: Pos | null = null): Comprehension[] {
    const gens: Comprehension[] = [];
    while (this.atKw('for') || (this.atKw('async') && this.atKw('for', 1))) {
      const isAsync = this.eatKw('async');
      this.next();
      if (isAsync && compStart !== null && this.scope.kind !== 'async') {
        this.failAt(
          'AIO-P019',
          { detail: 'asynchronous comprehension outside of an asynchronous function' },
          compStart
        );
      }
      const target = this.starTargets();
      this.expectKw('in');
      const iter = this.disjunction();
      const ifs: Expr[] = [];
      while (this.eatKw('if')) ifs.push(this.disjunction());
      gens.push({ type: 'comprehension', target, iter, ifs, isAsync });
    }
    return gens;
  }

  private atFor(): boolean {
    return this.atKw('for') || (this.atKw('async') && this.atKw('for', 1));
  }

  private yieldExpr(): Expr {
    const s = this.startOf(this.next());
    if (this.scope.kind === 'module' || this.scope.kind === 'class') {
      this.failAt('AIO-P019', { detail: "'yield' outside function" }, s);
    }
    if (this.eatKw('from')) {
      const value = this.expression();
      if (this.scope.kind === 'async') this.failAt('AIO-P019', { detail: "'yield from' inside async function" }, s);
      return { type: 'YieldFrom', value, ...this.span(s) };
    }
    const t = this.peek();
    const value = this.canStartExpression() && !(t.type === 'OP' && t.value === '=') ? this.starExpressions() : null;
    return { type: 'Yield', value, ...this.span(s) };
  }

  private atom(): Expr {
    const t = this.peek();
    const s = this.startOf(t);
    switch (t.type) {
      case 'NAME':
        if (!KEYWORDS.has(t.value)) {
          this.next();
          return { type: 'Name', id: t.value, ...this.span(s) };
        }
        if (t.value === 'True' || t.value === 'False') {
          this.next();
          return { type: 'Constant', value: { kind: 'bool', value: t.value === 'True' }, ...this.span(s) };
        }
        if (t.value === 'None') {
          this.next();
          return { type: 'Constant', value: { kind: 'None' }, ...this.span(s) };
        }
        this.invalid(t);
        break;
      case 'NUMBER':
        this.next();
        return { type: 'Constant', value: t.num as NonNullable<Token['num']>, ...this.span(s) };
      case 'STRING': {
        const parts: Token[] = [];
        while (this.peek().type === 'STRING') parts.push(this.next());
        return buildString(parts, this.src, this.fileName, (start, end) => this.subExpression(start, end));
      }
      case 'OP':
        switch (t.value) {
          case '(':
            return this.parenAtom();
          case '[':
            return this.listAtom();
          case '{':
            return this.braceAtom();
          case '...':
            this.next();
            return { type: 'Constant', value: { kind: 'Ellipsis' }, ...this.span(s) };
        }
        break;
    }
    this.invalid(t);
  }

  /** Parse an f-string replacement field's expression text[start, end) (as if in parentheses). */
  private subExpression(start: number, end: number): Expr {
    const toks = tokenize(this.src, this.fileName, { start, end, inBrackets: true });
    const sub = new Parser(toks, this.src, this.fileName, this.scope);
    const e = sub.atKw('yield') ? sub.yieldExpr() : sub.starExpressions();
    if (sub.peek().type !== 'ENDMARKER') sub.invalid();
    return e;
  }

  /** Items of a bracketed display: checks "Perhaps you forgot a comma?" between juxtaposed items. */
  private afterItem(itemStart: Pos, close: string): boolean {
    if (this.eat(',')) return true;
    if (!this.at(close) && startsAtom(this.peek())) this.forgotComma(itemStart);
    return false;
  }

  private parenAtom(): Expr {
    const open = this.next();
    const s = this.startOf(open);
    if (this.eat(')')) return { type: 'Tuple', elts: [], ...this.span(s) };
    if (this.atKw('yield')) {
      const y = this.yieldExpr();
      this.expect(')');
      return y;
    }
    const itemStart = this.startOf(this.peek());
    const first = this.starNamedExpression();
    if (this.atFor()) {
      if (first.type === 'Starred')
        this.failAt('AIO-P001', { detail: 'iterable unpacking cannot be used in comprehension' }, itemStart);
      const generators = this.forIfClauses();
      this.expect(')');
      return { type: 'GeneratorExp', elt: first, generators, ...this.span(s) };
    }
    if (this.at(')')) {
      if (first.type === 'Starred') this.failAt('AIO-P001', { detail: "can't use starred expression here" }, itemStart);
      this.next();
      return first;
    }
    const elts = [first];
    if (!this.afterItem(itemStart, ')')) this.expect(')');
    else {
      while (!this.at(')')) {
        const is = this.startOf(this.peek());
        elts.push(this.starNamedExpression());
        if (!this.afterItem(is, ')')) break;
      }
      this.expect(')');
    }
    return { type: 'Tuple', elts, ...this.span(s) };
  }

  private listAtom(): Expr {
    const s = this.startOf(this.next());
    const elts: Expr[] = [];
    if (!this.at(']')) {
      const itemStart = this.startOf(this.peek());
      const first = this.starNamedExpression();
      if (this.atFor()) {
        if (first.type === 'Starred')
          this.failAt('AIO-P001', { detail: 'iterable unpacking cannot be used in comprehension' }, itemStart);
        const generators = this.forIfClauses(s);
        this.expect(']');
        return { type: 'ListComp', elt: first, generators, ...this.span(s) };
      }
      elts.push(first);
      if (this.afterItem(itemStart, ']')) {
        while (!this.at(']')) {
          const is = this.startOf(this.peek());
          elts.push(this.starNamedExpression());
          if (!this.afterItem(is, ']')) break;
        }
      }
    }
    this.expect(']');
    return { type: 'List', elts, ...this.span(s) };
  }

  private braceAtom(): Expr {
    const s = this.startOf(this.next());
    if (this.eat('}')) return { type: 'Dict', keys: [], values: [], ...this.span(s) };
    const itemStart = this.startOf(this.peek());
    // dict: `**m` or `key: value`; set: anything else
    if (this.at('**')) return this.dictRest(s, itemStart);
    const first = this.starNamedExpression();
    if (this.at(':') && first.type !== 'Starred') {
      this.next();
      const value = this.expression();
      if (this.atFor()) {
        const generators = this.forIfClauses(s);
        this.expect('}');
        return { type: 'DictComp', key: first, value, generators, ...this.span(s) };
      }
      return this.dictRest(s, itemStart, first, value);
    }
    if (this.atFor()) {
      if (first.type === 'Starred')
        this.failAt('AIO-P001', { detail: 'iterable unpacking cannot be used in comprehension' }, itemStart);
      const generators = this.forIfClauses(s);
      this.expect('}');
      return { type: 'SetComp', elt: first, generators, ...this.span(s) };
    }
    const elts = [first];
    if (this.afterItem(itemStart, '}')) {
      while (!this.at('}')) {
        const is = this.startOf(this.peek());
        elts.push(this.starNamedExpression());
        if (!this.afterItem(is, '}')) break;
      }
    }
    this.expect('}');
    return { type: 'Set', elts, ...this.span(s) };
  }

  private dictRest(s: Pos, itemStart: Pos, firstKey?: Expr, firstValue?: Expr): Expr {
    const keys: (Expr | null)[] = [];
    const values: Expr[] = [];
    let is = itemStart;
    if (firstKey !== undefined && firstValue !== undefined) {
      keys.push(firstKey);
      values.push(firstValue);
      if (!this.afterItem(is, '}')) {
        this.expect('}');
        return { type: 'Dict', keys, values, ...this.span(s) };
      }
    }
    while (!this.at('}')) {
      is = this.startOf(this.peek());
      if (this.eat('**')) {
        keys.push(null);
        values.push(this.bitwiseOr());
      } else {
        const key = this.expression();
        keys.push(key);
        if (!this.at(':')) this.failAt('AIO-P001', { detail: "':' expected after dictionary key" }, this.startOf(key));
        this.next();
        values.push(this.expression());
      }
      if (!this.afterItem(is, '}')) break;
    }
    this.expect('}');
    return { type: 'Dict', keys, values, ...this.span(s) };
  }
}
