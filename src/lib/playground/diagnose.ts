/**
 * Where and why a playground run failed, for the inline error: the line (1-based) and column (0-based) the error
 * points at, the catalog code (AIO-…) or the Python exception type, the message and the catalog's hint.
 * Catalog errors print `file:line:col: message` on stderr; Python exceptions print a traceback whose last frame in
 * the user's file is the line to show.
 */
import { CATALOG, formatError, type ErrorCode } from '../errors/catalog';
import type { TraceEvent } from '../trace/events';

export interface Diagnostic {
  /** 1-based line in the program, null when the error has no place (e.g. a timeout). */
  line: number | null;
  /** 0-based column on that line. */
  col: number;
  /** AIO-… code, or the Python exception type. */
  code: string;
  message: string;
  hint: string;
}

export interface RunOutcome {
  events: TraceEvent[];
  stderr: string;
  exitCode: number;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function isCode(code: string | undefined): code is ErrorCode {
  return code !== undefined && Object.hasOwn(CATALOG, code);
}

/**
 * The catalog's hint for a filled message: the run reports only the message, so its parameters are read back by
 * matching the message against its template, then the hint is filled with them ('' if the message does not match).
 */
function hintOf(code: string, message: string): string {
  if (!isCode(code)) return '';
  const entry = CATALOG[code];
  const names: string[] = [];
  const pattern = entry.message
    .split(/(\{\{|\}\}|\{[A-Za-z_][A-Za-z0-9_]*\})/)
    .map((part) => {
      if (part === '{{') return '\\{';
      if (part === '}}') return '\\}';
      if (/^\{[A-Za-z_]/.test(part)) {
        names.push(part.slice(1, -1));
        return '([\\s\\S]*?)';
      }
      return escape(part);
    })
    .join('');
  const m = new RegExp(`^${pattern}$`).exec(message);
  if (!m) return '';
  const params = Object.fromEntries(names.map((n, i) => [n, m[i + 1] ?? '']));
  try {
    return formatError(code, params).hint;
  } catch {
    return '';
  }
}

/** The diagnostic of a finished run, or null when it ended without an error. */
export function diagnose(result: RunOutcome, file: string): Diagnostic | null {
  const error = result.events.findLast((e) => e.kind === 'error');
  if (!error || error.kind !== 'error') return null;
  const f = escape(file);
  if (error.code) {
    const at = [...result.stderr.matchAll(new RegExp(`^${f}:(\\d+):(\\d+): `, 'gm'))].at(-1);
    return {
      line: at ? Number(at[1]) : error.line,
      col: at ? Math.max(0, Number(at[2]) - 1) : 0,
      code: error.code,
      message: error.message,
      hint: hintOf(error.code, error.message)
    };
  }
  const frame = [...result.stderr.matchAll(new RegExp(`^ {2}File "${f}", line (\\d+)`, 'gm'))].at(-1);
  return {
    line: frame ? Number(frame[1]) : error.line,
    col: 0,
    code: error.type,
    message: error.message ? `${error.type}: ${error.message}` : error.type,
    hint: ''
  };
}

/** The diagnostic for a run the page had to stop (the worker did not answer in time). */
export function timeoutDiagnostic(seconds: number, code: 'AIO-R008' | 'AIO-E004' = 'AIO-R008'): Diagnostic {
  const f = formatError(code, { seconds });
  return { line: null, col: 0, code: f.code, message: f.message, hint: f.hint };
}
