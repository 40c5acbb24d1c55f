import { error } from '@sveltejs/kit';
import { loadScenario, scenarioIds } from '$lib/scenarios';

// Every scenario gets its own prerendered player page; its trace is simulated at build time.
export function entries() {
  return scenarioIds().map((id) => ({ id }));
}

export function load({ params }) {
  const scenario = loadScenario(params.id);
  if (!scenario) error(404, `No scenario ${params.id}`);
  return { scenario, ids: scenarioIds() };
}
