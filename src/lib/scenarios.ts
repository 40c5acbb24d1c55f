/**
 * The scenario library as the site sees it: each `scenarios/<id>.py`, simulated once, summarised for display.
 * Vite inlines the sources at build time, so the static site needs no file system or network at run time.
 * Only server loads (prerendered at build time) call this module, so the simulator never ships to the browser.
 */
import type { TraceEvent } from './trace/events';
import { readScenarioMeta, type Caption } from './scenario-meta';
import { simulate } from './simulate';

const sources = import.meta.glob('/scenarios/*.py', { query: '?raw', import: 'default', eager: true }) as Record<
  string,
  string
>;

export interface ScenarioSummary {
  id: string;
  /** The first comment line of the file (else the id, made readable). */
  title: string;
  /** The one idea the scenario teaches (its `# lesson:` line, else the title). */
  lesson: string;
  /** The scenario it is best compared with (`# compare:`), if any. */
  compare: string | null;
  source: string;
  stdout: string;
  stderr: string;
  tasks: number;
  events: number;
  end: number;
}

/** A scenario with its whole trace, for the player and the gallery thumbnails. */
export interface Scenario extends ScenarioSummary {
  trace: TraceEvent[];
  /** Narration captions written in the scenario's comments (English). */
  captions: Caption[];
  exitCode: number;
}

function titleOf(id: string): string {
  const words = id.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function idOf(path: string): string {
  return path.replace(/^.*\/(.+)\.py$/, '$1');
}

/** Every scenario id, sorted. */
export function scenarioIds(): string[] {
  return Object.keys(sources).map(idOf).sort();
}

const cache = new Map<string, Scenario>();

/** One scenario, simulated (once per build); null for an unknown id. */
export function loadScenario(id: string): Scenario | null {
  const hit = cache.get(id);
  if (hit) return hit;
  const source = sources[`/scenarios/${id}.py`];
  if (source === undefined) return null;
  const result = simulate(source, { file: `${id}.py` });
  const last = result.events[result.events.length - 1];
  // Lenient reading: a malformed directive must not take the page down (the scenario tests report it).
  const { meta } = readScenarioMeta(id, source);
  const title = meta.title.en || titleOf(id);
  const scenario: Scenario = {
    id,
    title,
    lesson: meta.lesson.en || title,
    compare: meta.compare ?? null,
    captions: meta.captions,
    source,
    stdout: result.stdout,
    stderr: result.stderr,
    tasks: result.events.filter((e) => e.kind === 'task.create').length,
    events: result.events.length,
    end: last ? last.t : 0,
    trace: result.events,
    exitCode: result.exitCode
  };
  cache.set(id, scenario);
  return scenario;
}

export function loadScenarios(): ScenarioSummary[] {
  return scenarioIds().map((id) => {
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    const { trace, exitCode, captions, ...summary } = loadScenario(id)!;
    return summary;
  });
}
