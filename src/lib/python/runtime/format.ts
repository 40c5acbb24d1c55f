/**
 * format(value, spec) for any Python value (f-strings, str.format, format()): built-in scalars go to the exact
 * format-spec implementation in ../format; other objects use their __format__ (object.__format__ accepts only '').
 */
import { formatValue as formatScalar } from '../format/format-spec';
import { strAscii } from '../format/str-repr';
import { typeError } from './exceptions';
import { PyNative, PyObject, type PyValue } from './objects';
import { call, repr, str, typeName } from './ops';

export function formatValue(v: PyValue, spec: string): string {
  switch (typeof v) {
    case 'bigint':
    case 'number':
    case 'boolean':
    case 'string':
      return formatScalar(v, spec);
  }
  if (v instanceof PyObject) {
    const m = v.cls.lookup('__format__');
    if (m !== undefined && !(m instanceof PyNative && m.owner?.name === 'object')) {
      const r = call(m, [v, spec]);
      if (typeof r !== 'string') throw typeError(`__format__ must return a str, not ${typeName(r)}`);
      return r;
    }
  }
  if (spec !== '') throw typeError(`unsupported format string passed to ${typeName(v)}.__format__`);
  return str(v);
}

/** ascii(v): repr with non-ASCII characters escaped. */
export function asciiRepr(v: PyValue): string {
  if (typeof v === 'string') return strAscii(v);
  const r = repr(v);
  let out = '';
  for (const ch of r) {
    const cp = ch.codePointAt(0)!;
    if (cp < 128) out += ch;
    else if (cp < 0x100) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp < 0x10000) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out;
}
