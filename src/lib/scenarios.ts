/**
 * The scenario library as the site sees it: each `scenarios/<id>.py`, simulated once, summarised for display.
 * Vite inlines the sources at build time, so the static site needs no file system or network at run time.
 */
import { simulate } from './simulate';

const sources = import.meta.glob('/scenarios/*.py', { query: '?raw', import: 'default', eager: true }) as Record<
  string,
  string
>;

export interface ScenarioSummary {
  id: string;
  title: string;
  source: string;
  stdout: string;
  stderr: string;
  tasks: number;
  events: number;
  end: number;
}

/** The title is the first line of the module docstring or leading comment; else the id. */
function titleOf(id: string, source: string): string {
  const doc = /^\s*(?:"""|''')\s*(.+)/.exec(source) ?? /^\s*#\s*(.+)/.exec(source);
  return doc ? doc[1].trim() : id;
}

export function loadScenarios(): ScenarioSummary[] {
  return Object.entries(sources)
    .map(([path, source]) => {
      const id = path.replace(/^.*\/(.+)\.py$/, '$1');
      const result = simulate(source, { file: `${id}.py` });
      const last = result.events[result.events.length - 1];
      return {
        id,
        title: titleOf(id, source),
        source,
        stdout: result.stdout,
        stderr: result.stderr,
        tasks: result.events.filter((e) => e.kind === 'task.create').length,
        events: result.events.length,
        end: last ? last.t : 0
      };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}
