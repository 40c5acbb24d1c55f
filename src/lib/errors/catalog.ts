/**
 * The one catalog of user-facing errors, in English and 简体中文 (CATALOG_ZH). Every error a user can see (a syntax error, an unsupported construct, a
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
 * Templates use `{name}` placeholders and `{{` / `}}` for literal braces (as Python's str.format); `formatError` fills them with i18n/format.ts, which throws if one is missing (a bug, not
 * user input), so a typo in a param name cannot silently print "{nmae}".
 */

import { fillTemplate, templateParams } from '../i18n/format';

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
}

function entry(code: string, title: string, message: string, hint: string, pyType?: string): CatalogEntry {
  return pyType === undefined ? { code, title, message, hint } : { code, title, message, hint, pyType };
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
    "module '{module}' is not supported by aioscope",
    'aioscope simulates asyncio, time, random and aiohttp (plus a few pure helpers); remove this import or replace what it provides.',
    'ModuleNotFoundError'
  ),
  'AIO-U003': entry(
    'AIO-U003',
    'Unsupported builtin or attribute',
    '{name} is not supported by aioscope',
    'Use a supported alternative; the docs list the builtins, methods and asyncio APIs aioscope implements.'
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

/** An entry's text in another language; `message` may be left out where the English is CPython's own wording. */
export interface CatalogText {
  title: string;
  message?: string;
  hint: string;
}

/**
 * 简体中文 for every entry, with the same `{name}` placeholders (catalog.test.ts checks). Parse errors (AIO-P) keep
 * CPython's English message, as Python itself prints it (a learner searches for those words); their title and hint
 * are translated. Names from the program and Python keywords stay as they are.
 */
export const CATALOG_ZH: Record<ErrorCode, CatalogText> = {
  'AIO-P001': { title: '语法无效', hint: '对照 Python 语法检查这一行：通常是缺了运算符、逗号、引号或关键字。' },
  'AIO-P002': { title: '缺少记号', hint: "在这里补上缺少的 '{token}'。" },
  'AIO-P003': { title: '意外的缩进', hint: '去掉多余的缩进：这一行必须与上一条语句对齐。' },
  'AIO-P004': { title: '取消缩进不一致', hint: '让这一行的缩进与某个外层代码块完全相同（空格数一样）。' },
  'AIO-P005': {
    title: '缺少缩进的代码块',
    hint: '缩进代码块的主体（通常用 4 个空格）；如果它什么都不做，就写 `pass`。'
  },
  'AIO-P006': { title: '制表符与空格混用', hint: '整个文件只用空格（或只用制表符）缩进。' },
  'AIO-P007': {
    title: '字符串未结束',
    hint: '在同一行用开头的那种引号结束字符串（多行文本请用三引号）。'
  },
  'AIO-P008': { title: '三引号字符串未结束', hint: '用开头的那三个引号结束字符串。' },
  'AIO-P009': { title: '括号从未闭合', hint: "为这个 '{bracket}' 补上对应的右括号。" },
  'AIO-P010': { title: '多余的右括号', hint: '删除这个括号，或补上它对应的左括号。' },
  'AIO-P011': { title: '括号不匹配', hint: '先闭合最内层的括号。' },
  'AIO-P012': {
    title: '无效字符',
    hint: '删除这个字符，或用普通 ASCII 重新输入（从文档粘贴来的引号、破折号和空格常常是形近字符）。'
  },
  'AIO-P013': {
    title: '无效的数字字面量',
    hint: '按 Python 的写法书写数字（例如八进制写 0o17，分组写 1_000，数字后面不能紧跟字母）。'
  },
  'AIO-P014': { title: '续行符使用错误', hint: '用于连接多行的反斜杠必须是该行的最后一个字符。' },
  'AIO-P015': {
    title: '无效的赋值目标',
    hint: '只有名字、属性（a.b）、下标（a[i]）以及由它们组成的元组或列表可以被赋值或删除。'
  },
  'AIO-P016': {
    title: '无效的 f-string',
    hint: '检查 f-string 的花括号：替换字段写作 {{expression}}、{{expression!r}} 或 {{expression:spec}}；字面花括号写作 {{{{ 和 }}}}。'
  },
  'AIO-P017': { title: '无效的字符串字面量', hint: '检查这个字符串字面量中的转义和字符。' },
  'AIO-P018': {
    title: '无效的参数',
    hint: '调用实参的顺序：位置参数、*可迭代对象、关键字=值、**映射；形参的顺序：普通形参、带默认值的形参、*args、仅限关键字形参、**kwargs。'
  },
  'AIO-P019': { title: '语句不在所属的代码块中', hint: '把这条语句移到它所属的函数或循环里面。' },
  'AIO-P020': { title: '文件意外结束', hint: '文件在一条语句的中间结束了：把它写完整。' },
  'AIO-P021': { title: '语法无效', hint: '用逗号分隔各项。' },
  'AIO-P022': {
    title: '缺少 except 或 finally',
    hint: '`try:` 代码块后面至少需要一个 `except ...:` 或一个 `finally:` 代码块。'
  },
  'AIO-P023': { title: '无效的声明', hint: '把 global/nonlocal 声明放在函数开头，在使用该名字之前。' },
  'AIO-P024': {
    title: 'f-string 未结束',
    hint: '在同一行用开头的那种引号结束 f-string（多行文本请用三引号）。'
  },
  'AIO-P025': { title: '三引号 f-string 未结束', hint: '用开头的那三个引号结束 f-string。' },
  'AIO-P026': {
    title: '源代码不是 UTF-8',
    hint: '把文件另存为 UTF-8（所有现代编辑器都可以：在保存对话框或状态栏中找“编码”）。'
  },
  'AIO-P027': {
    title: '源代码过于复杂',
    hint: '用中间变量把这个表达式拆成几条语句；CPython 也会在嵌套几千层时停止。'
  },
  'AIO-U001': {
    title: '不支持的语法',
    message: 'aioscope 不支持 {construct}',
    hint: '改写这一部分，不用 {construct}；aioscope 运行的是 asyncio 程序常用的 Python 子集。'
  },
  'AIO-U002': {
    title: '不支持的模块',
    message: "aioscope 不支持模块 '{module}'",
    hint: 'aioscope 模拟 asyncio、time、random 和 aiohttp（以及少数纯辅助模块）；删除这个 import，或替换它提供的功能。'
  },
  'AIO-U003': {
    title: '不支持的内置函数或属性',
    message: 'aioscope 不支持 {name}',
    hint: '换用受支持的替代写法；文档列出了 aioscope 实现的内置函数、方法和 asyncio API。'
  },
  'AIO-R001': {
    title: '循环回调从不让出控制权',
    message: '步数预算已用尽：{task} 运行了 {steps} 步，始终没有把控制权交还给事件循环',
    hint: '从不 await 的循环（例如没有 `await` 的 `while True:`）会永远阻塞事件循环；在循环里加上 `await asyncio.sleep(0)`（或别的 await）。'
  },
  'AIO-R002': {
    title: '任务过多',
    message: '创建的任务过多（{count} 个）；为避免失控地创建任务已停止',
    hint: '少创建一些任务（通常是循环里无限制地调用 create_task），或分批处理。'
  },
  'AIO-R003': {
    title: '递归过深',
    message: '超过了最大递归深度{detail}',
    hint: '检查递归是否有能到达的终止条件，或把它改写成循环。'
  },
  'AIO-R004': {
    title: '输出过多',
    message: '输出过多：打印了超过 {limit} 个字符',
    hint: '少打印一些（例如每 N 次迭代才打印一次），让跟踪保持可读。'
  },
  'AIO-R005': {
    title: '总步数预算已用尽',
    message: '程序总共运行了超过 {steps} 步；已停止',
    hint: '缩短程序的运行（更少的迭代或任务）；模拟有总预算，所以总能结束。'
  },
  'AIO-R006': {
    title: '程序会永远等待',
    message: '程序会挂起：没有就绪的任务，没有设置定时器，也没有线程在运行（等待中：{pending}）',
    hint: '每个等待中的任务都在等一个永远不会到来的东西（没人设置的 Event、没人填充的 Queue、没人完成的 Future、没人释放的 Lock）。从另一个任务或回调中提供它，或用 asyncio.wait_for / asyncio.timeout 限制等待时间。'
  },
  'AIO-R007': {
    title: '跟踪过长',
    message: '跟踪超过了 {limit} 个事件；已停止',
    hint: '程序运行（或在 `await asyncio.sleep(0)` 上空转）太久，无法显示；缩短它：更少的迭代、任务或打印。'
  },
  'AIO-R008': {
    title: '模拟超时',
    message: '模拟没有在 {seconds} 秒内结束；已被停止',
    hint: '程序的工作量太大，无法在浏览器中模拟（很长的循环或很多任务）；缩短它。页面仍然可用：修改代码后会重新运行。'
  },
  'AIO-T001': {
    title: '跟踪 JSON 格式错误',
    message: '跟踪第 {line} 行不是有效的 JSON：{detail}',
    hint: '加载由 `aioscope trace` 生成的文件（JSON lines，每行一个事件），不要手工编辑它。'
  },
  'AIO-T002': {
    title: '无效的跟踪事件',
    message: '跟踪第 {line} 行：{detail}',
    hint: '该事件不符合跟踪格式 v1（docs/trace-format.md）；用 `aioscope trace` 重新生成跟踪。'
  },
  'AIO-T003': {
    title: '不支持的跟踪版本',
    message: '不支持的跟踪格式版本 {version}',
    hint: '用这个版本的 aioscope 重新生成跟踪。'
  },
  'AIO-T004': {
    title: '跟踪序号中断',
    message: '跟踪第 {line} 行：seq 为 {got}，应为 {expected}',
    hint: '跟踪被截断或行的顺序被打乱；用 `aioscope trace` 重新生成它。'
  },
  'AIO-T005': {
    title: '跟踪过大',
    message: '跟踪过大：{detail}',
    hint: '加载更小的跟踪：用 `aioscope trace` 从更短的程序运行重新生成。'
  },
  'AIO-L001': {
    title: '分享链接格式错误',
    message: '这个分享链接格式错误：{detail}',
    hint: '从分享按钮重新复制完整链接；被聊天软件截断的链接无法打开。'
  },
  'AIO-L002': {
    title: '不支持的分享链接版本',
    message: '这个分享链接由更新版本的 aioscope 生成（版本 {version}）',
    hint: '用当前版本的 aioscope 打开这个链接。'
  },
  'AIO-L003': {
    title: '分享链接过大',
    message: '程序太大，无法作为链接分享（{size} 字节，上限 {limit}）',
    hint: '缩短程序，或直接分享文件本身。'
  }
};

/** The languages an error can be shown in (the same as the UI's, i18n/messages.ts). */
export type ErrorLang = 'en' | 'zh';

/**
 * The filled title, message and hint of a catalog entry in `lang` (English by default: the CLI, traces and the
 * differential tests use the English message). Where a translation keeps CPython's wording, the English is used.
 */
export function formatError(
  code: ErrorCode,
  params: ErrorParams = {},
  lang: ErrorLang = 'en'
): { code: ErrorCode; title: string; message: string; hint: string } {
  const e: CatalogEntry = CATALOG[code];
  const zh = lang === 'zh' ? CATALOG_ZH[code] : null;
  return {
    code,
    title: zh?.title ?? e.title,
    message: fillTemplate(zh?.message ?? e.message, params, code),
    hint: fillTemplate(zh?.hint ?? e.hint, params, code)
  };
}

export { templateParams };

/**
 * `file:line:col: message` as the CLI prints it. `col` is the AST's 0-based code-point column; it is printed 1-based
 * (like CPython's SyntaxError.offset and like editors count) so `file:line:col` jumps to the right character.
 */
export function formatLocation(file: string, line: number, col: number, message: string): string {
  return `${file}:${line}:${col + 1}: ${message}`;
}
