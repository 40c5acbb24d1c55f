/**
 * Where and why a playground run failed, for the inline error: the line (1-based) and column (0-based) the error
 * points at, the catalog code (AIO-…) or the Python exception type, the message and the catalog's hint.
 * Catalog errors print `file:line:col: message` on stderr; Python exceptions print a traceback whose last frame in
 * the user's file is the line to show.
 */
import { explainError, formatError, type ErrorLang } from '../errors/catalog';
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

/** The diagnostic of a finished run, or null when it ended without an error. */
export function diagnose(result: RunOutcome, file: string, lang: ErrorLang = 'en'): Diagnostic | null {
  const error = result.events.findLast((e) => e.kind === 'error');
  if (!error || error.kind !== 'error') return null;
  const f = escape(file);
  if (error.code) {
    const at = [...result.stderr.matchAll(new RegExp(`^${f}:(\\d+):(\\d+): `, 'gm'))].at(-1);
    return {
      line: at ? Number(at[1]) : error.line,
      col: at ? Math.max(0, Number(at[2]) - 1) : 0,
      code: error.code,
      ...explainError(error.code, error.message, lang)
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
export function timeoutDiagnostic(seconds: number, lang: ErrorLang = 'en'): Diagnostic {
  const f = formatError('AIO-R008', { seconds }, lang);
  return { line: null, col: 0, code: f.code, message: f.message, hint: f.hint };
}
