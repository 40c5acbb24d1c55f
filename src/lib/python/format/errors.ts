// Typed errors thrown by the pure formatting/arithmetic helpers.
// The interpreter maps `pyType` to the Python exception class of the same name
// and uses `message` verbatim as str(exc), so messages are CPython 3.11's text.

export type PyErrorType =
  | 'ValueError'
  | 'TypeError'
  | 'OverflowError'
  | 'ZeroDivisionError'
  | 'IndexError'
  | 'KeyError'
  | 'MemoryError'
  /** Python would return a complex number (e.g. (-8.0) ** (1/3)); we have no complex type. */
  | 'ComplexResult';

export class PyError extends Error {
  constructor(
    readonly pyType: PyErrorType,
    message: string
  ) {
    super(message);
    this.name = 'PyError';
  }
}

/** Raised by format-spec and %-formatting; pyType is usually ValueError (sometimes TypeError/OverflowError). */
export class FormatError extends PyError {
  constructor(pyType: PyErrorType, message: string) {
    super(pyType, message);
    this.name = 'FormatError';
  }
}
