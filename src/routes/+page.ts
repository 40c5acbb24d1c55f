import { loadScenarios } from '$lib/scenarios';

// Runs at build time (prerender): every scenario is simulated once and its real output shipped as static HTML.
export function load() {
  return { scenarios: loadScenarios() };
}
