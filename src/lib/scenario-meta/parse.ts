/**
 * Reads a scenario's metadata from its comments (syntax: docs/scenarios.md). The file stays plain Python: every
 * piece of metadata is a comment, so CPython runs it unchanged.
 *
 * Directives are comments of the form `# key: value` with key one of title.zh, lesson, lesson.zh, requires,
 * compare, knob, caption, caption.zh (captions may carry `@event.kind`). Any other comment is ordinary and ignored.
 */
import type { TraceEventKind } from '../trace/events';
import { readKnob, type KnobSite } from './knobs';
import { isBlank, isCommentOnly, scanLines, type SourceLine } from './lines';
import type { Caption, Knob, MetaProblem, ScenarioMeta, Text } from './types';

/** Every trace v1 kind (the Record makes the compiler check the list against the trace schema). */
const EVENT_KINDS: Record<TraceEventKind, true> = {
  'run.start': true,
  'task.create': true,
  'task.ready': true,
  'task.resume': true,
  'task.suspend': true,
  'task.done': true,
  'task.cancel': true,
  print: true,
  'loop.block': true,
  'loop.tick': true,
  'timer.add': true,
  'timer.fire': true,
  'timer.cancel': true,
  'callback.ready': true,
  'callback.run': true,
  'queue.change': true,
  'thread.start': true,
  'thread.end': true,
  warning: true,
  'loop.exception': true,
  'run.shutdown': true,
  'loop.stuck': true,
  error: true,
  exit: true
};

const DIRECTIVE =
  /^(title\.zh|lesson|lesson\.zh|requires|compare|knob|(?:caption|step|note)(?:\.zh)?(?:@[A-Za-z.]+)?)\s*:\s*(.*)$/;

/** The three line-anchored directives: narration captions, presenter steps (clicker stops), speaker notes. */
type Channel = 'caption' | 'step' | 'note';

/** Thrown by parseScenarioMeta / applyKnobs; `problems` lists every issue found, each with its line. */
export class ScenarioMetaError extends Error {
  constructor(
    readonly id: string,
    readonly problems: MetaProblem[]
  ) {
    super(problems.map((p) => `${id}.py:${p.line}: ${p.message}`).join('\n'));
    this.name = 'ScenarioMetaError';
  }
  /** Line of the first problem. */
  get line(): number {
    return this.problems[0]?.line ?? 0;
  }
}

export interface MetaReading {
  /** The metadata, leaving out whatever was malformed. */
  meta: ScenarioMeta;
  /** Empty when the file's metadata is well-formed. */
  problems: MetaProblem[];
  /** Where each knob's literal is, for applyKnobs. */
  sites: KnobSite[];
  /** Lines that hold nothing but metadata comments (directives and wrapped caption text), for a player that wants
   * to fold or dim them; the title line is not included. */
  metaLines: number[];
}

function titleFromId(id: string): string {
  const words = id.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Joins wrapped caption lines: a space between Latin words, nothing between Chinese characters. */
function joinWrapped(a: string, b: string): string {
  if (a === '') return b;
  if (b === '') return a;
  const cjk = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/;
  return cjk.test(a.slice(-1)) || cjk.test(b[0]!) ? a + b : `${a} ${b}`;
}

interface PendingCaption {
  channel: Channel;
  line: number; // where the directive is written
  lang: 'en' | 'zh';
  on?: string;
  text: string;
}

/** Reads everything it can and reports the rest as problems; never throws. */
export function readScenarioMeta(id: string, source: string): MetaReading {
  const lines = scanLines(source);
  const problems: MetaProblem[] = [];
  const problem = (line: number, message: string) => problems.push({ line, message });

  // Title: the first ordinary comment of the leading comment block (skipping a shebang and a coding cookie).
  let title: string | null = null;
  for (const l of lines) {
    if (isBlank(l)) continue;
    if (!isCommentOnly(l)) break;
    const c = l.comment!;
    if (l.line <= 2 && (l.text.startsWith('#!') || /coding[:=]/.test(c))) continue;
    if (DIRECTIVE.test(c) || c === '') continue;
    title = c;
    break;
  }

  const single: Partial<Record<'title.zh' | 'lesson' | 'lesson.zh' | 'requires' | 'compare', string>> = {};
  const sites: KnobSite[] = [];
  const metaLines: number[] = [];
  const captions = new Map<string, Caption>(); // key: `${channel}|${line}|${on ?? ''}`
  const captionOrder: string[] = [];
  const writtenAt = new Map<string, number>(); // key → line of its first directive, for problem reports
  let pending: PendingCaption[] = []; // full-line captions waiting for the code line below them

  const addCaption = (target: number, c: PendingCaption) => {
    const key = `${c.channel}|${target}|${c.on ?? ''}`;
    let cap = captions.get(key);
    if (!cap) {
      cap = { line: target, ...(c.on ? { on: c.on } : {}), text: { en: '' } };
      captions.set(key, cap);
      captionOrder.push(key);
      writtenAt.set(key, c.line);
    }
    const what = `${c.channel}${c.lang === 'zh' ? '.zh' : ''}${c.on ? '@' + c.on : ''}`;
    const taken = c.lang === 'en' ? cap.text.en !== '' : cap.text.zh !== undefined;
    // A step may be unnamed (`# step:`): it only marks a clicker stop.
    if (c.text === '' && c.channel !== 'step') problem(c.line, `empty ${what}`);
    else if (c.text === '') return;
    else if (taken) problem(c.line, `a second ${what} for line ${target}`);
    else if (c.lang === 'en') cap.text.en = c.text;
    else cap.text.zh = c.text;
  };

  const flushPending = (next: SourceLine | undefined) => {
    if (pending.length === 0) return;
    if (!next || isBlank(next))
      for (const c of pending)
        problem(c.line, `a ${c.channel} comment must be directly followed by the code line it explains`);
    else for (const c of pending) addCaption(next.statement, c);
    pending = [];
  };

  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const fullLine = isCommentOnly(l);
    if (l.comment === null) {
      flushPending(l);
      continue;
    }
    if (!fullLine) flushPending(l);
    const m = l.comment !== null ? DIRECTIVE.exec(l.comment) : null;
    if (!m) {
      // An ordinary full-line comment right after a caption continues its text (wrapped caption).
      const last = pending[pending.length - 1];
      if (fullLine && last && l.comment !== '') {
        last.text = joinWrapped(last.text, l.comment!);
        metaLines.push(l.line);
      }
      continue;
    }
    const key = m[1]!;
    const value = m[2]!.trim();
    if (fullLine) metaLines.push(l.line);
    if (key.startsWith('caption') || key.startsWith('step') || key.startsWith('note')) {
      const channel: Channel = key.startsWith('caption') ? 'caption' : key.startsWith('step') ? 'step' : 'note';
      const at = key.indexOf('@');
      const on = at >= 0 ? key.slice(at + 1) : undefined;
      if (on !== undefined && !(on in EVENT_KINDS)) {
        problem(l.line, `unknown event kind "${on}" in ${key} (known: ${Object.keys(EVENT_KINDS).join(', ')})`);
        continue;
      }
      const c: PendingCaption = { channel, line: l.line, lang: key.includes('.zh') ? 'zh' : 'en', on, text: value };
      if (fullLine) pending.push(c);
      else addCaption(l.statement, c);
      continue;
    }
    if (key === 'knob') {
      if (fullLine) {
        problem(l.line, 'a knob comment must trail a module-level assignment `NAME = literal`, not stand alone');
        continue;
      }
      if (l.continued) {
        problem(l.line, 'a knob comment must be on a one-line assignment');
        continue;
      }
      const site = readKnob(l.line, l.code, value);
      if (typeof site === 'string') problem(l.line, site);
      else if (sites.some((s) => s.knob.name === site.knob.name))
        problem(l.line, `knob ${site.knob.name} is declared twice`);
      else sites.push(site);
      continue;
    }
    // A header directive (title.zh, lesson, lesson.zh, requires, compare).
    flushPending(undefined);
    const k = key as keyof typeof single;
    if (!fullLine) problem(l.line, `\`${k}:\` must be a comment on its own line`);
    else if (single[k] !== undefined) problem(l.line, `\`${k}:\` is given twice`);
    else if (value === '') problem(l.line, `\`${k}:\` is empty`);
    else if (k === 'requires' && !/^3\.\d+$/.test(value))
      problem(l.line, `\`requires:\` takes a Python version like 3.12, not "${value}"`);
    else if (k === 'compare' && !/^[A-Za-z0-9_-]+$/.test(value))
      problem(l.line, `\`compare:\` takes a scenario id (a file name without .py), not "${value}"`);
    else if (k === 'compare' && value === id) problem(l.line, 'a scenario cannot be compared with itself');
    else single[k] = value;
  }
  flushPending(undefined);

  const titleEn = title ?? titleFromId(id);
  const titleText: Text = single['title.zh'] ? { en: titleEn, zh: single['title.zh'] } : { en: titleEn };
  const lesson: Text = single.lesson
    ? { en: single.lesson, ...(single['lesson.zh'] ? { zh: single['lesson.zh'] } : {}) }
    : { ...titleText };
  if (!single.lesson && single['lesson.zh']) {
    const at = lines.find((l) => l.comment?.startsWith('lesson.zh'))?.line ?? 1;
    problem(at, '`lesson.zh:` without an English `lesson:`');
  }

  const byChannel: Record<Channel, Caption[]> = { caption: [], step: [], note: [] };
  for (const key of captionOrder) {
    const c = captions.get(key)!;
    const channel = key.slice(0, key.indexOf('|')) as Channel;
    if (c.text.en === '' && channel !== 'step') {
      if (c.text.zh !== undefined)
        problem(writtenAt.get(key)!, `${channel}.zh for line ${c.line} has no English ${channel}`);
      continue;
    }
    byChannel[channel].push(c);
  }
  // Line order; on one line the catch-all caption first, then event-specific ones in file order (stable sort).
  for (const list of Object.values(byChannel))
    list.sort((a, b) => a.line - b.line || (a.on === undefined ? 0 : 1) - (b.on === undefined ? 0 : 1));
  const caps = byChannel.caption;
  problems.sort((a, b) => a.line - b.line);

  const knobs: Knob[] = sites.map((s) => s.knob).sort((a, b) => a.line - b.line);
  const meta: ScenarioMeta = {
    id,
    title: titleText,
    lesson,
    captions: caps,
    knobs,
    ...(byChannel.step.length > 0 ? { steps: byChannel.step } : {}),
    ...(byChannel.note.length > 0 ? { notes: byChannel.note } : {}),
    ...(single.requires ? { requires: single.requires } : {}),
    ...(single.compare ? { compare: single.compare } : {})
  };
  return { meta, problems, sites, metaLines };
}

/** The metadata of scenario `id`; throws ScenarioMetaError (listing every problem with its line) if malformed. */
export function parseScenarioMeta(id: string, source: string): ScenarioMeta {
  const r = readScenarioMeta(id, source);
  if (r.problems.length > 0) throw new ScenarioMetaError(id, r.problems);
  return r.meta;
}
