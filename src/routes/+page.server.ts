import { loadScenario, loadScenarios } from '$lib/scenarios';
import { thumbnail } from '$lib/view/thumbnail';

// Runs at build time (prerender): every scenario is simulated once; its real output and a thumbnail of its real
// timeline are shipped as static HTML.
export function load() {
  return {
    scenarios: loadScenarios().map((s) => ({ ...s, thumb: thumbnail(loadScenario(s.id)!.trace) }))
  };
}
