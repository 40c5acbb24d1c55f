/**
 * The one catalog of user-facing errors. Every error a user can see (a syntax error, an unsupported construct, a
 * runtime budget stop, a malformed trace file or share link) has a stable code here, a message template and a hint
 * saying what to do. Code that reports an error names the code and fills the template's params; wording lives here
 * only, so the CLI, the editor and the docs all say the same thing.
 *
 * Code families (add new entries at the end of a family; never renumber or reuse a code):
 *  - AIO-P  parse errors (the tokenizer/parser; messages follow CPython's SyntaxError wording)
 *  - AIO-U  valid Python that aioscope does not run
 *  - AIO-R  runtime / budget stops
 *  - AIO-T  trace import
 *  - AIO-L  share links
 *
 * Templates use `{name}` placeholders and `{{` / `}}` for literal braces (as Python's str.format); `formatError` fills them and throws if one is missing (a bug, not user
 * input), so a typo in a param name cannot silently print "{nmae}".
 */

export interface CatalogEntry {
  /** Stable code, e.g. 'AIO-P001'. */
  code: string;
  /** Short title for docs and the error panel. */
  title: string;
  /** Message template with `{param}` placeholders. */
  message: string;
  /** What the user should do about it (may use the same placeholders). */
  hint: string;
  /** The Python exception class CPython would raise for the same problem, where there is one. */
  pyType?: string;
  /** 简体中文 title, message and hint (same placeholders), where given. */
  zh?: { title: string; message: string; hint: string };
}

function entry(code: string, title: string, message: string, hint: string, pyType?: string): CatalogEntry {
  return pyType === undefined ? { code, title, message, hint } : { code, title, message, hint, pyType };
}

/** The fast simulator's refusals that real CPython (the exact engine) runs: English and 简体中文. */
const EXACT_HINT =
  'Run this program with the exact engine, which runs real CPython: `aioscope run FILE --engine cpython`, or choose the exact engine in the playground.';
const EXACT_HINT_ZH =
  '请用精确引擎运行此程序（它运行真正的 CPython）：`aioscope run FILE --engine cpython`，或在 playground 中选择精确引擎。';
function exact(code: string, title: string, message: string, zh: { title: string; message: string }): CatalogEntry {
  return { code, title, message, hint: EXACT_HINT, zh: { ...zh, hint: EXACT_HINT_ZH } };
}

export const CATALOG = {
  // ------------------------------------------------------------------ AIO-P: parse errors
  'AIO-P001': entry(
    'AIO-P001',
    'Invalid syntax',
    '{detail}',
    'Check this line against Python syntax: a missing operator, comma, quote or keyword is the usual cause.',
    'SyntaxError'
  ),
  'AIO-P002': entry(
    'AIO-P002',
    'Expected token',
    "expected '{token}'",
    "Add the missing '{token}' here.",
    'SyntaxError'
  ),
  'AIO-P003': entry(
    'AIO-P003',
    'Unexpected indent',
    'unexpected indent',
    'Remove the extra indentation: this line must line up with the statement before it.',
    'IndentationError'
  ),
  'AIO-P004': entry(
    'AIO-P004',
    'Inconsistent dedent',
    'unindent does not match any outer indentation level',
    'Indent this line exactly like one of the enclosing blocks (same number of spaces).',
    'IndentationError'
  ),
  'AIO-P005': entry(
    'AIO-P005',
    'Expected an indented block',
    'expected an indented block after {what}',
    'Indent the body of the block (4 spaces is usual), or write `pass` if it should do nothing.',
    'IndentationError'
  ),
  'AIO-P006': entry(
    'AIO-P006',
    'Tabs and spaces mixed',
    'inconsistent use of tabs and spaces in indentation',
    'Indent with spaces only (or tabs only) throughout the file.',
    'TabError'
  ),
  'AIO-P007': entry(
    'AIO-P007',
    'Unterminated string',
    'unterminated string literal (detected at line {line})',
    'Close the string with the same quote it was opened with, on the same line (use triple quotes for multi-line text).',
    'SyntaxError'
  ),
  'AIO-P008': entry(
    'AIO-P008',
    'Unterminated triple-quoted string',
    'unterminated triple-quoted string literal (detected at line {line})',
    'Close the string with the same three quotes it was opened with.',
    'SyntaxError'
  ),
  'AIO-P009': entry(
    'AIO-P009',
    'Bracket never closed',
    "'{bracket}' was never closed",
    "Add the matching closing bracket for this '{bracket}'.",
    'SyntaxError'
  ),
  'AIO-P010': entry(
    'AIO-P010',
    'Unmatched closing bracket',
    "unmatched '{bracket}'",
    'Remove this bracket or add the opening one it belongs to.',
    'SyntaxError'
  ),
  'AIO-P011': entry(
    'AIO-P011',
    'Mismatched brackets',
    "closing parenthesis '{close}' does not match opening parenthesis '{open}'{where}",
    'Close the innermost open bracket first.',
    'SyntaxError'
  ),
  'AIO-P012': entry(
    'AIO-P012',
    'Invalid character',
    '{detail}',
    'Delete this character or retype it as plain ASCII (quotes, dashes and spaces pasted from documents are often look-alikes).',
    'SyntaxError'
  ),
  'AIO-P013': entry(
    'AIO-P013',
    'Invalid number literal',
    '{detail}',
    'Write the number the way Python expects (e.g. 0o17 for octal, 1_000 for grouping, no letters glued to digits).',
    'SyntaxError'
  ),
  'AIO-P014': entry(
    'AIO-P014',
    'Bad line continuation',
    'unexpected character after line continuation character',
    'A backslash that joins lines must be the very last character on its line.',
    'SyntaxError'
  ),
  'AIO-P015': entry(
    'AIO-P015',
    'Invalid assignment target',
    '{detail}',
    'Only names, attributes (a.b), subscripts (a[i]) and tuples/lists of them can be assigned to or deleted.',
    'SyntaxError'
  ),
  'AIO-P016': entry(
    'AIO-P016',
    'Invalid f-string',
    'f-string: {detail}',
    'Check the braces of the f-string: replacement fields are {{expression}}, {{expression!r}} or {{expression:spec}}; write {{{{ and }}}} for literal braces.',
    'SyntaxError'
  ),
  'AIO-P017': entry(
    'AIO-P017',
    'Invalid string literal',
    '{detail}',
    'Check the escapes and characters of this string literal.',
    'SyntaxError'
  ),
  'AIO-P018': entry(
    'AIO-P018',
    'Invalid arguments',
    '{detail}',
    'Order call arguments as: positional, *iterables, keyword=value, **mappings; parameters as: plain, with defaults, *args, keyword-only, **kwargs.',
    'SyntaxError'
  ),
  'AIO-P019': entry(
    'AIO-P019',
    'Statement outside its block',
    '{detail}',
    'Move this statement inside the function or loop it belongs to.',
    'SyntaxError'
  ),
  'AIO-P020': entry(
    'AIO-P020',
    'Unexpected end of file',
    'unexpected EOF while parsing',
    'The file ends in the middle of a statement: finish it.',
    'SyntaxError'
  ),
  'AIO-P021': entry(
    'AIO-P021',
    'Invalid syntax',
    'invalid syntax. Perhaps you forgot a comma?',
    'Separate the items with commas.',
    'SyntaxError'
  ),
  'AIO-P022': entry(
    'AIO-P022',
    'Missing except or finally',
    "expected 'except' or 'finally' block",
    'A `try:` block needs at least one `except ...:` or a `finally:` block after it.',
    'SyntaxError'
  ),
  'AIO-P023': entry(
    'AIO-P023',
    'Invalid declaration',
    '{detail}',
    'Put global/nonlocal declarations at the top of the function, before any use of the name.',
    'SyntaxError'
  ),
  'AIO-P024': entry(
    'AIO-P024',
    'Unterminated f-string',
    'unterminated f-string literal (detected at line {line})',
    'Close the f-string with the same quote it was opened with, on the same line (use triple quotes for multi-line text).',
    'SyntaxError'
  ),
  'AIO-P025': entry(
    'AIO-P025',
    'Unterminated triple-quoted f-string',
    'unterminated triple-quoted f-string literal (detected at line {line})',
    'Close the f-string with the same three quotes it was opened with.',
    'SyntaxError'
  ),
  'AIO-P026': entry(
    'AIO-P026',
    'Source is not UTF-8',
    "Non-UTF-8 code starting with '{byte}' in file {file} on line {line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
    'Save the file as UTF-8 (every modern editor can: look for "encoding" in the save dialog or status bar).',
    'SyntaxError'
  ),
  'AIO-P027': entry(
    'AIO-P027',
    'Source too complex',
    'too complex to compile: {what} nested too deeply',
    'Split the expression into several statements with intermediate variables; CPython also stops at a few thousand levels.',
    'RecursionError'
  ),

  'AIO-P028': {
    code: 'AIO-P028',
    title: 'Invalid name declaration or placement',
    message: '{detail}',
    hint: "CPython's compiler refuses this: declare `global`/`nonlocal` names before any use in the function, give a `nonlocal` an enclosing binding, keep `yield` out of comprehensions and values out of an async generator's `return`.",
    pyType: 'SyntaxError',
    zh: {
      title: '名称声明或位置无效',
      message: '{detail}',
      hint: 'CPython 的编译器拒绝这种写法：在函数中使用名称之前先声明 `global`/`nonlocal`，`nonlocal` 必须有外层绑定，推导式中不能用 `yield`，异步生成器的 `return` 不能带值。'
    }
  },

  // ------------------------------------------------------------------ AIO-U: unsupported constructs
  'AIO-U001': entry(
    'AIO-U001',
    'Unsupported syntax',
    '{construct} is not supported by aioscope',
    'Rewrite this part without {construct}; aioscope runs the subset of Python that asyncio programs commonly use.'
  ),
  'AIO-U002': entry(
    'AIO-U002',
    'Unsupported module',
    "module '{module}' is not supported by aioscope's fast simulator (the exact engine runs it: --engine cpython)",
    'The fast simulator runs asyncio, time, random, aiohttp and the standard modules docs/architecture.md lists; remove this import, or run the program with the exact engine (real CPython).',
    'ModuleNotFoundError'
  ),
  'AIO-U003': entry(
    'AIO-U003',
    'Unsupported builtin or attribute',
    '{name} is not supported by aioscope',
    'Use a supported alternative; the docs list the builtins, methods and asyncio APIs aioscope implements.'
  ),

  'AIO-U004': exact(
    'AIO-U004',
    'Standard-library feature not in the fast simulator',
    '{feature} is not supported by the fast simulator (the exact engine runs it: --engine cpython)',
    {
      title: '快速模拟器不支持的标准库功能',
      message: '快速模拟器不支持 {feature}（精确引擎可以运行：--engine cpython）'
    }
  ),
  'AIO-U005': exact(
    'AIO-U005',
    'Event-loop method not in the fast simulator',
    'loop.{method}() is not supported by the fast simulator (the exact engine runs it: --engine cpython)',
    {
      title: '快速模拟器不支持的事件循环方法',
      message: '快速模拟器不支持 loop.{method}()（精确引擎可以运行：--engine cpython）'
    }
  ),
  'AIO-U006': exact(
    'AIO-U006',
    'Python feature not in the fast simulator',
    '{construct} is not supported by the fast simulator (the exact engine runs it: --engine cpython)',
    {
      title: '快速模拟器不支持的 Python 功能',
      message: '快速模拟器不支持 {construct}（精确引擎可以运行：--engine cpython）'
    }
  ),

  // ------------------------------------------------------------------ AIO-R: runtime / budget stops
  'AIO-R001': entry(
    'AIO-R001',
    'Loop callback never yields',
    'step budget exhausted: {task} ran {steps} steps without yielding to the event loop',
    'A loop that never awaits (e.g. `while True:` without `await`) blocks the event loop forever; add `await asyncio.sleep(0)` (or another await) inside it.'
  ),
  'AIO-R002': entry(
    'AIO-R002',
    'Too many tasks',
    'too many tasks created ({count}); stopped to avoid runaway task creation',
    'Create fewer tasks (a loop that calls create_task without bound is the usual cause), or batch the work.'
  ),
  'AIO-R003': entry(
    'AIO-R003',
    'Recursion too deep',
    'maximum recursion depth exceeded{detail}',
    'Check the recursion has a base case that is reached, or rewrite it as a loop.',
    'RecursionError'
  ),
  'AIO-R004': entry(
    'AIO-R004',
    'Output too large',
    'output too large: more than {limit} characters printed',
    'Print less (for example only every Nth iteration) so the trace stays readable.'
  ),
  'AIO-R005': entry(
    'AIO-R005',
    'Total step budget exhausted',
    'the program ran more than {steps} steps in total; stopped',
    'Shorten the program run (fewer iterations or tasks); the simulation has a total budget so it always finishes.'
  ),
  'AIO-R006': entry(
    'AIO-R006',
    'The program would wait forever',
    // same words as the oracle (tests/oracle/oracle.py) so the differential tests compare the `error` events as is
    'the program would hang: nothing is ready, no timer is set, no thread runs (pending: {pending})',
    'Every pending task awaits something nothing will ever provide (an Event nobody sets, a Queue nobody fills, a Future nobody resolves, a Lock nobody releases). Provide it from another task or a callback, or bound the wait with asyncio.wait_for / asyncio.timeout.'
  ),
  'AIO-R007': entry(
    'AIO-R007',
    'Trace too long',
    'the trace grew past {limit} events; stopped',
    'The program runs (or spins on `await asyncio.sleep(0)`) too long to show; shorten it: fewer iterations, tasks or prints.'
  ),
  'AIO-R008': entry(
    'AIO-R008',
    'Simulation timed out',
    'the simulation did not finish within {seconds} s; it was stopped',
    'The program does too much work to simulate in the browser (very long loops or many tasks); shorten it. The page stays usable: fix the code and it runs again.'
  ),

  // ------------------------------------------------------------------ AIO-T: trace import
  'AIO-T001': entry(
    'AIO-T001',
    'Malformed trace JSON',
    'trace line {line} is not valid JSON: {detail}',
    'Load a file produced by `aioscope trace` (JSON lines, one event per line) and do not edit it by hand.'
  ),
  'AIO-T002': entry(
    'AIO-T002',
    'Invalid trace event',
    'trace line {line}: {detail}',
    'The event does not match trace format v1 (docs/trace-format.md); regenerate the trace with `aioscope trace`.'
  ),
  'AIO-T003': entry(
    'AIO-T003',
    'Unsupported trace version',
    'unsupported trace format version {version}',
    'Regenerate the trace with this version of aioscope.'
  ),
  'AIO-T004': entry(
    'AIO-T004',
    'Trace sequence broken',
    'trace line {line}: seq {got} where {expected} was expected',
    'The trace is truncated or its lines were reordered; regenerate it with `aioscope trace`.'
  ),
  'AIO-T005': entry(
    'AIO-T005',
    'Trace too large',
    'trace too large: {detail}',
    'Load a smaller trace: regenerate it from a shorter program run with `aioscope trace`.'
  ),

  // ------------------------------------------------------------------ AIO-L: share links
  'AIO-L001': entry(
    'AIO-L001',
    'Malformed share link',
    'this share link is malformed: {detail}',
    'Copy the whole link again from the share button; links cut off by chat apps cannot be opened.'
  ),
  'AIO-L002': entry(
    'AIO-L002',
    'Unsupported share link version',
    'this share link was made by a newer aioscope (version {version})',
    'Open the link with the current version of aioscope.'
  ),
  'AIO-L003': entry(
    'AIO-L003',
    'Share link too large',
    'the program is too large to share as a link ({size} bytes, limit {limit})',
    'Shorten the program, or share the file itself.'
  )
} as const satisfies Record<string, CatalogEntry>;

export type ErrorCode = keyof typeof CATALOG;

export type ErrorParams = Record<string, string | number>;

function fill(template: string, params: ErrorParams, code: string): string {
  return template.replace(/\{\{|\}\}|\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (m, name: string | undefined) => {
    if (name === undefined) return m[0] as string;
    const v = params[name];
    if (v === undefined) throw new Error(`catalog ${code}: missing param '${name}'`);
    return String(v);
  });
}

/** The filled message and hint of a catalog entry. */
export function formatError(
  code: ErrorCode,
  params: ErrorParams = {}
): { code: ErrorCode; message: string; hint: string } {
  const e: CatalogEntry = CATALOG[code];
  return { code, message: fill(e.message, params, code), hint: fill(e.hint, params, code) };
}

/** The placeholder names a template uses (for tests and docs). */
export function templateParams(template: string): string[] {
  return [...template.matchAll(/\{\{|\}\}|\{([A-Za-z_][A-Za-z0-9_]*)\}/g)]
    .map((m) => m[1])
    .filter((n): n is string => n !== undefined);
}

/**
 * `file:line:col: message` as the CLI prints it. `col` is the AST's 0-based code-point column; it is printed 1-based
 * (like CPython's SyntaxError.offset and like editors count) so `file:line:col` jumps to the right character.
 */
export function formatLocation(file: string, line: number, col: number, message: string): string {
  return `${file}:${line}:${col + 1}: ${message}`;
}
