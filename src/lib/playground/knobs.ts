/**
 * What-if knobs in the playground. The knobs are read from the program being edited (the same `# knob:` comments
 * as a scenario's, docs/scenarios.md); their values live beside the code (never written into the editor) and are
 * applied with applyKnobs just before a run, so the editor keeps what the user typed and the trace keeps its lines.
 * Values that do not fit the current knobs (a renamed constant, a narrowed range, a hand-edited share link) are
 * dropped, which means the knob shows its default.
 */
import { applyKnobs, checkKnobValue, readScenarioMeta, ScenarioMetaError } from '../scenario-meta';
import type { Knob, KnobValue } from '../scenario-meta';

/** The id given to the scenario-meta reader: problems read `main.py:LINE: …`, like the playground's file. */
const ID = 'main';

export interface KnobReading {
  /** The well-formed knobs, in line order. */
  knobs: Knob[];
  /** The first metadata problem (`main.py:3: …`), or null. A problem disables knob values, not the program. */
  problem: string | null;
}

/** The knobs declared in `code`. Never throws. */
export function readKnobs(code: string): KnobReading {
  const { meta, problems } = readScenarioMeta(ID, code);
  const first = problems[0];
  return { knobs: meta.knobs, problem: first ? `${ID}.py:${first.line}: ${first.message}` : null };
}

/**
 * The values of `raw` that are valid for `knobs` (snapped to their grid), leaving out unknown names, invalid values
 * and values equal to the default. `raw` may come from anywhere (a share link): it is checked, never trusted.
 */
export function keepValues(knobs: readonly Knob[], raw: Readonly<Record<string, unknown>>): Record<string, KnobValue> {
  const out: Record<string, KnobValue> = {};
  for (const knob of knobs) {
    if (!Object.hasOwn(raw, knob.name)) continue;
    const value = raw[knob.name];
    if (typeof value !== 'number' && typeof value !== 'boolean' && typeof value !== 'string') continue;
    const checked = checkKnobValue(knob, value);
    if (checked.ok && checked.value !== knob.default) out[knob.name] = checked.value;
  }
  return out;
}

/**
 * The program to run: `code` with the knob values applied. When the metadata is malformed the values cannot be
 * applied; the program then runs as written and `problem` says why.
 */
export function knobbedSource(
  code: string,
  values: Readonly<Record<string, KnobValue>>
): { source: string; problem: string | null } {
  if (Object.keys(values).length === 0) return { source: code, problem: null };
  try {
    return { source: applyKnobs(code, values, ID), problem: null };
  } catch (e) {
    if (e instanceof ScenarioMetaError) return { source: code, problem: e.message.split('\n')[0]! };
    throw e;
  }
}

/**
 * The values to keep after an edit: a value whose knob's default changed (the user edited the literal itself, or
 * the knob's range) is dropped, since the edit is the newer wish; the rest are checked by keepValues.
 */
export function carryValues(
  before: readonly Knob[],
  after: readonly Knob[],
  values: Readonly<Record<string, KnobValue>>
): Record<string, KnobValue> {
  const was = new Map(before.map((k) => [k.name, k]));
  const kept: Record<string, KnobValue> = {};
  for (const knob of after) {
    const old = was.get(knob.name);
    if (old && (old.default !== knob.default || old.type !== knob.type)) continue;
    if (Object.hasOwn(values, knob.name)) kept[knob.name] = values[knob.name]!;
  }
  return keepValues(after, kept);
}
