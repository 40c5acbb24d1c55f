import { gapPlaybackSeconds, type Pacing } from '../timeline';
import type { TraceEvent } from '../trace/events';
import type { Caption, Text } from '../scenario-meta';
import { spacedTicks } from './axis-ticks';
import { uOfTime, type EventAxis } from './event-axis';

/** One side of a comparison: a scenario's trace under one Python version (what /traces/<python>/<id>.json holds). */
export interface CompareSide {
  id: string;
  python: string;
  text: { title: Text; lesson: Text };
  captions: Caption[];
  end: number;
  trace: TraceEvent[];
}

/**
 * One time axis for two traces, so "3.0 s" and "2.0 s" sit at the same x in both timelines.
 *
 * Like the player's event axis, each instant gets a burst of event slots (so the many steps at one virtual time stay
 * visible), but here the bursts are shared: the burst at time t is as wide as the longer of the two traces' bursts at t,
 * and both traces' events at t start at the burst's start. Time between instants takes space by the pacing (in
 * proportion for `virtual`, squeezed like the playback for `compressed`), the same for both traces.
 *
 * The one ruler for both timelines is `ruler`: an event axis over the shared steps, so its time → position mapping
 * (ticks, labels) knows every instant of either trace and gives one x for one t; the per-trace axes only place their
 * own events (their own time → position interpolation would differ between instants the other trace has).
 *
 * The shared cursor moves over `steps`: one per slot position of either trace, in axis order. At step k each trace
 * shows its state after its last event at or before that position (`cursors[i][k]`), i.e. both at the same moment.
 *
 * Invariants: within each trace `uOfSeq` is strictly increasing and events at the same virtual time share a burst
 * start; `uOfStep` is strictly increasing; both axes have the same `totalUnits` (the end of the longer run), so the
 * shorter run's last event lies before its axis end.
 */
export interface SharedAxes {
  pacing: Pacing;
  axes: [EventAxis, EventAxis];
  /** The shared steps as one axis: uOfSeq = uOfStep, tOfSeq = the steps' times. Ticks and labels come from here. */
  ruler: EventAxis;
  /** One pseudo-event per shared step (seq = step index), for the playback track's pacing and navigation. */
  steps: TraceEvent[];
  uOfStep: Float64Array;
  /** Per trace, the event seq shown at each step (0 before the trace's first event). */
  cursors: [Int32Array, Int32Array];
  totalUnits: number;
}

/** Events by virtual time: for each distinct time (ascending), the seqs of this trace's events at it. */
function bursts(events: readonly TraceEvent[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  events.forEach((ev, i) => {
    const list = out.get(ev.t);
    if (list) list.push(i);
    else out.set(ev.t, [i]);
  });
  return out;
}

export function buildSharedAxes(
  a: readonly TraceEvent[],
  b: readonly TraceEvent[],
  pacing: Pacing = 'virtual'
): SharedAxes {
  const traces = [a, b] as const;
  const byTime = traces.map(bursts);
  const times = [...new Set([...byTime[0].keys(), ...byTime[1].keys()])].sort((x, y) => x - y);
  const slots = times.map((t) => Math.max(byTime[0].get(t)?.length ?? 0, byTime[1].get(t)?.length ?? 0));
  const totalSlots = slots.reduce((s, n) => s + n, 0);
  let gapTotal = 0;
  for (let k = 1; k < times.length; k++) gapTotal += gapPlaybackSeconds(times[k] - times[k - 1], pacing);
  // Instants take half the width, as on the player's own axis.
  const eventUnits = gapTotal > 0 ? gapTotal / Math.max(1, totalSlots - 1) : 1;

  const start: number[] = [];
  for (let k = 0; k < times.length; k++) {
    start.push(
      k === 0 ? 0 : start[k - 1] + slots[k - 1] * eventUnits + gapPlaybackSeconds(times[k] - times[k - 1], pacing)
    );
  }
  const last = times.length - 1;
  const totalUnits = Math.max(last >= 0 ? start[last] + (slots[last] - 1) * eventUnits : 0, eventUnits);

  const axes = traces.map((events, i): EventAxis => {
    const uOfSeq = new Float64Array(events.length);
    const tOfSeq = new Float64Array(events.length);
    times.forEach((t, k) => {
      (byTime[i].get(t) ?? []).forEach((seq, j) => {
        uOfSeq[seq] = start[k] + j * eventUnits;
        tOfSeq[seq] = t;
      });
    });
    return { pacing, uOfSeq, tOfSeq, totalUnits, eventUnits };
  }) as [EventAxis, EventAxis];

  const steps: TraceEvent[] = [];
  const uOfStep: number[] = [];
  const cursors: [number[], number[]] = [[], []];
  const seen = [-1, -1];
  times.forEach((t, k) => {
    for (let j = 0; j < slots[k]; j++) {
      let shown: TraceEvent | null = null;
      for (const i of [0, 1]) {
        const seq = byTime[i].get(t)?.[j];
        if (seq !== undefined) {
          seen[i] = seq;
          // The step navigates like trace A's event when A has one here (prints and loop ticks of either count).
          const ev = traces[i][seq];
          if (!shown || (ev.kind === 'print' && shown.kind !== 'print')) shown = ev;
        }
        cursors[i].push(Math.max(0, seen[i]));
      }
      steps.push({ ...shown!, seq: steps.length } as TraceEvent);
      uOfStep.push(start[k] + j * eventUnits);
    }
  });

  const stepU = Float64Array.from(uOfStep);
  const ruler: EventAxis = {
    pacing,
    uOfSeq: stepU,
    tOfSeq: Float64Array.from(steps, (s) => s.t),
    totalUnits,
    eventUnits
  };
  return {
    pacing,
    axes,
    ruler,
    steps,
    uOfStep: stepU,
    cursors: [Int32Array.from(cursors[0]), Int32Array.from(cursors[1])],
    totalUnits
  };
}

/** One tick of the shared ruler: a round time (virtual seconds) and its axis position, the same for both traces. */
export interface RulerTick {
  t: number;
  u: number;
}

/** Closest two labelled ticks may be, in pixels ("2.5 s" is about 30 px wide at the axis' font size). */
export const RULER_MIN_GAP_PX = 44;

/**
 * The ruler's ticks for a plot `widthPx` wide: round times, as many as fit. The instants' bursts take much of the
 * width, so evenly spaced times are not evenly spaced on the axis: start from about one per 90 px (as the player's
 * axis) and take fewer, rounder ones until no two labels are closer than RULER_MIN_GAP_PX.
 */
export function rulerTicks(shared: SharedAxes, widthPx: number): RulerTick[] {
  // The player's axis rule (axis-ticks.ts: coarser round ticks until labels keep their distance), on the plot's x.
  const xOfU = (u: number) => plotX(u, shared.totalUnits, widthPx);
  const props = { axis: shared.ruler, xOfU, u0: 0, u1: shared.totalUnits, width: widthPx };
  return spacedTicks(props, RULER_MIN_GAP_PX).map(({ t }) => ({ t, u: uOfTime(shared.ruler, t, 'start') }));
}

/**
 * Axis units → pixels inside a plot `widthPx` wide: the scale Timeline.svelte gives its lanes when not zoomed
 * (24 px padding on the left, 24 + 18 on the right), so the ruler and the playhead sit on the lanes' x.
 */
export const PLOT_PAD_LEFT = 24;
export const PLOT_PAD_RIGHT = 24 + 18;
export function plotX(u: number, totalUnits: number, widthPx: number): number {
  const span = Math.max(1, widthPx - PLOT_PAD_LEFT - PLOT_PAD_RIGHT);
  return PLOT_PAD_LEFT + (totalUnits > 0 ? u / totalUnits : 0) * span;
}
