import type { LoopState } from '../timeline';
import { toneVar } from './player-model';

/**
 * What the player's CodePane and the embed's EmbedCode both read off the loop state: the active line, its colour,
 * where waiting tasks are parked, and keeping the active line in view. Pure (no Lezer, no d3), so the embed can use it.
 */

/** The running task's line, or between steps the line of the current event. */
export function activeLineOf(loop: LoopState, eventLine: number | null): number | null {
  return loop.running?.line ?? eventLine;
}

/** The running task's colour, or the loop's neutral tone between steps. */
export function activeToneOf(loop: LoopState, toneByName: Map<string, string>): string {
  return loop.running ? toneVar(toneByName.get(loop.running.task)) : 'var(--tone-loop)';
}

/** Waiting tasks by the 1-based line they are parked on, in the loop's order. */
export function parkedByLine(loop: LoopState): Record<number, string[]> {
  const byLine: Record<number, string[]> = {};
  for (const t of loop.waiting) {
    if (t.line === null) continue;
    byLine[t.line] = [...(byLine[t.line] ?? []), t.name];
  }
  return byLine;
}

/**
 * Scroll the pane (never the page) so the row with `data-line={line}` is in view, with a third of the pane above it;
 * a row already comfortably visible leaves the pane where it is.
 */
export function scrollLineIntoView(scroller: HTMLElement, line: number): void {
  const row = scroller.querySelector<HTMLElement>(`[data-line="${line}"]`);
  if (!row) return;
  const top = row.offsetTop;
  const bottom = top + row.offsetHeight;
  if (top < scroller.scrollTop + 8 || bottom > scroller.scrollTop + scroller.clientHeight - 8) {
    scroller.scrollTop = Math.max(0, top - scroller.clientHeight / 3);
  }
}
