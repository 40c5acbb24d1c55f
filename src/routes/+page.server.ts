import { loadScenario, loadScenarios } from '$lib/scenarios';
import { thumbnail } from '$lib/components/thumbnail';
import { START_HERE, TOPICS } from '$lib/scenario-meta';

// Runs at build time (prerender): every scenario is simulated once; its real output and a thumbnail of its real
// timeline are shipped as static HTML, in the gallery's order (the start-here path, then by topic).
export function load() {
  const cards = new Map(loadScenarios().map((s) => [s.id, { ...s, thumb: thumbnail(loadScenario(s.id)!.trace) }]));
  const card = (id: string) => cards.get(id)!;
  return {
    path: START_HERE.map((step) => ({ title: step.title, cards: step.ids.map(card) })),
    topics: TOPICS.map((topic) => ({ id: topic.id, title: topic.title, cards: topic.ids.map(card) }))
  };
}
