/**
 * Tracebacks: entries are added as an exception enters each frame (where it was raised, or the call that it
 * propagated out of), like PyTraceBack_Here; formatting follows CPython's traceback module, including the 3.11+
 * caret lines under the failing expression.
 *
 * asyncio's own frames (runners.py, base_events.py, tasks.py ...) are not executed here; they are inserted from a
 * per-version table (ASYNCIO_RUN_FRAMES) at the point where asyncio.run re-raises main's exception.
 */
import type { Span } from '../ast';
import { PyError } from '../format/errors';
import { parse } from '../parser';
import { E, err } from '../runtime/exceptions';
import { PyException, PyTuple, type PyType, type PyValue, type TbEntry } from '../runtime/objects';
import { repr, str } from '../runtime/ops';
import type { Frame } from './frame';
import { state } from '../runtime/py-runtime';
import type { Features } from '../../engine/features';

/** Records that exception `e` passes through frame `f` at node `n` (once per frame), and its implicit context. */
export function noteExc(e: unknown, f: Frame, n: Span): unknown {
  if (!(e instanceof PyException)) e = toPyException(e);
  if (e instanceof PyException) {
    const head = e.tb[0];
    if (head === undefined || head.frame !== f) {
      if (head === undefined && e.context === null) setImplicitContext(e, f);
      e.tb.unshift(entry(f, n));
    }
  }
  return e;
}

/** JS-level errors that are really Python exceptions: PyError from the format helpers, stack overflow. */
export function toPyException(e: unknown): unknown {
  if (e instanceof PyError) {
    if (e.pyType === 'ComplexResult') return err(E.ValueError, 'complex results are not supported by aioscope');
    if (e.pyType === 'ZeroDivisionError' && state.features.uniformZeroDivision) {
      // 3.12+ says "division by zero" for every int/float division, modulo and divmod by zero
      const negPow = e.message === '0.0 cannot be raised to a negative power';
      return err(E.ZeroDivisionError, negPow ? 'zero to a negative power' : 'division by zero');
    }
    const t = (E as Record<string, PyType>)[e.pyType];
    return t ? err(t, e.message) : e;
  }
  // near the stack's end a regex literal's first compilation itself overflows (V8 then throws SyntaxError): plain
  // string tests only, and accept that SyntaxError as the overflow it is
  if (e instanceof SyntaxError && e.message.includes('call stack'))
    return err(E.RecursionError, 'maximum recursion depth exceeded');
  if (e instanceof RangeError) {
    if (e.message.includes('call stack')) return err(E.RecursionError, 'maximum recursion depth exceeded');
    if (/BigInt/i.test(e.message)) return err(E.OverflowError, 'integer too large');
    if (/array length|string length/i.test(e.message)) return err(E.MemoryError, '');
  }
  return e;
}

export function entry(f: Frame, n: Span): TbEntry {
  return {
    file: f.code.filename,
    name: f.code.name,
    line: n.line,
    col: n.col,
    endLine: n.endLine,
    endCol: n.endCol,
    frame: f,
    text: null,
    carets: null
  };
}

/** The exception being handled in `f` or a frame below it (sys.exc_info()). */
export function handledException(f: Frame | null): PyException | null {
  for (let x = f; x; x = x.back) if (x.exc) return x.exc;
  return null;
}

export function setImplicitContext(e: PyException, f: Frame | null): void {
  const h = handledException(f);
  if (h && h !== e) {
    // avoid cycles: cut e out of h's context chain
    let c: PyValue = h;
    while (c instanceof PyException) {
      if (c.context === e) {
        c.context = null;
        break;
      }
      c = c.context;
    }
    e.context = h;
  }
}

export interface SourceLines {
  (file: string): string[] | null;
}

/** CPython's `traceback.print_exception` text for an uncaught exception (with chained causes/contexts). */
export function formatException(e: PyException, lines: SourceLines, features: Features): string {
  return formatChain(e, { depth: 0, needClose: false }, new Set(), lines, features);
}

/**
 * Exception groups print as nested boxes (traceback.py's _ExceptionPrintContext): `depth` is the group nesting,
 * every line inside a group gets `  ` per level plus a `| ` margin; `needClose` says the last box still needs its
 * closing rule.
 */
interface PrintCtx {
  depth: number;
  needClose: boolean;
}

function emit(ctx: PrintCtx, text: string, margin = '|'): string {
  if (!text) return '';
  let prefix = ' '.repeat(2 * ctx.depth);
  if (ctx.depth) prefix += margin + ' ';
  return text
    .split(/(?<=\n)/)
    .map((l) => prefix + l)
    .join('');
}

function groupMembers(e: PyException): PyException[] | null {
  if (!e.cls.isSubtypeOf(E.BaseExceptionGroup)) return null;
  const x = e.dict?.get('exceptions');
  if (!(x instanceof PyTuple)) return null;
  return x.items.filter((i): i is PyException => i instanceof PyException);
}

const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

function formatChain(
  e: PyException,
  ctx: PrintCtx,
  seen: Set<PyException>,
  lines: SourceLines,
  features: Features
): string {
  const output: [string | null, PyException][] = [];
  let x: PyException | null = e;
  while (x) {
    seen.add(x);
    let msg: string | null = null;
    let next: PyException | null = null;
    if (x.cause instanceof PyException && !seen.has(x.cause)) {
      msg = '\nThe above exception was the direct cause of the following exception:\n\n';
      next = x.cause;
    } else if (x.context instanceof PyException && !x.suppressContext && !seen.has(x.context)) {
      msg = '\nDuring handling of the above exception, another exception occurred:\n\n';
      next = x.context;
    }
    output.push([msg, x]);
    x = next;
  }
  let s = '';
  for (let i = output.length - 1; i >= 0; i--) {
    const [msg, exc] = output[i]!;
    if (msg !== null) s += emit(ctx, msg);
    const members = groupMembers(exc);
    if (members === null) {
      const tb = stackText(exc, lines, features);
      if (tb) s += emit(ctx, 'Traceback (most recent call last):\n') + emit(ctx, tb);
      s += emit(ctx, excOnlyWithNotes(exc));
    } else if (ctx.depth > MAX_GROUP_DEPTH) {
      s += emit(ctx, `... (max_group_depth is ${MAX_GROUP_DEPTH})\n`);
    } else {
      const top = ctx.depth === 0;
      if (top) ctx.depth++;
      const tb = stackText(exc, lines, features);
      if (tb) s += emit(ctx, 'Exception Group Traceback (most recent call last):\n', top ? '+' : '|') + emit(ctx, tb);
      s += emit(ctx, excOnlyWithNotes(exc));
      const n = members.length <= MAX_GROUP_WIDTH ? members.length : MAX_GROUP_WIDTH + 1;
      ctx.needClose = false;
      for (let k = 0; k < n; k++) {
        const last = k === n - 1;
        if (last) ctx.needClose = true;
        const truncated = k >= MAX_GROUP_WIDTH;
        const title = truncated ? '...' : String(k + 1);
        s += ' '.repeat(2 * ctx.depth) + (k === 0 ? '+-' : '  ') + `+---------------- ${title} ----------------\n`;
        ctx.depth++;
        if (!truncated) s += formatChain(members[k]!, ctx, seen, lines, features);
        else {
          const more = members.length - MAX_GROUP_WIDTH;
          s += emit(ctx, `and ${more} more exception${more > 1 ? 's' : ''}\n`);
        }
        if (last && ctx.needClose) {
          s += ' '.repeat(2 * ctx.depth) + '+------------------------------------\n';
          ctx.needClose = false;
        }
        ctx.depth--;
      }
      if (top) ctx.depth = 0;
    }
  }
  return s;
}

/** The "  File ..." lines of an exception's traceback ('' when it has none). */
function stackText(e: PyException, lines: SourceLines, features: Features): string {
  // frames of the embedded pure-Python stdlib modules (modules/pure-python.ts) are hidden: CPython's are mostly C
  const tb = e.tb.filter(
    (t) => !(features.inlinedComprehensions && isInlinedComprehension(t)) && !t.file.startsWith('<aioscope:')
  );
  let s = '';
  let prev: TbEntry | null = null;
  let repeat = 0;
  const flush = () => {
    if (repeat > 3) s += `  [Previous line repeated ${repeat - 3} more time${repeat - 3 === 1 ? '' : 's'}]\n`;
  };
  for (const t of tb) {
    if (prev && prev.file === t.file && prev.line === t.line && prev.name === t.name) {
      repeat++;
      if (repeat > 3) continue;
    } else {
      flush();
      repeat = 1;
    }
    prev = t;
    s += formatEntry(t, lines, features);
  }
  flush();
  return s;
}

function excOnlyWithNotes(e: PyException): string {
  let s = excOnly(e) + '\n';
  if (e.notes) for (const n of e.notes) s += str(n) + '\n';
  return s;
}

function isInlinedComprehension(t: TbEntry): boolean {
  return t.name === '<listcomp>' || t.name === '<dictcomp>' || t.name === '<setcomp>';
}

/** "ValueError: msg" (or just "ValueError" when str(e) is empty), with the class's module when not builtins. */
export function excOnly(e: PyException): string {
  const t = e.cls;
  const name = t.module === 'builtins' || t.module === '__main__' ? t.qualname : `${t.module}.${t.qualname}`;
  let msg: string;
  try {
    msg = str(e);
  } catch {
    msg = '<exception str() failed>';
  }
  return msg === '' ? name : `${name}: ${msg}`;
}

function formatEntry(t: TbEntry, lines: SourceLines, features: Features): string {
  let s = `  File "${t.file}", line ${t.line}, in ${t.name}\n`;
  let text: string | null = t.text;
  if (text === null) {
    const src = lines(t.file);
    text = src ? (src[t.line - 1] ?? null) : null;
  }
  if (text === null) return s;
  const stripped = text.trim();
  if (!stripped) return s;
  s += `    ${stripped}\n`;
  if (t.carets !== null) {
    if (t.carets) s += `    ${t.carets}\n`;
    return s;
  }
  const car = carets(t, text, features);
  if (car) s += `    ${car}\n`;
  return s;
}

/**
 * The caret line CPython 3.11+ prints under the failing expression: shown when the expression does not span the
 * whole (stripped) line, or when it is a binary operation / subscript (then `~` marks the operands and `^` the
 * operator or the brackets) — traceback.py's _extract_caret_anchors_from_line_segment.
 */
function carets(t: TbEntry, text: string, features: Features): string | null {
  const cps = Array.from(text);
  const stripped = text.trim();
  const strippedLen = Array.from(stripped).length;
  const indent = cps.length - Array.from(text.trimStart()).length;
  const start = t.col;
  let end = t.endCol;
  let anchors: { left: number; right: number } | null = null;
  if (t.endLine === t.line) {
    if (end <= start) return null;
    anchors = caretAnchors(cps.slice(start, end).join(''), features);
  } else {
    end = indent + strippedLen;
  }
  if (features.callCarets && wholeStatementCall(stripped, start - indent, end - indent)) return null;
  if (!(end - start < strippedLen || (anchors && anchors.right - anchors.left > 0))) return null;
  let out = ' '.repeat(Math.max(0, start - indent));
  for (let i = 0; i < end - start; i++) {
    if (!anchors) out += '^';
    else out += i < anchors.left ? '~' : i < anchors.right ? '^' : '~';
  }
  return out;
}

/**
 * 3.13+'s _should_show_carets: no carets under `return f(...)` (f a plain name) or `x = g(...)` when the call is
 * the whole value of the statement.
 */
function wholeStatementCall(stripped: string, start: number, end: number): boolean {
  // Our parser rejects a bare `return` outside a function, so a return's value is parsed on its own.
  const isReturn = /^return\b/.test(stripped);
  const shift = isReturn ? 6 + (/^\s*/.exec(stripped.slice(6))?.[0].length ?? 0) : 0;
  let mod;
  try {
    mod = parse(stripped.slice(shift), '<segment>');
  } catch {
    return false;
  }
  const st = mod.body[0];
  if (mod.body.length !== 1 || !st) return false;
  let value = null;
  if (isReturn && st.type === 'Expr' && st.value.type === 'Call' && st.value.func.type === 'Name') value = st.value;
  if (!isReturn && st.type === 'Assign' && st.value.type === 'Call' && st.targets.length === 1)
    if (st.targets[0]!.type === 'Name') value = st.value;
  if (value === null || value.line !== 1 || value.endLine !== 1) return false;
  return value.col + shift === start && value.endCol + shift === end;
}

/**
 * Offsets (in the segment) of the operator of a BinOp or the [...] of a Subscript, like CPython 3.11; 3.13+ also
 * anchors a Call at its parenthesised arguments (`~~~~~~~~~~~^^^^^^^^` under `asyncio.run(main())`).
 */
function caretAnchors(segment: string, features: Features): { left: number; right: number } | null {
  let mod;
  try {
    mod = parse(segment, '<segment>');
  } catch {
    return null;
  }
  if (mod.body.length !== 1) return null;
  const st = mod.body[0]!;
  if (st.type !== 'Expr') return null;
  const e = st.value;
  const seg = Array.from(segment);
  const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);
  if (e.type === 'BinOp') {
    const opStart = e.left.endCol;
    const opEnd = e.right.col;
    const opStr = seg.slice(opStart, opEnd);
    let off = 0;
    while (off < opStr.length && isSpace(opStr[off])) off++;
    let left = opStart + off;
    let right = left + 1;
    if (off + 1 < opStr.length && !isSpace(opStr[off + 1])) right++;
    while (left < seg.length && (isSpace(seg[left]) || seg[left] === ')' || seg[left] === '#')) {
      left++;
      right++;
    }
    return { left, right };
  }
  if (e.type === 'Call' && features.callCarets) {
    let left = e.func.endCol;
    while (left < seg.length && seg[left] !== '(') left++;
    return left < seg.length ? { left, right: e.endCol } : null;
  }
  if (e.type === 'Subscript') {
    let left = e.value.endCol;
    let right = e.slice.endCol + 1;
    while (left < seg.length && seg[left] !== '[') left++;
    while (right < seg.length && seg[right] !== ']') right++;
    if (right < seg.length) right++;
    return { left, right };
  }
  return null;
}

export function reprForTb(v: PyValue): string {
  return repr(v);
}
