/**
 * Knobs re-tell the story. A title, lesson or caption may quote a knob's value as `{NAME}` ("at most {LIMIT}
 * requests in flight"): it is filled with the value the run used. A text whose facts hold only for the values as
 * written (times, orders) starts with `[default]`: it is shown as written while every knob is at its default, and
 * marked as written for the defaults (with the values it assumes) once one differs. Nothing else in a text changes.
 *
 * Also here: the shown code without the raw `# knob:` annotations (the knob bar is how they are seen).
 */
import { knobLiteral } from './knobs';
import { scanLines } from './lines';
import type { Caption, Knob, KnobValue, Text } from './types';

/** `{NAME}`: a knob's value. Names are Python identifiers (knobs are module constants). */
const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
/** The marker of a text written for the default values. */
export const DEFAULT_MARK = '[default]';

export interface FilledText {
  text: string;
  /** The text says it holds only at the defaults. */
  forDefault: boolean;
  /** forDefault, and some knob differs from its default: the text may no longer be true. */
  outdated: boolean;
  /** The knobs as the text assumes them, `LIMIT = 3` (only when outdated). */
  assumes: string;
}

/** How a value reads in prose: `3`, `0.5`, `True`, `fast` (a string choice without its quotes). */
export function knobProse(knob: Knob, value: KnobValue): string {
  if (knob.type === 'choice' && typeof value === 'string') return value;
  return knobLiteral(knob, value);
}

/** The knob names a text refers to as `{NAME}`. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

/** `text` told for these knob values (missing values: the defaults). Unknown `{names}` stay as written. */
export function fillText(
  text: string,
  knobs: readonly Knob[],
  values: Readonly<Record<string, KnobValue>>
): FilledText {
  const trimmed = text.trimStart();
  const forDefault = trimmed.startsWith(DEFAULT_MARK);
  const body = forDefault ? trimmed.slice(DEFAULT_MARK.length).trimStart() : text;
  const byName = new Map(knobs.map((k) => [k.name, k]));
  const filled = body.replace(PLACEHOLDER, (whole, name: string) => {
    const knob = byName.get(name);
    if (!knob) return whole;
    return knobProse(knob, values[name] ?? knob.default);
  });
  const changed = knobs.filter((k) => values[k.name] !== undefined && values[k.name] !== k.default);
  const outdated = forDefault && changed.length > 0;
  return {
    text: filled,
    forDefault,
    outdated,
    assumes: outdated ? changed.map((k) => `${k.name} = ${knobProse(k, k.default)}`).join(', ') : ''
  };
}

/**
 * The source as the code pane shows it: each knob line's `# knob: …` comment removed (with the spaces before it),
 * every other byte kept, so line numbers and the trace still match. Knob lines are the given knobs' lines.
 */
export function withoutKnobComments(source: string, knobs: readonly Knob[]): string {
  if (knobs.length === 0) return source;
  const lines = new Set(knobs.map((k) => k.line));
  const scanned = scanLines(source);
  const parts = source.split(/(\r\n|\r|\n)/);
  for (const l of scanned) {
    if (!lines.has(l.line) || l.commentAt === null || !/^knob\s*:/.test(l.comment ?? '')) continue;
    const i = (l.line - 1) * 2;
    parts[i] = parts[i]!.slice(0, l.commentAt).replace(/\s+$/, '');
  }
  return parts.join('');
}

/** A text told in both languages; `assumes` is set when it is outdated (see FilledText). */
export function tellText(
  text: Text,
  knobs: readonly Knob[],
  values: Readonly<Record<string, KnobValue>>
): Text & { assumes?: string } {
  const en = fillText(text.en, knobs, values);
  const zh = text.zh === undefined ? undefined : fillText(text.zh, knobs, values);
  return {
    en: en.text,
    ...(zh ? { zh: zh.text } : {}),
    ...(en.outdated || zh?.outdated ? { assumes: en.assumes || zh!.assumes } : {})
  };
}

/** Captions told for these values: each text filled, `assumes` on those written for the defaults once outdated. */
export function tellCaptions(
  captions: readonly Caption[],
  knobs: readonly Knob[],
  values: Readonly<Record<string, KnobValue>>
): Caption[] {
  return captions.map((c) => {
    const { assumes, ...text } = tellText(c.text, knobs, values);
    return { ...c, text, ...(assumes ? { assumes } : {}) };
  });
}
