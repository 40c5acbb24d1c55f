import { error } from '@sveltejs/kit';
import { highlightPython } from '$lib/view/highlight';
import { readScenarioMeta } from '$lib/scenario-meta';
import { loadScenario, scenarioIds } from '$lib/scenarios';

// Every scenario gets a prerendered embed page. The trace is simulated and the code highlighted at build time, so
// the embed ships neither the simulator nor a parser: only the player's drawing and playback code.
export function entries() {
  return scenarioIds().map((id) => ({ id }));
}

export function load({ params }) {
  const s = loadScenario(params.id);
  if (!s) error(404, `No scenario ${params.id}`);
  const { meta, metaLines } = readScenarioMeta(s.id, s.source);
  return {
    id: s.id,
    title: s.title,
    titleZh: meta.title.zh ?? null,
    trace: s.trace,
    lines: highlightPython(s.source),
    hidden: metaLines,
    captions: s.captions
  };
}
