/**
 * A hand-written schema check for Chrome Trace Event Format files (the JSON object form), strict where viewers are
 * strict and where our exporter promises more. Used by the unit tests and the e2e test on downloaded files.
 *
 * Checks:
 *  - the root is `{traceEvents: [...]}` (displayTimeUnit, if present, is 'ms' or 'ns'; otherData an object);
 *  - every event has a known `ph`, a non-empty string `name`, integer `pid` and `tid`, and (except metadata) a finite
 *    `ts` ≥ 0; per phase: X has `dur` ≥ 0; i has scope `s` in g/p/t; s/t/f have an `id` and a `cat`, f's `bp` is 'e'
 *    if given; M is process_name/thread_name (args.name a string) or *_sort_index (args.sort_index an integer);
 *  - every track an event lands on has a `thread_name`;
 *  - X slices of one track come in time order and do not overlap (compared in integer nanoseconds);
 *  - flow ids are matched: exactly one 's' and one 'f' per id, the same name and cat, the 'f' not before the 's';
 *  - each flow end lies strictly inside an X slice of its own track (so viewers bind it to that slice).
 */

const PHASES = new Set(['X', 'B', 'E', 'i', 'I', 's', 't', 'f', 'M', 'C']);
const META = new Set(['process_name', 'thread_name', 'process_sort_index', 'thread_sort_index', 'process_labels']);

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const ns = (us: number) => Math.round(us * 1000);

export function checkChromeTrace(root: unknown, maxErrors = 20): string[] {
  const errors: string[] = [];
  const err = (m: string) => {
    if (errors.length < maxErrors) errors.push(m);
  };
  if (!isObj(root) || !Array.isArray(root.traceEvents)) return ['root must be an object with a traceEvents array'];
  if (root.displayTimeUnit !== undefined && root.displayTimeUnit !== 'ms' && root.displayTimeUnit !== 'ns')
    err('displayTimeUnit must be "ms" or "ns"');
  if (root.otherData !== undefined && !isObj(root.otherData)) err('otherData must be an object');

  const named = new Set<string>();
  const used = new Set<string>();
  const slices = new Map<string, [number, number][]>();
  const flows = new Map<string, { s: Record<string, unknown>[]; f: Record<string, unknown>[] }>();
  const flowEnds: { key: string; ts: number; where: string }[] = [];

  root.traceEvents.forEach((e: unknown, i: number) => {
    const where = `event ${i}`;
    if (!isObj(e)) return err(`${where}: not an object`);
    const ph = e.ph;
    if (typeof ph !== 'string' || !PHASES.has(ph)) return err(`${where}: unknown ph ${JSON.stringify(ph)}`);
    if (typeof e.name !== 'string' || e.name === '') err(`${where}: name must be a non-empty string`);
    if (!Number.isInteger(e.pid) || !Number.isInteger(e.tid)) return err(`${where}: pid and tid must be integers`);
    const key = `${e.pid}:${e.tid}`;
    if (ph === 'M') {
      if (!META.has(String(e.name))) err(`${where}: unknown metadata ${String(e.name)}`);
      if (!isObj(e.args)) return err(`${where}: metadata needs args`);
      if (String(e.name).endsWith('_name') && typeof e.args.name !== 'string')
        err(`${where}: args.name must be a string`);
      if (String(e.name).endsWith('_sort_index') && !Number.isInteger(e.args.sort_index))
        err(`${where}: args.sort_index must be an integer`);
      if (e.name === 'thread_name') named.add(key);
      return;
    }
    if (typeof e.ts !== 'number' || !Number.isFinite(e.ts) || e.ts < 0) return err(`${where}: ts must be a number ≥ 0`);
    if (e.args !== undefined && !isObj(e.args)) err(`${where}: args must be an object`);
    used.add(key);
    switch (ph) {
      case 'X': {
        if (typeof e.dur !== 'number' || !Number.isFinite(e.dur) || e.dur < 0) return err(`${where}: X needs dur ≥ 0`);
        const list = slices.get(key) ?? [];
        const start = ns(e.ts);
        const prev = list[list.length - 1];
        if (prev && start < prev[1]) err(`${where}: X slice overlaps or precedes the previous slice on tid ${e.tid}`);
        list.push([start, start + ns(e.dur)]);
        slices.set(key, list);
        break;
      }
      case 'i':
      case 'I':
        if (e.s !== undefined && e.s !== 'g' && e.s !== 'p' && e.s !== 't')
          err(`${where}: instant scope must be g/p/t`);
        break;
      case 's':
      case 't':
      case 'f': {
        if (typeof e.id !== 'number' && typeof e.id !== 'string') return err(`${where}: flow needs an id`);
        if (typeof e.cat !== 'string') err(`${where}: flow needs a cat`);
        if (ph === 'f' && e.bp !== undefined && e.bp !== 'e') err(`${where}: flow end bp must be "e"`);
        const entry = flows.get(String(e.id)) ?? { s: [], f: [] };
        if (ph === 's') entry.s.push(e);
        if (ph === 'f') entry.f.push(e);
        flows.set(String(e.id), entry);
        flowEnds.push({ key, ts: ns(e.ts), where });
        break;
      }
    }
  });

  for (const key of used) if (!named.has(key)) err(`track ${key} has no thread_name`);
  for (const [id, { s, f }] of flows) {
    if (s.length !== 1 || f.length !== 1) {
      err(`flow ${id}: ${s.length} start(s) and ${f.length} end(s), expected one each`);
      continue;
    }
    if (s[0].name !== f[0].name || s[0].cat !== f[0].cat) err(`flow ${id}: start and end differ in name or cat`);
    if ((f[0].ts as number) < (s[0].ts as number)) err(`flow ${id}: ends before it starts`);
  }
  for (const end of flowEnds) {
    const list = slices.get(end.key) ?? [];
    // Slices of a track are sorted and disjoint: binary search the last one starting before ts.
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const m = (lo + hi) >>> 1;
      if (list[m][0] < end.ts) lo = m + 1;
      else hi = m;
    }
    const slice = list[lo - 1];
    if (!slice || !(slice[0] < end.ts && end.ts < slice[1]))
      err(`${end.where}: flow end is not inside a slice of its track`);
  }
  return errors;
}
