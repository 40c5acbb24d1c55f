import type { TraceEvent } from '../trace/events';

/**
 * The trace as a JSON v1 file: one JSON array, one event per line, so it is both valid JSON (what
 * `parseTraceJsonl` accepts as an array) and readable/diffable line by line.
 */
export function traceJson(events: readonly TraceEvent[]): string {
  return `[\n${events.map((e) => JSON.stringify(e)).join(',\n')}\n]\n`;
}

/** `say_after-at-42.svg`: the file's stem, the cursor when the file shows a moment, and the extension. */
export function exportFileName(file: string, ext: string, cursor?: number): string {
  const stem =
    file
      .replace(/\.py$/, '')
      .replace(/[^\w.-]+/g, '_')
      .replace(/^\.+/, '') || 'trace';
  return cursor === undefined ? `${stem}.${ext}` : `${stem}-at-${cursor}.${ext}`;
}
