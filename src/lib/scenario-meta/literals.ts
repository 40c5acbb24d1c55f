/**
 * The few Python literals a knob may hold: int, float, True/False and plain (unprefixed) strings — read from and
 * written back to source text exactly as CPython would print them.
 */

export type Literal =
  | { kind: 'int'; value: number; source: string }
  | { kind: 'float'; value: number; source: string }
  | { kind: 'bool'; value: boolean; source: string }
  | { kind: 'str'; value: string; source: string };

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const STRING = /^(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")$/;

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0' };

/** Reads one literal; null when `text` is anything else (an expression, a prefixed string, a name...). */
export function readLiteral(text: string): Literal | null {
  const source = text.trim();
  if (source === 'True' || source === 'False') return { kind: 'bool', value: source === 'True', source };
  if (NUMBER.test(source)) {
    const isFloat = /[.eE]/.test(source);
    return { kind: isFloat ? 'float' : 'int', value: Number(source), source };
  }
  if (STRING.test(source)) {
    const value = source.slice(1, -1).replace(/\\(.)/g, (m, c: string) => ESCAPES[c] ?? m);
    return { kind: 'str', value, source };
  }
  return null;
}

/** repr(float) as CPython writes it: shortest round-trip digits, exponent form below 1e-4 and from 1e16. */
export function pyFloatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mant, expText] = x.toExponential().split('e') as [string, string];
  const exp = Number(expText);
  const sign = mant.startsWith('-') ? '-' : '';
  const digits = mant.replace('-', '').replace('.', '');
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const e = Math.abs(exp).toString().padStart(2, '0');
    return `${sign}${m}e${exp < 0 ? '-' : '+'}${e}`;
  }
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  const intPart = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
  const frac = digits.slice(exp + 1);
  return `${sign}${intPart}.${frac === '' ? '0' : frac}`;
}
