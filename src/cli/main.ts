/**
 * `aioscope` command line: `trace` writes the trace as JSON lines, `run` prints what `python3 FILE.py` would print,
 * `check` validates a trace file (one the recorder or `aioscope trace` wrote).
 * Exit codes follow CPython's: 0 ok, 1 uncaught exception, 2 a file that cannot run (usage, syntax, unsupported)
 * or, for `check`, a trace that is not valid (`FILE:LINE: AIO-T… message` on stderr).
 */
import { readFileSync } from 'node:fs';
import { simulate, type SimulateResult } from '../lib/simulate';
import { formatError, formatLocation, hintFor } from '../lib/errors/catalog';
import type { TraceEvent } from '../lib/trace/events';
import { parseTraceJsonl, TraceImportError } from '../lib/trace/validate';

export interface Output {
  stdout(text: string): void;
  stderr(text: string): void;
}

const USAGE = `usage: aioscope <command> FILE.py [--python 3.11|3.14]
       aioscope check TRACE.jsonl

commands:
  run     print exactly what \`python3 FILE.py\` would print (on the virtual clock, so at once)
  trace   write the simulation's trace (format v1) as JSON lines on stdout
  check   validate a trace file (format v1, e.g. from aioscope_record.py): exit 0, or 2 with FILE:LINE: AIO-T… lines
`;

type Python = '3.11' | '3.14';

interface Parsed {
  command: 'run' | 'trace';
  file: string;
  python: Python;
}

function parseArgs(argv: string[]): Parsed | string {
  const [command, ...rest] = argv;
  if (command !== 'run' && command !== 'trace') return command ? `aioscope: unknown command '${command}'` : '';
  let file: string | undefined;
  let python: Python = '3.14';
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--python' || arg.startsWith('--python=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : rest[++i];
      if (value !== '3.11' && value !== '3.14') return `aioscope: --python must be 3.11 or 3.14, not '${value ?? ''}'`;
      python = value;
    } else if (arg.startsWith('-')) {
      return `aioscope: unknown option '${arg}'`;
    } else if (file === undefined) {
      file = arg;
    } else {
      return `aioscope: only one FILE.py is accepted (got '${file}' and '${arg}')`;
    }
  }
  if (file === undefined) return 'aioscope: missing FILE.py';
  return { command, file, python };
}

export async function main(argv: string[], out: Output): Promise<number> {
  if (argv[0] === '--help' || argv[0] === '-h') {
    out.stdout(USAGE);
    return 0;
  }
  if (argv[0] === 'check') return check(argv.slice(1), out);
  const parsed = parseArgs(argv);
  if (typeof parsed === 'string') {
    out.stderr((parsed ? parsed + '\n' : '') + USAGE);
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(parsed.file);
  } catch {
    // CPython's own wording for a missing script, so scripts that wrap either behave alike.
    out.stderr(`aioscope: can't open file '${parsed.file}': [Errno 2] No such file or directory\n`);
    return 2;
  }
  let source: string;
  {
    const declared = declaredEncoding(bytes);
    if (declared !== null && declared.name !== 'utf-8') {
      // PEP 263: the file says how it is encoded (latin-1 and the other single-byte encodings TextDecoder knows)
      let text: string | null = null;
      try {
        text = declared.decode?.(bytes) ?? null;
      } catch {
        /* bytes the declared encoding cannot decode: CPython's "encoding problem" too */
      }
      if (text === null) {
        const f = formatError('AIO-P051', { encoding: declared.label });
        out.stderr(formatLocation(parsed.file, declared.line, 0, `${f.message} [${f.code}]`) + `\nhint: ${f.hint}\n`);
        return 2;
      }
      return finishRun(parsed, text, out);
    }
    const bad = firstInvalidUtf8(bytes);
    if (bad !== null) {
      // CPython refuses a script that is not UTF-8 (PEP 263) before running anything: same words, exit 2
      const line = bytes.subarray(0, bad).filter((b) => b === 10).length + 1;
      const byte = '\\x' + bytes[bad]!.toString(16).padStart(2, '0');
      const f = formatError('AIO-P026', { byte, file: parsed.file, line });
      out.stderr(formatLocation(parsed.file, line, 0, `${f.message} [${f.code}]`) + `\nhint: ${f.hint}\n`);
      return 2;
    }
    source = Buffer.from(bytes).toString('utf8');
  }
  return finishRun(parsed, source, out);
}

function finishRun(parsed: Parsed, source: string, out: Output): number {
  // The trace streams: each batch of events is written as JSON lines while the program runs, and nothing of it is
  // kept (`run` needs no events at all, only what the program printed).
  const sink =
    parsed.command === 'trace'
      ? (events: TraceEvent[]) => {
          let text = '';
          for (const e of events) text += JSON.stringify(e) + '\n';
          out.stdout(text);
        }
      : () => {};
  const result = simulate(source, { file: parsed.file, python: parsed.python, sink });
  const stderr = withCode(result.stderr, result.error);
  if (parsed.command === 'trace') {
    if (result.exitCode === 2) out.stderr(stderr);
  } else {
    out.stdout(result.stdout);
    out.stderr(stderr);
  }
  return result.exitCode;
}

/**
 * The catalog code the playground shows, on the CLI too: when the run stopped with a catalog error (exit 2, a budget,
 * a deadlock), its message line gets ` [AIO-…]` and a `hint:` line follows (unless the report has one). A Python
 * exception's traceback is left byte for byte as CPython prints it (a MemoryError from the budget included).
 */
function withCode(stderr: string, error: SimulateResult['error']): string {
  if (error === null || error.code === undefined || !error.type.startsWith('AIO-')) return stderr;
  const at = stderr.lastIndexOf(error.message);
  if (at < 0) return stderr;
  const eol = at + error.message.length;
  const hint = /^hint: /m.test(stderr) ? '' : `\nhint: ${hintFor(error.code, error.message)}`;
  return `${stderr.slice(0, eol)} [${error.code}]${hint}${stderr.slice(eol)}`;
}

/** Names CPython accepts for ISO-8859-1 (after lower-casing and `_` → `-`). */
const LATIN_1 = new Set(['latin-1', 'latin1', 'iso-8859-1', 'iso8859-1', 'iso-latin-1', 'l1', 'cp819', 'latin']);

/**
 * The PEP 263 declaration (`# -*- coding: NAME -*-` on line 1, or on line 2 after a comment or blank line 1): its
 * line, label, normalised name, and how to decode the bytes with it (null: an encoding Python would not know).
 */
function declaredEncoding(
  bytes: Uint8Array
): { line: number; label: string; name: string; decode: ((b: Uint8Array) => string) | null } | null {
  const head = Buffer.from(bytes.subarray(0, 512))
    .toString('latin1')
    .split(/\r\n?|\n/);
  for (let i = 0; i < 2 && i < head.length; i++) {
    const m = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/.exec(head[i]!);
    if (m) {
      const label = m[1]!;
      const name = label.toLowerCase().replace(/_/g, '-');
      if (name === 'utf-8' || name === 'utf8' || name.startsWith('utf-8-'))
        return { line: i + 1, label, name: 'utf-8', decode: null };
      if (LATIN_1.has(name)) return { line: i + 1, label, name, decode: (b) => Buffer.from(b).toString('latin1') };
      try {
        const decoder = new TextDecoder(name, { fatal: true });
        return { line: i + 1, label, name, decode: (b) => decoder.decode(b) };
      } catch {
        return { line: i + 1, label, name, decode: null };
      }
    }
    if (!/^[ \t\f]*(#.*)?$/.test(head[i]!)) break; // line 2 counts only after a comment or blank line 1
  }
  return null;
}

/** `aioscope check TRACE.jsonl`: the same validation the app runs on an imported trace (src/lib/trace/validate.ts). */
function check(args: string[], out: Output): number {
  if (args.length !== 1 || args[0]!.startsWith('-')) {
    out.stderr(`aioscope: check takes one TRACE.jsonl\n${USAGE}`);
    return 2;
  }
  const file = args[0]!;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const f = formatError('AIO-T006', { file, detail: (e as NodeJS.ErrnoException).code ?? String(e) });
    out.stderr(`${file}: ${f.code} ${f.message}\n  ${f.hint}\n`);
    return 2;
  }
  try {
    const events = parseTraceJsonl(text);
    out.stdout(`${file}: valid trace v1, ${events.length} events\n`);
    return 0;
  } catch (e) {
    if (!(e instanceof TraceImportError)) throw e;
    out.stderr(`${file}${e.line === null ? '' : `:${e.line}`}: ${e.code} ${e.message}\n  ${e.hint}\n`);
    return 2;
  }
}

/** Index of the first byte that is not part of valid UTF-8 (where its bad sequence starts), or null when valid. */
function firstInvalidUtf8(bytes: Uint8Array): number | null {
  if (decodes(bytes, false)) return null;
  // longest prefix with no invalid sequence yet (a streaming decode accepts an unfinished last character)
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (decodes(bytes.subarray(0, mid), true)) lo = mid;
    else hi = mid - 1;
  }
  if (decodes(bytes.subarray(0, lo), false)) return lo;
  // the prefix ends inside a character whose continuation is wrong: report that character's lead byte
  let p = lo - 1;
  while (p > 0 && lo - p < 4 && (bytes[p]! & 0xc0) === 0x80) p--;
  return p;
}

function decodes(bytes: Uint8Array, stream: boolean): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream });
    return true;
  } catch {
    return false;
  }
}
