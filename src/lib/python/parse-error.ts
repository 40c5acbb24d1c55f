/**
 * The error the tokenizer and parser throw: a catalog code plus the location CPython's SyntaxError would report
 * (line 1-based, col 0-based in code points — CPython's `offset - 1`).
 */
import { formatError, type ErrorCode, type ErrorParams } from '../errors/catalog';

/** CPython's exception class for each parse code (defaults to SyntaxError). */
export const PY_TYPE: Partial<Record<ErrorCode, string>> = {
  'AIO-P003': 'IndentationError',
  'AIO-P004': 'IndentationError',
  'AIO-P005': 'IndentationError',
  'AIO-P006': 'TabError'
};

export class ParseError extends Error {
  readonly code: ErrorCode;
  readonly file: string;
  readonly line: number;
  readonly col: number;
  readonly hint: string;
  /** Python exception class name CPython raises for it (SyntaxError, IndentationError, TabError). */
  readonly pyType: string;

  constructor(code: ErrorCode, params: ErrorParams, file: string, line: number, col: number) {
    const f = formatError(code, params);
    super(f.message);
    this.name = 'ParseError';
    this.code = code;
    this.file = file;
    this.line = line;
    this.col = col;
    this.hint = f.hint;
    this.pyType = PY_TYPE[code] ?? 'SyntaxError';
  }
}
