/**
 * applyKnobs: the what-if rewrite. Only the knob's literal changes; every other byte, and so every line number the
 * trace refers to, stays as it was.
 */
import { checkKnobValue, knobLiteral } from './knobs';
import { ScenarioMetaError, readScenarioMeta } from './parse';
import type { KnobValue, MetaProblem } from './types';

/**
 * `source` with each named knob's literal replaced by its value (numbers are snapped to the knob's step grid; a
 * value equal to the default leaves the literal exactly as written). Throws ScenarioMetaError when the metadata is
 * malformed, a name is not a knob, or a value is out of range or of the wrong type.
 */
export function applyKnobs(source: string, values: Readonly<Record<string, KnobValue>>, id = 'scenario'): string {
  const { sites, problems } = readScenarioMeta(id, source);
  if (problems.length > 0) throw new ScenarioMetaError(id, problems);
  const bad: MetaProblem[] = [];
  const edits = new Map<number, { start: number; end: number; text: string }>();
  for (const [name, value] of Object.entries(values)) {
    const site = sites.find((s) => s.knob.name === name);
    if (!site) {
      const known = sites.map((s) => s.knob.name).join(', ') || 'none';
      bad.push({ line: 0, message: `no knob named ${name} (knobs: ${known})` });
      continue;
    }
    const checked = checkKnobValue(site.knob, value);
    if (!checked.ok) bad.push({ line: site.knob.line, message: checked.message });
    else if (checked.value !== site.knob.default)
      edits.set(site.knob.line, { start: site.start, end: site.end, text: knobLiteral(site.knob, checked.value) });
  }
  if (bad.length > 0) throw new ScenarioMetaError(id, bad);
  if (edits.size === 0) return source;
  // Split keeping the separators so \r\n files keep their line endings byte for byte.
  const parts = source.split(/(\r\n|\r|\n)/);
  for (const [line, e] of edits) {
    const i = (line - 1) * 2;
    const text = parts[i]!;
    parts[i] = text.slice(0, e.start) + e.text + text.slice(e.end);
  }
  return parts.join('');
}
