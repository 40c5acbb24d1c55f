/**
 * Reading an untrusted trace file (a user's import, a shared link's payload): `parseTraceJsonl(text)` accepts JSON
 * lines (what `aioscope trace` writes) or one JSON array, and returns the events only if they form a valid trace v1
 * (docs/trace-format.md); `validateTrace(events)` checks already-parsed values.
 *
 * Contract: whatever the input, the only thing these functions throw is a `TraceImportError` carrying a catalog
 * code (AIO-T001 … AIO-T005), the 1-based line (event number for an array) of the offending event and the catalog's
 * hint. Checks: sizes first (text length, event count, string lengths, nesting) so hostile input is refused before it
 * costs much; no `__proto__` / `constructor` / `prototype` key anywhere (the parsed objects are later spread and
 * indexed by the UI); every event's base fields and its kind's own fields have the documented types; the first
 * event is run.start with version 1; seq counts from 0 without gaps; t never decreases; exit is the last event.
 * Unknown optional fields are allowed (readers ignore what they do not know: format rule), unknown kinds are not.
 */
import { formatError, type ErrorCode, type ErrorParams } from '../errors/catalog';
import { TRACE_VERSION, type TraceEvent } from './events';

export const TRACE_LIMITS = {
  /** Characters of the whole file. */
  textChars: 512 * 1024 * 1024,
  events: 5_000_000,
  /** Characters of any one string value (a print's text is limited to 1 MB by the simulator anyway). */
  stringChars: 2_000_000,
  /** Nesting depth of objects/arrays inside one event (awaiting.children is depth 3). */
  depth: 8
} as const;

/** The one error type of trace import: a catalog entry plus where. */
export class TraceImportError extends Error {
  readonly code: ErrorCode;
  readonly hint: string;
  /** 1-based line (JSON lines) or event number (array) of the offending event; null for the file as a whole. */
  readonly line: number | null;
  /** The template's parameters (to show the message in another language). */
  readonly params: ErrorParams;
  constructor(code: ErrorCode, params: ErrorParams, line: number | null) {
    const f = formatError(code, params);
    super(f.message);
    this.params = params;
    this.name = 'TraceImportError';
    this.code = code;
    this.hint = f.hint;
    this.line = line;
  }
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

type FieldType = 'string' | 'number' | 'int' | 'boolean' | 'string?' | 'int?' | 'number?' | 'strings' | 'ints?' | 'any';

/** Required (and typed optional, marked `?` in the type) fields per kind; `awaiting` is checked on its own. */
const KINDS: Record<string, Record<string, FieldType>> = {
  'run.start': { version: 'int', python: 'string', loop: 'string', debug: 'boolean', file: 'string' },
  'task.create': { task: 'string', parent: 'string?', coro: 'string' },
  'task.ready': { task: 'string' },
  'task.resume': { task: 'string' },
  'task.suspend': { task: 'string', awaiting: 'any' },
  'task.done': { task: 'string', state: 'string', detail: 'string' },
  'task.cancel': { task: 'string', by: 'string?', msg: 'string?' },
  print: { task: 'string?', text: 'string' },
  'loop.block': { task: 'string?', seconds: 'number' },
  'loop.tick': { iteration: 'int', ready: 'strings' },
  'timer.add': { id: 'int', when: 'number', label: 'string' },
  'timer.cancel': { id: 'int' },
  'timer.fire': { id: 'int' },
  'callback.ready': { handle: 'int', label: 'string' },
  'callback.run': { label: 'string' },
  'queue.change': { queue: 'string', items: 'strings', getters: 'int', putters: 'int' },
  'thread.start': { thread: 'string', func: 'string', task: 'string?' },
  'thread.end': { thread: 'string', state: 'string', detail: 'string' },
  warning: { category: 'string', message: 'string' },
  'loop.exception': { message: 'string' },
  'run.shutdown': { cancelling: 'strings' },
  'loop.stuck': { pending: 'strings' },
  error: { type: 'string', message: 'string' },
  exit: { code: 'int' }
};

/** Enumerated string fields. */
const ENUMS: Record<string, Record<string, readonly string[]>> = {
  'run.start': { python: ['3.11', '3.14'], loop: ['asyncio', 'uvloop'] },
  'task.done': { state: ['result', 'exception', 'cancelled'] },
  'thread.end': { state: ['result', 'exception'] }
};

const ENGINES: readonly string[] = ['sim', 'cpython'];

const AWAITING_KINDS = new Set([
  'sleep',
  'yield',
  'task',
  'gather',
  'wait',
  'queue.get',
  'queue.put',
  'queue.join',
  'lock',
  'event',
  'semaphore',
  'condition',
  'thread',
  'future'
]);

function fail(code: ErrorCode, params: ErrorParams, line: number | null): never {
  throw new TraceImportError(code, params, line);
}

function invalid(line: number, detail: string): never {
  fail('AIO-T002', { line, detail }, line);
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'string' ? 'a string' : typeof v === 'object' ? 'an object' : String(typeof v);
}

function isInt(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v);
}

function checkType(v: unknown, t: FieldType): boolean {
  switch (t) {
    case 'string':
      return typeof v === 'string';
    case 'string?':
      return v === null || typeof v === 'string';
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    case 'number?':
      return v === null || (typeof v === 'number' && Number.isFinite(v));
    case 'int':
      return isInt(v);
    case 'int?':
      return v === null || isInt(v);
    case 'boolean':
      return typeof v === 'boolean';
    case 'strings':
      return Array.isArray(v) && v.every((x) => typeof x === 'string');
    case 'ints?':
      return Array.isArray(v) && v.every((x) => x === null || isInt(x));
    case 'any':
      return true;
  }
}

/**
 * Shape limits on any JSON value: depth, string lengths, forbidden keys. Iterative, so a hostile nesting depth
 * cannot overflow the stack (JSON.parse itself handles depth far beyond ours).
 */
function checkShape(value: unknown, line: number): void {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, d] = stack.pop()!;
    if (typeof v === 'string') {
      if (v.length > TRACE_LIMITS.stringChars)
        fail(
          'AIO-T005',
          { detail: `line ${line} holds a string of ${v.length} characters (limit ${TRACE_LIMITS.stringChars})` },
          line
        );
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    if (d >= TRACE_LIMITS.depth) invalid(line, `values nested more than ${TRACE_LIMITS.depth} levels deep`);
    if (Array.isArray(v)) {
      for (const x of v) stack.push([x, d + 1]);
      continue;
    }
    for (const k of Object.keys(v)) {
      if (FORBIDDEN_KEYS.has(k)) invalid(line, `forbidden key '${k}'`);
      stack.push([(v as Record<string, unknown>)[k], d + 1]);
    }
  }
}

function checkAwaiting(a: unknown, line: number): void {
  if (a === null || typeof a !== 'object' || Array.isArray(a))
    invalid(line, `awaiting must be an object, not ${describe(a)}`);
  const o = a as Record<string, unknown>;
  if (typeof o.kind !== 'string' || !AWAITING_KINDS.has(o.kind))
    invalid(line, `unknown awaiting kind ${JSON.stringify(o.kind)}`);
  if (typeof o.label !== 'string') invalid(line, 'awaiting.label must be a string');
  if (o.kind === 'sleep' && !checkType(o.until, 'number')) invalid(line, 'awaiting.until must be a number');
  if (o.kind === 'task' && typeof o.task !== 'string') invalid(line, 'awaiting.task must be a string');
  if ((o.kind === 'gather' || o.kind === 'wait') && !checkType(o.children, 'strings'))
    invalid(line, 'awaiting.children must be a list of task names');
  if (o.kind.startsWith('queue.') && typeof o.queue !== 'string') invalid(line, 'awaiting.queue must be a string');
  if (o.kind === 'thread' && typeof o.thread !== 'string') invalid(line, 'awaiting.thread must be a string');
}

/** One event's own checks (base fields, kind fields); `line` is where to report. */
function checkEvent(raw: unknown, line: number): TraceEvent {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    invalid(line, `an event must be a JSON object, not ${describe(raw)}`);
  checkShape(raw, line);
  const ev = raw as Record<string, unknown>;
  if (!isInt(ev.seq) || ev.seq < 0) invalid(line, 'seq must be a non-negative integer');
  if (typeof ev.t !== 'number' || !Number.isFinite(ev.t) || ev.t < 0) invalid(line, 't must be a finite number >= 0');
  if (!(ev.line === null || (isInt(ev.line) && ev.line >= 1))) invalid(line, 'line must be a positive integer or null');
  if (typeof ev.kind !== 'string') invalid(line, 'kind must be a string');
  const fields = Object.prototype.hasOwnProperty.call(KINDS, ev.kind) ? KINDS[ev.kind] : undefined;
  if (fields === undefined) invalid(line, `unknown event kind ${JSON.stringify(ev.kind.slice(0, 40))}`);
  for (const [name, type] of Object.entries(fields)) {
    if (!checkType(ev[name], type))
      invalid(line, `${ev.kind}.${name} must be ${typeWords(type)}, not ${describe(ev[name])}`);
  }
  const enums = ENUMS[ev.kind];
  if (enums) {
    for (const [name, allowed] of Object.entries(enums)) {
      if (!allowed.includes(ev[name] as string))
        invalid(line, `${ev.kind}.${name} must be one of ${allowed.join(', ')}`);
    }
  }
  if (ev.kind === 'task.suspend') checkAwaiting(ev.awaiting, line);
  // typed optional fields the UI relies on when present
  for (const name of ['tid', 'parentTid', 'byTid', 'cause', 'handle'] as const) {
    if (ev[name] !== undefined && !checkType(ev[name], 'int?')) invalid(line, `${ev.kind}.${name} must be an integer`);
  }
  if (ev.throw !== undefined && typeof ev.throw !== 'string') invalid(line, `${ev.kind}.throw must be a string`);
  // run.start.engine (optional; absent = the simulator): which engine made the trace
  if (ev.kind === 'run.start' && ev.engine !== undefined && !ENGINES.includes(ev.engine as string))
    invalid(line, `run.start.engine must be one of ${ENGINES.join(', ')}`);
  if (ev.handles !== undefined && !checkType(ev.handles, 'ints?'))
    invalid(line, `${ev.kind}.handles must be a list of integers`);
  return ev as unknown as TraceEvent;
}

function typeWords(t: FieldType): string {
  const words: Record<FieldType, string> = {
    string: 'a string',
    'string?': 'a string or null',
    number: 'a finite number',
    'number?': 'a finite number or null',
    int: 'an integer',
    'int?': 'an integer or null',
    boolean: 'true or false',
    strings: 'a list of strings',
    'ints?': 'a list of integers',
    any: 'present'
  };
  return words[t];
}

/**
 * Checks a whole trace (values already parsed). `lines[i]` is the report line of `events[i]` (defaults to i + 1).
 * Returns the events typed; throws only TraceImportError.
 */
export function validateTrace(events: unknown, lines?: readonly number[]): TraceEvent[] {
  if (!Array.isArray(events))
    fail('AIO-T002', { line: 1, detail: `a trace is a list of events, not ${describe(events)}` }, 1);
  if (events.length > TRACE_LIMITS.events)
    fail('AIO-T005', { detail: `${events.length} events (limit ${TRACE_LIMITS.events})` }, null);
  if (events.length === 0)
    fail('AIO-T002', { line: 1, detail: 'the trace is empty (it must start with run.start)' }, 1);
  const out: TraceEvent[] = [];
  let lastT = 0;
  for (let i = 0; i < events.length; i++) {
    const line = lines?.[i] ?? i + 1;
    const ev = checkEvent(events[i], line);
    if (i === 0) {
      if (ev.kind !== 'run.start') invalid(line, `the first event must be run.start, not ${ev.kind}`);
      if (ev.version !== TRACE_VERSION) fail('AIO-T003', { version: String(ev.version) }, line);
    } else if (ev.kind === 'run.start') invalid(line, 'run.start may only be the first event');
    if (ev.seq !== i) fail('AIO-T004', { line, got: ev.seq, expected: i }, line);
    if (ev.t < lastT) invalid(line, `t goes backwards (${ev.t} after ${lastT})`);
    lastT = ev.t;
    if (ev.kind === 'exit' && i !== events.length - 1) invalid(line, 'exit must be the last event');
    out.push(ev);
  }
  return out;
}

/** Parses and validates a trace file: JSON lines, or one JSON array. Throws only TraceImportError. */
export function parseTraceJsonl(text: unknown): TraceEvent[] {
  if (typeof text !== 'string') fail('AIO-T001', { line: 1, detail: 'the file is not text' }, 1);
  const reader = new TraceTextReader();
  reader.push(text);
  return reader.end();
}

/**
 * The same parse, fed in pieces (a file read as a stream, /open): `push` text as it arrives, `end` validates and
 * returns the events. JSON lines are parsed as each line completes, so a big file never exists as one string; the
 * JSON-array form is collected and parsed at the end. Same limits and errors as parseTraceJsonl.
 */
export class TraceTextReader {
  private values: unknown[] = [];
  private lines: number[] = [];
  private lineNo = 0;
  private rest = '';
  private chars = 0;
  private array: string[] | null = null;
  private started = false;

  /** Events parsed so far (JSON lines form). */
  get count(): number {
    return this.values.length;
  }

  push(chunk: string): void {
    this.chars += chunk.length;
    if (this.chars > TRACE_LIMITS.textChars)
      fail('AIO-T005', { detail: `${this.chars} characters (limit ${TRACE_LIMITS.textChars})` }, null);
    if (!this.started) {
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
      const head = (this.rest + chunk).trimStart();
      if (head === '') {
        this.rest += chunk;
        return;
      }
      this.started = true;
      if (head.startsWith('[')) this.array = [];
    }
    if (this.array) {
      this.array.push(this.rest + chunk);
      this.rest = '';
      return;
    }
    let text = this.rest + chunk;
    let start = 0;
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      this.line(text.slice(start, end));
      start = end + 1;
    }
    text = text.slice(start);
    this.rest = text;
  }

  end(): TraceEvent[] {
    if (this.array) {
      const body = this.array.join('');
      let parsed: unknown;
      try {
        parsed = JSON.parse(body);
      } catch (e) {
        fail('AIO-T001', { line: lineOfError(body, e), detail: jsonMessage(e) }, lineOfError(body, e));
      }
      return validateTrace(parsed);
    }
    this.line(this.rest);
    this.rest = '';
    return validateTrace(this.values, this.lines);
  }

  private line(text: string): void {
    this.lineNo++;
    const raw = text.replace(/\r$/, '');
    if (raw.trim() === '') return;
    if (this.values.length >= TRACE_LIMITS.events)
      fail('AIO-T005', { detail: `more than ${TRACE_LIMITS.events} events` }, this.lineNo);
    try {
      this.values.push(JSON.parse(raw));
    } catch (e) {
      fail('AIO-T001', { line: this.lineNo, detail: jsonMessage(e) }, this.lineNo);
    }
    this.lines.push(this.lineNo);
  }
}

function jsonMessage(e: unknown): string {
  return e instanceof Error ? e.message.slice(0, 200) : 'parse error';
}

/** Line of a JSON.parse error in a multi-line text (V8 reports a character position). */
function lineOfError(text: string, e: unknown): number {
  const m = e instanceof Error ? /position (\d+)/.exec(e.message) : null;
  if (!m) return 1;
  const pos = Number(m[1]);
  let line = 1;
  for (let i = 0; i < pos && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
