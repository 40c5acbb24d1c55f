import { error, json } from '@sveltejs/kit';
import { loadTrace, PYTHONS, scenarioIds, type Python } from '$lib/scenarios';

// Every scenario's trace under each Python version, written as static JSON at build time: the compare page fetches
// the two it is asked for (its query is only known in the browser), so no page carries every trace.
export const prerender = true;

export function entries() {
  return PYTHONS.flatMap((python) =>
    scenarioIds()
      .filter((id) => loadTrace(id, python) !== null)
      .map((id) => ({ python, id }))
  );
}

export function GET({ params }) {
  const python = params.python as Python;
  if (!PYTHONS.includes(python)) error(404, `No Python ${params.python}`);
  const file = loadTrace(params.id, python);
  if (!file) error(404, `No trace for ${params.id} under Python ${python}`);
  return json(file);
}
