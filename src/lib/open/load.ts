/**
 * Loading a recording for /open: from a File (file input, drop) or a same-origin URL (`?trace=`), read as a stream
 * so a big file never exists as one string, parsed line by line as it arrives (TraceTextReader), with progress in
 * bytes, then validated. The player's own model keeps the timeline in typed columns (~28 bytes per event,
 * docs/performance.md). Errors are TraceImportError only (a catalog code and the line).
 */
import { TraceImportError, TraceTextReader } from '../trace/validate';
import type { TraceEvent } from '../trace/events';

export interface LoadProgress {
  phase: 'read' | 'validate';
  loaded: number;
  /** Bytes in all (0 when the server did not say). */
  total: number;
}

/** Reads a byte stream into a validated trace, reporting progress after each chunk (the page repaints between). */
export async function readTraceStream(
  stream: ReadableStream<Uint8Array>,
  total: number,
  onProgress: (p: LoadProgress) => void
): Promise<TraceEvent[]> {
  const reader = new TraceTextReader();
  const decoder = new TextDecoder('utf-8');
  const bytes = stream.getReader();
  let loaded = 0;
  for (;;) {
    const { done, value } = await bytes.read();
    if (done) break;
    loaded += value.length;
    reader.push(decoder.decode(value, { stream: true }));
    onProgress({ phase: 'read', loaded, total: Math.max(total, loaded) });
  }
  reader.push(decoder.decode());
  onProgress({ phase: 'validate', loaded, total: Math.max(total, loaded) });
  // one task for the browser to paint "validating…" before the synchronous check
  await new Promise((r) => setTimeout(r, 0));
  return reader.end();
}

export function readTraceFile(file: File, onProgress: (p: LoadProgress) => void): Promise<TraceEvent[]> {
  return readTraceStream(file.stream(), file.size, onProgress);
}

/**
 * The `?trace=` address as a URL on this origin, or AIO-T020 for any other origin (nothing is fetched from other
 * sites; data:, blob: and javascript: are other origins too).
 */
export function sameOriginTraceUrl(value: string, origin: string): URL {
  let url: URL;
  try {
    url = new URL(value, origin + '/');
  } catch {
    throw new TraceImportError('AIO-T020', { url: value.slice(0, 200) }, null);
  }
  if (url.origin !== origin || !/^https?:$/.test(url.protocol))
    throw new TraceImportError('AIO-T020', { url: url.href.slice(0, 200) }, null);
  return url;
}

/** Fetches a same-origin trace (redirects elsewhere are refused too) and reads it like a file. */
export async function readTraceUrl(
  value: string,
  origin: string,
  onProgress: (p: LoadProgress) => void
): Promise<TraceEvent[]> {
  const url = sameOriginTraceUrl(value, origin);
  let res: Response;
  try {
    res = await fetch(url, { credentials: 'same-origin', redirect: 'error' });
  } catch (e) {
    throw new TraceImportError('AIO-T021', { url: url.pathname, detail: String(e).slice(0, 200) }, null);
  }
  if (!res.ok || !res.body)
    throw new TraceImportError('AIO-T021', { url: url.pathname, detail: `HTTP ${res.status}` }, null);
  return readTraceStream(res.body, Number(res.headers.get('content-length') ?? 0), onProgress);
}

/** Recordings up to this many events open at their end; longer ones at their start. */
export const START_AT_END_MAX = 100_000;

/**
 * The page's query for a recording just opened: the player starts where the query says (a shared moment), else at the
 * end (the whole story at once) — but a big recording at its start, because the console pane draws every line
 * printed up to the cursor, which at the end of 10^6 events is tens of thousands of rows. `url`: the `?trace=`
 * address (kept, so the link shares the moment), or null for a local file.
 */
export function openingQuery(search: string, url: string | null, events: number): string {
  const q = new URLSearchParams(search);
  if (!q.has('cursor')) q.set('cursor', String(events <= START_AT_END_MAX ? events - 1 : 0));
  if (url) q.set('trace', url);
  else q.delete('trace');
  return q.toString();
}
