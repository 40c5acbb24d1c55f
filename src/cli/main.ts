/**
 * `aioscope` command line: `trace` writes the trace as JSON lines, `run` prints what `python3 FILE.py` would print,
 * `check` validates a trace file (one the recorder or `aioscope trace` wrote).
 * Exit codes follow CPython's: 0 ok, 1 uncaught exception, 2 a file that cannot run (usage, syntax, unsupported)
 * or, for `check`, a trace that is not valid (`FILE:LINE: AIO-T… message` on stderr).
 */
import { readFileSync } from 'node:fs';
import { simulate } from '../lib/simulate';
import { formatError, formatLocation } from '../lib/errors/catalog';
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
  let source: string;
  try {
    const bytes = readFileSync(parsed.file);
    const bad = firstInvalidUtf8(bytes);
    if (bad !== null) {
      // CPython refuses a script that is not UTF-8 (PEP 263) before running anything: same words, exit 2
      const line = bytes.subarray(0, bad).filter((b) => b === 10).length + 1;
      const byte = '\\x' + bytes[bad]!.toString(16).padStart(2, '0');
      const f = formatError('AIO-P026', { byte, file: parsed.file, line });
      out.stderr(formatLocation(parsed.file, line, 0, f.message) + '\n');
      return 2;
    }
    source = bytes.toString('utf8');
  } catch {
    // CPython's own wording for a missing script, so scripts that wrap either behave alike.
    out.stderr(`aioscope: can't open file '${parsed.file}': [Errno 2] No such file or directory\n`);
    return 2;
  }
  const result = simulate(source, { file: parsed.file, python: parsed.python });
  if (parsed.command === 'trace') {
    out.stdout(result.events.map((e) => JSON.stringify(e)).join('\n') + '\n');
    if (result.exitCode === 2) out.stderr(result.stderr);
  } else {
    out.stdout(result.stdout);
    out.stderr(result.stderr);
  }
  return result.exitCode;
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
