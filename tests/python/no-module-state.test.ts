/**
 * Keeps the interpreter and the engine free of mutable module-level state (each run gets its own PyRuntime; see
 * src/lib/python/runtime/py-runtime.ts). Parses every source file of src/lib/python and src/lib/engine with the
 * TypeScript API and fails on:
 *  - a module-level `let` or `var`;
 *  - a module-level `const` holding a Map, Set, WeakMap, WeakSet, array or object literal that is changed inside a
 *    function body of any of those files (changing it at the top level, while modules load, is registration and fine:
 *    after loading it is constant).
 * The exceptions below are each there for a reason; keep the list short.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const DIRS = ['src/lib/python', 'src/lib/engine'];

/** file → names allowed, with the reason. */
const ALLOWED: Record<string, Record<string, string>> = {
  'src/lib/python/runtime/py-runtime.ts': {
    state: 'the current-runtime register: swapped by enter/leave around each run, like CPython current thread state'
  },
  'src/lib/python/format/float-digits.ts': {
    pow10Cache: 'a memo of 10^n as bigints: a pure function of n, so what ran before cannot change a result'
  },
  'src/lib/python/runtime/builtins.ts': {
    builtins: 'filled while the module loads by its def() helper (called only at top level); read-only afterwards'
  }
};

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...sourceFiles(p));
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

const MUTATORS = new Set([
  'set',
  'add',
  'delete',
  'clear',
  'push',
  'pop',
  'shift',
  'unshift',
  'splice',
  'sort',
  'reverse',
  'fill'
]);

function isMutableInit(init: ts.Expression | undefined): boolean {
  if (!init) return false;
  while (ts.isAsExpression(init) || ts.isSatisfiesExpression(init) || ts.isParenthesizedExpression(init))
    init = init.expression;
  if (ts.isArrayLiteralExpression(init) || ts.isObjectLiteralExpression(init)) return true;
  if (ts.isNewExpression(init) && ts.isIdentifier(init.expression))
    return ['Map', 'Set', 'WeakMap', 'WeakSet', 'Array'].includes(init.expression.text);
  return false;
}

/** The identifier at the root of `a.b[c].d` (null for anything else). */
function rootName(e: ts.Expression): string | null {
  while (ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e) || ts.isNonNullExpression(e))
    e = e.expression;
  return ts.isIdentifier(e) ? e.text : null;
}

interface Finding {
  file: string;
  line: number;
  what: string;
}

function scan(sources: { file: string; text: string }[]): Finding[] {
  const parsed = sources.map(({ file, text }) => ({
    file,
    sf: ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  }));
  const findings: Finding[] = [];
  const candidates = new Map<string, { file: string; line: number }>();
  const lineOf = (sf: ts.SourceFile, n: ts.Node) => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
  const allowed = (file: string, name: string) => ALLOWED[relative(ROOT, join(ROOT, file))]?.[name] !== undefined;

  for (const { file, sf } of parsed) {
    for (const st of sf.statements) {
      if (!ts.isVariableStatement(st)) continue;
      const isConst = (st.declarationList.flags & ts.NodeFlags.Const) !== 0;
      for (const d of st.declarationList.declarations) {
        const name = ts.isIdentifier(d.name) ? d.name.text : d.name.getText(sf);
        if (allowed(file, name)) continue;
        if (!isConst) findings.push({ file, line: lineOf(sf, d), what: `module-level let/var '${name}'` });
        else if (isMutableInit(d.initializer)) candidates.set(name, { file, line: lineOf(sf, d) });
      }
    }
  }

  // a candidate changed inside any function body (at run time, not while loading)
  for (const { file, sf } of parsed) {
    const visit = (n: ts.Node, inFunction: boolean): void => {
      const fn = inFunction || ts.isFunctionLike(n) || ts.isClassStaticBlockDeclaration(n);
      if (fn) {
        let target: string | null = null;
        if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression)) {
          if (MUTATORS.has(n.expression.name.text)) target = rootName(n.expression.expression);
        } else if (
          ts.isBinaryExpression(n) &&
          n.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
          n.operatorToken.kind <= ts.SyntaxKind.LastAssignment &&
          (ts.isPropertyAccessExpression(n.left) || ts.isElementAccessExpression(n.left))
        ) {
          target = rootName(n.left);
        } else if (
          (ts.isPrefixUnaryExpression(n) || ts.isPostfixUnaryExpression(n)) &&
          (n.operator === ts.SyntaxKind.PlusPlusToken || n.operator === ts.SyntaxKind.MinusMinusToken) &&
          (ts.isPropertyAccessExpression(n.operand) || ts.isElementAccessExpression(n.operand))
        ) {
          target = rootName(n.operand);
        }
        if (target !== null && candidates.has(target) && !shadowed(n, target)) {
          const c = candidates.get(target)!;
          if (!allowed(c.file, target))
            findings.push({ file, line: lineOf(sf, n), what: `'${target}' (${c.file}:${c.line}) changed at run time` });
        }
      }
      ts.forEachChild(n, (k) => visit(k, fn));
    };
    visit(sf, false);
  }
  return findings;
}

/** True when `name` is declared by an enclosing function (parameter or local), so it is not the module binding. */
function shadowed(n: ts.Node, name: string): boolean {
  for (let p: ts.Node | undefined = n.parent; p && !ts.isSourceFile(p); p = p.parent) {
    if (ts.isFunctionLike(p) && p.parameters.some((q) => ts.isIdentifier(q.name) && q.name.text === name)) return true;
    if (ts.isBlock(p) || ts.isCaseClause(p)) {
      for (const st of p.statements)
        if (
          ts.isVariableStatement(st) &&
          st.declarationList.declarations.some((d) => ts.isIdentifier(d.name) && d.name.text === name)
        )
          return true;
    }
  }
  return false;
}

describe('no mutable module-level state in the interpreter and the engine', () => {
  it('finds none outside the documented exceptions', () => {
    const sources = DIRS.flatMap(sourceFiles).map((file) => ({ file, text: readFileSync(join(ROOT, file), 'utf8') }));
    expect(sources.length).toBeGreaterThan(50);
    expect(scan(sources).map((f) => `${f.file}:${f.line}: ${f.what}`)).toEqual([]);
  });

  it('catches each kind of violation, across files, and lets load-time registration and locals pass', () => {
    const a = [
      'let counter = 0;',
      'export const registry = new Map();',
      'const cache = {};',
      'const table = [1, 2];',
      "registry.set('x', 1);", // top level: registration while loading
      'function f(table: number[]) { table.push(1); const cache = new Map(); cache.set(1, 1); }', // not the module's
      'export function g() { cache.k = 1; }'
    ].join('\n');
    const b = "import { registry } from './a';\nexport function h() { registry.delete('x'); }\n";
    const found = scan([
      { file: 'a.ts', text: a },
      { file: 'b.ts', text: b }
    ]).map((f) => `${f.file}:${f.line}: ${f.what}`);
    expect(found).toEqual([
      "a.ts:1: module-level let/var 'counter'",
      "a.ts:7: 'cache' (a.ts:3) changed at run time",
      "b.ts:2: 'registry' (a.ts:2) changed at run time"
    ]);
  });
});
