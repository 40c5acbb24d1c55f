/**
 * `aioscope` command line: `trace` writes the trace as JSON lines, `run` prints what `python3 FILE.py` would print.
 * Exit codes follow CPython's: 0 ok, 1 uncaught exception, 2 a file that cannot run (usage, syntax, unsupported).
 */
import { readFileSync } from 'node:fs';
import { simulate } from '../lib/simulate';
import { loadNodeRuntime } from './exact-node';
import { formatError, formatLocation } from '../lib/errors/catalog';

export interface Output {
  stdout(text: string): void;
  stderr(text: string): void;
}

const USAGE = `usage: aioscope <command> FILE.py [--python 3.11|3.14] [--engine sim|cpython]

commands:
  run     print exactly what \`python3 FILE.py\` would print (on the virtual clock, so at once)
  trace   write the simulation's trace (format v1) as JSON lines on stdout

engines:
  sim       aioscope's simulator (default): fast, runs the Python subset asyncio programs commonly use
  cpython   real CPython 3.14 (pyodide, WebAssembly) on the same virtual clock: any program; slower to start
`;

type Python = '3.11' | '3.14';
type Engine = 'sim' | 'cpython';

interface Parsed {
  command: 'run' | 'trace';
  file: string;
  python: Python;
  engine: Engine;
}

function parseArgs(argv: string[]): Parsed | string {
  const [command, ...rest] = argv;
  if (command !== 'run' && command !== 'trace') return command ? `aioscope: unknown command '${command}'` : '';
  let file: string | undefined;
  let python: Python = '3.14';
  let pythonGiven = false;
  let engine: Engine = 'sim';
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--python' || arg.startsWith('--python=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : rest[++i];
      if (value !== '3.11' && value !== '3.14') return `aioscope: --python must be 3.11 or 3.14, not '${value ?? ''}'`;
      python = value;
      pythonGiven = true;
    } else if (arg === '--engine' || arg.startsWith('--engine=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : rest[++i];
      if (value !== 'sim' && value !== 'cpython')
        return `aioscope: --engine must be sim or cpython, not '${value ?? ''}'`;
      engine = value;
    } else if (arg.startsWith('-')) {
      return `aioscope: unknown option '${arg}'`;
    } else if (file === undefined) {
      file = arg;
    } else {
      return `aioscope: only one FILE.py is accepted (got '${file}' and '${arg}')`;
    }
  }
  if (file === undefined) return 'aioscope: missing FILE.py';
  // The exact engine is the CPython that pyodide ships (3.14): it cannot pretend to be another version.
  if (engine === 'cpython' && pythonGiven && python !== '3.14') {
    return `aioscope: ${formatError('AIO-E001', { python }).message}`;
  }
  return { command, file, python, engine };
}

export async function main(argv: string[], out: Output): Promise<number> {
  if (argv[0] === '--help' || argv[0] === '-h') {
    out.stdout(USAGE);
    return 0;
  }
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
  const result =
    parsed.engine === 'cpython'
      ? (await loadNodeRuntime()).run(source, parsed.file)
      : simulate(source, { file: parsed.file, python: parsed.python });
  if (parsed.command === 'trace') {
    out.stdout(result.events.map((e) => JSON.stringify(e)).join('\n') + '\n');
    if (result.exitCode === 2) out.stderr(result.stderr);
  } else {
    out.stdout(result.stdout);
    out.stderr(result.stderr);
  }
  return result.exitCode;
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
