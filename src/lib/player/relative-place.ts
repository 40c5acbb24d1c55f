/**
 * The event a cursor should land on when the trace under it is replaced by one of `total` events (a re-run after a
 * what-if knob changed): the same fraction of the way through. The first stays first and the last stays last.
 */
export function sameRelativePlace(cursor: number, oldTotal: number, total: number): number {
  if (total <= 1 || oldTotal <= 1) return 0;
  return Math.min(total - 1, Math.max(0, Math.round((cursor / (oldTotal - 1)) * (total - 1))));
}
