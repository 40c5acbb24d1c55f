/**
 * Knobs: a module-level constant whose trailing comment declares how the player may change it.
 *
 *   DELAY = 2  # knob: 0.5..5 step 0.5 "delay of the slow task (s)" zh "慢任务的延迟（秒）"
 *   LIMIT = 3  # knob: 1..6
 *   SAFE = True  # knob: bool "use the lock"
 *   MODE = "fast"  # knob: "fast" | "slow" "which server answers"
 *
 * Reading a knob never evaluates anything: the spec is tokenized here and the value is a literal (literals.ts).
 */
import { pyFloatRepr, readLiteral, type Literal } from './literals';
import type { Knob, KnobValue, Text } from './types';

type Token =
  | { t: 'num'; text: string; value: number }
  | { t: 'str'; text: string; value: string }
  | { t: 'word'; text: string }
  | { t: 'sym'; text: '..' | '|' };

const TOKEN =
  /\s*(?:(?<num>[+-]?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?)|(?<str>"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')|(?<sym>\.\.|\|)|(?<word>[A-Za-z_][A-Za-z0-9_]*))/y;

/** Tokens of a knob spec, or an error message naming what could not be read. */
function tokenize(spec: string): Token[] | string {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let pos = 0;
  while (pos < spec.length) {
    if (/^\s*$/.test(spec.slice(pos))) break;
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(spec);
    if (!m || !m.groups) return `cannot read "${spec.slice(pos).trim()}"`;
    const g = m.groups;
    if (g.num !== undefined) out.push({ t: 'num', text: g.num, value: Number(g.num) });
    else if (g.str !== undefined) {
      const lit = readLiteral(g.str);
      out.push({ t: 'str', text: g.str, value: lit && lit.kind === 'str' ? lit.value : g.str.slice(1, -1) });
    } else if (g.sym !== undefined) out.push({ t: 'sym', text: g.sym as '..' | '|' });
    else out.push({ t: 'word', text: g.word! });
    pos = TOKEN.lastIndex;
  }
  return out;
}

export const KNOB_SYNTAX =
  'expected `knob: MIN..MAX [step S]`, `knob: bool` or `knob: A | B | ...`, then optionally "label" zh "标签"';

/** The assignment a knob comment trails: `NAME = literal` or `NAME: type = literal`, unindented. */
const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)\s*(?::[^=]*)?=\s*(.*?)\s*$/;

export interface KnobSite {
  knob: Knob;
  /** Where the literal sits in the line's text: replacing [start, end) rewrites the value. */
  start: number;
  end: number;
  literal: Literal;
}

const isInt = (text: string) => /^[+-]?\d+$/.test(text);

/**
 * Reads the knob declared on one line: `code` is the text before the comment, `spec` the comment after `knob:`.
 * Returns the knob with the literal's position, or an error message (the caller adds the line number).
 */
export function readKnob(line: number, code: string, spec: string): KnobSite | string {
  const a = ASSIGNMENT.exec(code);
  if (!a || code.startsWith(' ') || code.startsWith('\t') || /^(?:if|for|while|with|def|class|async)\b/.test(code))
    return 'a knob comment must trail a module-level assignment `NAME = literal` (no indentation)';
  const name = a[1]!;
  const literal = readLiteral(a[2]!);
  if (!literal)
    return `the value of knob ${name} must be a plain literal (a number, True/False or a quoted string), not \`${a[2]}\``;
  const start = code.lastIndexOf(literal.source);
  const site = { start, end: start + literal.source.length, literal };
  const tokens = tokenize(spec);
  if (typeof tokens === 'string') return `knob ${name}: ${tokens}; ${KNOB_SYNTAX}`;
  const r = readSpec(name, line, tokens, literal);
  return typeof r === 'string' ? `knob ${name}: ${r}` : { knob: r, ...site };
}

function readLabel(name: string, rest: Token[]): Text | string {
  if (rest.length === 0) return { en: name };
  const [en, zhWord, zh, ...extra] = rest;
  if (en!.t !== 'str') return `unexpected \`${en!.text}\`; ${KNOB_SYNTAX}`;
  if (zhWord === undefined) return { en: en.value };
  if (zhWord.t !== 'word' || zhWord.text !== 'zh' || zh === undefined || zh.t !== 'str' || extra.length > 0)
    return `after the label only \`zh "中文标签"\` may follow; ${KNOB_SYNTAX}`;
  return { en: en.value, zh: zh.value };
}

function readSpec(name: string, line: number, tk: Token[], lit: Literal): Knob | string {
  const first = tk[0];
  if (first === undefined) return `empty spec; ${KNOB_SYNTAX}`;
  // bool
  if (first.t === 'word' && first.text === 'bool') {
    const label = readLabel(name, tk.slice(1));
    if (typeof label === 'string') return label;
    if (lit.kind !== 'bool') return `a bool knob needs True or False as its value, not ${lit.source}`;
    return { type: 'bool', name, line, label, default: lit.value };
  }
  // range
  if (first.t === 'num' && tk[1]?.t === 'sym' && tk[1].text === '..') {
    const hi = tk[2];
    if (hi?.t !== 'num') return `a range needs a number after \`..\`; ${KNOB_SYNTAX}`;
    let rest = tk.slice(3);
    let stepTok: Token | undefined;
    if (rest[0]?.t === 'word' && rest[0].text === 'step') {
      stepTok = rest[1];
      if (stepTok?.t !== 'num') return `\`step\` needs a number; ${KNOB_SYNTAX}`;
      rest = rest.slice(2);
    }
    const label = readLabel(name, rest);
    if (typeof label === 'string') return label;
    if (lit.kind !== 'int' && lit.kind !== 'float')
      return `a range knob needs a number as its value, not ${lit.source}`;
    const integral = isInt(first.text) && isInt(hi.text) && (!stepTok || isInt(stepTok.text)) && lit.kind === 'int';
    const min = first.value;
    const max = hi.value;
    const step = stepTok ? (stepTok as { value: number }).value : integral ? 1 : 0.1;
    if (!(min < max)) return `the range ${first.text}..${hi.text} is empty (min must be below max)`;
    if (!(step > 0)) return `step must be positive, not ${step}`;
    const d = lit.value;
    if (d < min - 1e-9 || d > max + 1e-9) return `its value ${lit.source} is outside ${first.text}..${hi.text}`;
    if (!onGrid(d, min, step)) return `its value ${lit.source} is not on the grid ${first.text} + k × ${step}`;
    return { type: integral ? 'int' : 'float', name, line, label, min, max, step, default: d };
  }
  // choice
  const choices: { value: string | number; source: string }[] = [];
  let i = 0;
  for (;;) {
    const c = tk[i];
    if (c === undefined || (c.t !== 'str' && c.t !== 'num')) return `unexpected \`${c?.text ?? ''}\`; ${KNOB_SYNTAX}`;
    choices.push({ value: c.value, source: c.text });
    if (tk[i + 1]?.t === 'sym' && tk[i + 1]!.text === '|') i += 2;
    else break;
  }
  if (choices.length < 2) return `a choice needs at least two alternatives separated by \`|\`; ${KNOB_SYNTAX}`;
  const label = readLabel(name, tk.slice(i + 1));
  if (typeof label === 'string') return label;
  const seen = new Set<string>();
  for (const c of choices) {
    const key = `${typeof c.value}:${c.value}`;
    if (seen.has(key)) return `the choice ${c.source} is listed twice`;
    seen.add(key);
  }
  const def = choices.find((c) => sameChoice(c.value, lit));
  if (!def) return `its value ${lit.source} is not one of ${choices.map((c) => c.source).join(' | ')}`;
  return { type: 'choice', name, line, label, choices, default: def.value };
}

function sameChoice(value: string | number, lit: Literal): boolean {
  if (typeof value === 'string') return lit.kind === 'str' && lit.value === value;
  return (lit.kind === 'int' || lit.kind === 'float') && lit.value === value;
}

function onGrid(v: number, min: number, step: number): boolean {
  const k = (v - min) / step;
  return Math.abs(k - Math.round(k)) < 1e-6;
}

/** Decimal places needed to write min and step (so 0.1 + 0.2 snaps to 0.3). */
function decimals(n: number): number {
  const s = String(n);
  if (s.includes('e')) return 12;
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

export type KnobCheck = { ok: true; value: KnobValue } | { ok: false; message: string };

/**
 * Checks `value` for `knob` and snaps numbers to the step grid. Numbers must be within [min, max] and within 1e-6
 * steps of the grid.
 */
export function checkKnobValue(knob: Knob, value: KnobValue): KnobCheck {
  const ok = (v: KnobValue): KnobCheck => ({ ok: true, value: v });
  const bad = (message: string): KnobCheck => ({ ok: false, message });
  switch (knob.type) {
    case 'bool':
      return typeof value === 'boolean'
        ? ok(value)
        : bad(`knob ${knob.name} takes True or False, not ${String(value)}`);
    case 'choice': {
      const c = knob.choices.find((x) => x.value === value);
      return c
        ? ok(c.value)
        : bad(`knob ${knob.name} takes ${knob.choices.map((x) => x.source).join(' | ')}, not ${value}`);
    }
    default: {
      if (typeof value !== 'number' || !Number.isFinite(value))
        return bad(`knob ${knob.name} takes a number, not ${String(value)}`);
      if (value < knob.min - 1e-9 || value > knob.max + 1e-9)
        return bad(`knob ${knob.name} takes ${knob.min}..${knob.max}, not ${value}`);
      if (!onGrid(value, knob.min, knob.step))
        return bad(`knob ${knob.name} takes steps of ${knob.step} from ${knob.min}, not ${value}`);
      const k = Math.round((value - knob.min) / knob.step);
      const snapped = Number((knob.min + k * knob.step).toFixed(Math.max(decimals(knob.min), decimals(knob.step))));
      return ok(Math.min(knob.max, Math.max(knob.min, snapped)));
    }
  }
}

/** The Python literal for a checked value (`2.0`, `3`, `True`, `'slow'` — a choice keeps its spelling). */
export function knobLiteral(knob: Knob, value: KnobValue): string {
  switch (knob.type) {
    case 'bool':
      return value ? 'True' : 'False';
    case 'choice':
      return knob.choices.find((c) => c.value === value)!.source;
    case 'int':
      return String(value);
    case 'float':
      return pyFloatRepr(value as number);
  }
}

/**
 * Reads a knob value from URL text (`2.5`, `true`/`True`/`1`, `slow`); null when it is not a valid value, so
 * the caller falls back to the default.
 */
export function parseKnobValue(knob: Knob, text: string): KnobValue | null {
  let v: KnobValue;
  if (knob.type === 'bool') {
    const t = text.trim().toLowerCase();
    if (t === 'true' || t === '1') v = true;
    else if (t === 'false' || t === '0') v = false;
    else return null;
  } else if (knob.type === 'choice') {
    const c =
      knob.choices.find((x) => typeof x.value === 'string' && x.value === text) ??
      knob.choices.find((x) => typeof x.value === 'number' && text.trim() !== '' && x.value === Number(text));
    if (!c) return null;
    v = c.value;
  } else {
    if (!/^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?\s*$/.test(text)) return null;
    v = Number(text);
  }
  const checked = checkKnobValue(knob, v);
  return checked.ok ? checked.value : null;
}

/** The URL text for a value (the inverse of parseKnobValue). */
export function formatKnobValue(knob: Knob, value: KnobValue): string {
  if (knob.type === 'bool') return value ? 'true' : 'false';
  return String(value);
}
