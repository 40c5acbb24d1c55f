/** Test-only helpers: the scenarios' reviewed traces, and a DOM-less XML well-formedness check. */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseTraceJsonl } from '../../src/lib/trace/validate';
import type { TraceEvent } from '../../src/lib/trace/events';

const scenarios = resolve(import.meta.dirname, '../../scenarios');

export function goldenIds(): string[] {
  return readdirSync(scenarios)
    .filter((f) => f.endsWith('.golden.jsonl'))
    .map((f) => f.replace(/\.golden\.jsonl$/, ''))
    .sort();
}

export function golden(id: string): TraceEvent[] {
  return parseTraceJsonl(readFileSync(resolve(scenarios, `${id}.golden.jsonl`), 'utf8'));
}

export interface XmlSummary {
  root: string;
  /** Elements by tag name. */
  counts: Record<string, number>;
  /** Attributes of the root element. */
  rootAttrs: Record<string, string>;
  /** All character data, concatenated with spaces. */
  text: string;
}

/**
 * A strict little XML reader: prolog, elements, attributes (quoted, unique), character data with only the five
 * predefined or numeric entities, balanced tags, one root. Throws on the first violation.
 */
export function checkXml(xml: string): XmlSummary {
  let i = 0;
  const counts: Record<string, number> = {};
  const stack: string[] = [];
  const texts: string[] = [];
  let root = '';
  let rootAttrs: Record<string, string> = {};
  const fail = (m: string): never => {
    throw new Error(`${m} at ${i}: ${JSON.stringify(xml.slice(Math.max(0, i - 40), i + 40))}`);
  };
  const name = /[A-Za-z_:][\w:.-]*/y;
  const entity = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/y;
  const checkText = (s: string) => {
    for (let k = 0; k < s.length; k++) {
      if (s[k] === '<') fail('stray <');
      if (s[k] === '&') {
        entity.lastIndex = k;
        if (!entity.test(s)) fail('bad entity');
      }
    }
  };
  if (xml.startsWith('<?xml')) {
    i = xml.indexOf('?>') + 2;
    if (i < 2) fail('unclosed prolog');
  }
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const chunk = xml.slice(i, lt < 0 ? xml.length : lt);
    if (chunk.trim()) {
      if (stack.length === 0) fail('text outside the root');
      checkText(chunk);
      texts.push(chunk);
    }
    if (lt < 0) break;
    i = lt;
    if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i);
      if (end < 0) fail('unclosed comment');
      i = end + 3;
      continue;
    }
    if (xml[i + 1] === '/') {
      i += 2;
      name.lastIndex = i;
      const m = name.exec(xml) ?? fail('bad end tag');
      i += m[0].length;
      while (xml[i] === ' ' || xml[i] === '\n') i++;
      if (xml[i] !== '>') fail('bad end tag');
      i++;
      if (stack.pop() !== m[0]) fail(`mismatched </${m[0]}>`);
      continue;
    }
    i++;
    name.lastIndex = i;
    const tag = (name.exec(xml) ?? fail('bad tag'))[0];
    i += tag.length;
    const attrs: Record<string, string> = {};
    for (;;) {
      const ws = /\s*/y;
      ws.lastIndex = i;
      ws.exec(xml);
      const hadSpace = ws.lastIndex > i;
      i = ws.lastIndex;
      if (xml.startsWith('/>', i) || xml[i] === '>') break;
      if (!hadSpace) fail('attributes need white space between them');
      name.lastIndex = i;
      const attr = (name.exec(xml) ?? fail('bad attribute name'))[0];
      i += attr.length;
      if (xml[i] !== '=') fail('attribute without =');
      const q = xml[i + 1];
      if (q !== '"' && q !== "'") fail('unquoted attribute');
      const end = xml.indexOf(q, i + 2);
      if (end < 0) fail('unclosed attribute');
      const value = xml.slice(i + 2, end);
      checkText(value);
      if (attr in attrs) fail(`duplicate attribute ${attr}`);
      attrs[attr] = value;
      i = end + 1;
    }
    counts[tag] = (counts[tag] ?? 0) + 1;
    if (!root) {
      root = tag;
      rootAttrs = attrs;
    } else if (stack.length === 0) fail('second root element');
    if (xml.startsWith('/>', i)) i += 2;
    else {
      i++;
      stack.push(tag);
    }
  }
  if (stack.length) fail(`unclosed <${stack[stack.length - 1]}>`);
  if (!root) fail('no root element');
  return { root, counts, rootAttrs, text: texts.join(' ') };
}
