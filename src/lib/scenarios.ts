/**
 * The scenario library as the site sees it: each `scenarios/<id>.py`, simulated once, summarised for display.
 * Vite inlines the sources at build time, so the static site needs no file system or network at run time.
 * Only server loads (prerendered at build time) call this module, so the simulator never ships to the browser.
 */
import type { TraceEvent } from './trace/events';
import { readScenarioMeta, type Caption, type Knob, type Text } from './scenario-meta';
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
  /** Title and lesson in every language the file gives (`title.zh`, `lesson.zh`). */
  text: { title: Text; lesson: Text };
  /** Minimum Python version (`# requires:`), if any. */
  requires: string | null;
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
  /** Presenter steps (`# step:`) and speaker notes (`# note:`), empty when the file has none (docs/talks.md). */
  steps: Caption[];
  notes: Caption[];
  exitCode: number;
  /** The what-if knobs the player renders (`# knob:` comments). */
  knobs: Knob[];
  /** True when the program behaves differently under Python 3.11 (so the player offers "3.11 vs 3.14"). */
  pythonDiffers: boolean;
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
    text: { title: { ...meta.title, en: title }, lesson: { ...meta.lesson, en: meta.lesson.en || title } },
    requires: meta.requires ?? null,
    captions: meta.captions,
    steps: meta.steps ?? [],
    notes: meta.notes ?? [],
    knobs: meta.knobs,
    pythonDiffers: differsUnder311(id, source, result.stdout, result.events),
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
    const { trace, exitCode, captions, steps, notes, knobs, pythonDiffers, ...summary } = loadScenario(id)!;
    return summary;
  });
}

/** Whether 3.11 tells a different story (output or tasks) than the default 3.14, for scenarios that run on 3.11. */
function differsUnder311(id: string, source: string, stdout: string, events: TraceEvent[]): boolean {
  const { meta } = readScenarioMeta(id, source);
  if (meta.requires && meta.requires !== '3.11') return false;
  const old = loadTrace(id, '3.11');
  if (!old) return false;
  const tasks = (evs: readonly TraceEvent[]) => evs.filter((e) => e.kind === 'task.create').length;
  return old.stdout !== stdout || tasks(old.trace) !== tasks(events);
}

/** The Python versions a trace can be computed for (the compare page's `py=3.11,3.14`). */
export const PYTHONS = ['3.11', '3.14'] as const;
export type Python = (typeof PYTHONS)[number];

/** What the compare page fetches for one side: one scenario simulated under one Python version. */
export interface TraceFile {
  id: string;
  python: Python;
  text: { title: Text; lesson: Text };
  source: string;
  captions: Caption[];
  stdout: string;
  end: number;
  trace: TraceEvent[];
}

const traceCache = new Map<string, TraceFile | null>();

/** One scenario under one Python version; null for an unknown id or a version the file does not support. */
export function loadTrace(id: string, python: Python): TraceFile | null {
  const key = `${python}/${id}`;
  if (traceCache.has(key)) return traceCache.get(key)!;
  const source = sources[`/scenarios/${id}.py`];
  let file: TraceFile | null = null;
  if (source !== undefined) {
    const { meta } = readScenarioMeta(id, source);
    const supported = !meta.requires || Number(meta.requires.split('.')[1]) <= Number(python.split('.')[1]);
    if (supported) {
      const result = simulate(source, { file: `${id}.py`, python });
      const title = meta.title.en || titleOf(id);
      file = {
        id,
        python,
        text: { title: { ...meta.title, en: title }, lesson: { ...meta.lesson, en: meta.lesson.en || title } },
        source,
        captions: meta.captions,
        stdout: result.stdout,
        end: result.events.length ? result.events[result.events.length - 1].t : 0,
        trace: result.events
      };
    }
  }
  traceCache.set(key, file);
  return file;
}
