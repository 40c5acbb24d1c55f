/**
 * A scenario's program in another language. The file is written with English program text (what its strings print,
 * what its comments say) and lists each phrase's translation as `# text.zh: "English" -> "中文"`. `localizeSource`
 * swaps those phrases inside string literals and ordinary comments only (never in code: `timeout=3` stays), line for
 * line: the variant has exactly
 * the same lines, so captions, knobs and the trace's line numbers are shared by every language. Directive comments
 * (captions, knobs, the swaps themselves) are never touched.
 *
 * The variant is a real program in its own right: the golden and differential tests run it like the file itself.
 */
import { scanLines } from './lines';
import type { ScenarioMeta, TextSwap } from './types';

/** The languages a program's text can be shown in; English is the file as written. */
export type ProgramLang = 'en' | 'zh';

const DIRECTIVE_COMMENT = /^(title\.zh|lesson|lesson\.zh|requires|compare|seed|text\.zh|knob|caption)/;

/** Replaces every phrase of `swaps` in `text`, longest phrase first (so "task done" wins over "task"). */
function swapAll(text: string, swaps: readonly TextSwap[]): string {
  let out = text;
  for (const s of swaps) out = out.split(s.en).join(s.zh);
  return out;
}

/** The program with its text in `lang` (the source itself for English or when the file has no translation). */
export function localizeSource(source: string, meta: Pick<ScenarioMeta, 'programText'>, lang: ProgramLang): string {
  if (lang === 'en' || meta.programText.zh.length === 0) return source;
  const swaps = [...meta.programText.zh].sort((a, b) => b.en.length - a.en.length);
  const ends = source.match(/\r\n|\r|\n/g) ?? [];
  return scanLines(source)
    .map((l, i) => {
      let text = '';
      let at = 0;
      for (const [start, end] of l.strings) {
        text += l.text.slice(at, start) + swapAll(l.text.slice(start, end), swaps);
        at = end;
      }
      if (l.commentAt === null) text += l.text.slice(at);
      else {
        const comment = l.text.slice(l.commentAt);
        const directive = DIRECTIVE_COMMENT.test(l.comment ?? '');
        text += l.text.slice(at, l.commentAt) + (directive ? comment : swapAll(comment, swaps));
      }
      return text + (ends[i] ?? '');
    })
    .join('');
}

/** Phrases a file declares but never uses: a sign the program text and its translation have drifted apart. */
export function unusedSwaps(source: string, meta: Pick<ScenarioMeta, 'programText'>): TextSwap[] {
  return meta.programText.zh.filter((s) => localizeSource(source, { programText: { zh: [s] } }, 'zh') === source);
}

/** The languages a scenario's program can be run in. */
export function programLangs(meta: Pick<ScenarioMeta, 'programText'>): ProgramLang[] {
  return meta.programText.zh.length > 0 ? ['en', 'zh'] : ['en'];
}
