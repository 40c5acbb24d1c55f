/**
 * Delta debugging for Python programs: shrink a program while `keeps(source)` stays true (the divergence persists).
 *
 * Units are statements: a line together with the indented block under it, so removals keep the program's
 * structure; a block left empty gets `pass`. First ddmin-style passes remove chunks of units (halves, quarters, ...),
 * then single units until no removal keeps the divergence (1-minimal). A removal that makes the program invalid
 * simply fails the predicate (the predicate should return false when the oracle reports a SyntaxError).
 */

export type Predicate = (source: string) => boolean | Promise<boolean>;

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

function isBlank(line: string): boolean {
  const t = line.trim();
  return t === '' || t.startsWith('#');
}

/** [start, end) of the statement starting at line i (the line plus its deeper-indented block). */
function unitEnd(lines: readonly string[], i: number): number {
  const base = indentOf(lines[i]!);
  let j = i + 1;
  for (;;) {
    while (j < lines.length && (isBlank(lines[j]!) || indentOf(lines[j]!) > base)) j++;
    // A compound statement goes on with its else/elif/except/finally clauses at the same indentation.
    if (j < lines.length && indentOf(lines[j]!) === base && /^(else|elif|except|finally)\b/.test(lines[j]!.trim())) {
      j++;
      continue;
    }
    break;
  }
  // Trailing blank lines belong to nobody.
  while (j > i + 1 && isBlank(lines[j - 1]!)) j--;
  return j;
}

/** Removes the given statement starts (each with its block) and repairs empty blocks with `pass`. */
function removeUnits(lines: readonly string[], starts: ReadonlySet<number>): string[] {
  const drop = new Set<number>();
  for (const s of starts) for (let k = s; k < unitEnd(lines, s); k++) drop.add(k);
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (drop.has(i)) continue;
    out.push(lines[i]!);
  }
  return repair(out);
}

function repair(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    out.push(line);
    if (!isBlank(line) && line.trimEnd().endsWith(':')) {
      let j = i + 1;
      while (j < lines.length && isBlank(lines[j]!)) j++;
      if (j >= lines.length || indentOf(lines[j]!) <= indentOf(line)) out.push(' '.repeat(indentOf(line) + 4) + 'pass');
    }
  }
  return out;
}

/** Progress measure: statements other than the `pass` fillers. */
function weight(lines: readonly string[]): number {
  return lines.filter((l) => !isBlank(l) && l.trim() !== 'pass').length;
}

function statementStarts(lines: readonly string[]): number[] {
  const starts: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (isBlank(lines[i]!)) continue;
    const t = lines[i]!.trim();
    // Continuation keywords are part of the statement before them.
    if (/^(else|elif|except|finally)\b/.test(t)) continue;
    if (/^(import |from )/.test(t) && indentOf(lines[i]!) === 0) continue; // keep imports: cheap and harmless
    starts.push(i);
  }
  return starts;
}

export interface MinimizeResult {
  source: string;
  /** Predicate evaluations spent. */
  tries: number;
}

export async function minimize(source: string, keeps: Predicate, maxTries = 400): Promise<MinimizeResult> {
  let lines = source.replace(/\n+$/, '').split('\n');
  let tries = 0;
  const attempt = async (candidate: string[]): Promise<boolean> => {
    if (tries >= maxTries) return false;
    tries++;
    return await keeps(candidate.join('\n') + '\n');
  };

  // ddmin over chunks of statements, coarse to fine.
  let chunks = 2;
  for (;;) {
    const starts = statementStarts(lines);
    if (starts.length === 0 || tries >= maxTries) break;
    const size = Math.ceil(starts.length / chunks);
    let removed = false;
    for (let c = starts.length - size; c > -size; c -= size) {
      const group = new Set(starts.slice(Math.max(0, c), c + size));
      const candidate = removeUnits(lines, group);
      if (weight(candidate) < weight(lines) && (await attempt(candidate))) {
        lines = candidate;
        removed = true;
        break;
      }
    }
    if (removed) continue; // statement list changed: recompute with the same granularity
    if (size <= 1) break;
    chunks *= 2;
  }

  // Single statements until a fixpoint (the ddmin pass above may stop early on the try budget).
  let changed = true;
  while (changed && tries < maxTries) {
    changed = false;
    const starts = statementStarts(lines);
    for (let k = starts.length - 1; k >= 0; k--) {
      const candidate = removeUnits(lines, new Set([starts[k]!]));
      if (weight(candidate) < weight(lines) && (await attempt(candidate))) {
        lines = candidate;
        changed = true;
        break;
      }
    }
  }
  // Collapse the runs of blank lines that removals leave behind.
  const tidy = lines.filter((l, i) => !(isBlank(l) && l.trim() === '' && i > 0 && lines[i - 1]!.trim() === ''));
  return { source: tidy.join('\n') + '\n', tries };
}
