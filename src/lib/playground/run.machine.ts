import { assign, fromPromise, setup } from 'xstate';
import type { TraceEvent } from '../trace/events';
import { diagnose, timeoutDiagnostic, type Diagnostic } from './diagnose';
import type { SimOutcome } from './sim-client';

/**
 * The playground's run lifecycle: an edit waits out a debounce, then the program runs in the worker, then what it did
 * is shown. "A run is a run, to its end": a program that raised, called sys.exit, hit a budget (AIO-R…) or got stuck
 * still ran, and its own trace up to that point is shown (`shown`, with its `problem`). Only a program that cannot
 * start — a syntax error, an unsupported construct, no answer from the worker — has nothing of its own to show: the
 * last run that did start stays on screen, marked as the earlier run (`stale`), or, when there is none, `failed`.
 *
 *   editing ──EDIT──► debouncing ──(after DEBOUNCE)──► running ──► shown | stale | failed
 *      │                  ▲  EDIT restarts the wait       │ EDIT ─► debouncing (this run's answer is dropped)
 *      └──RUN─────────────┴──────────────────────────────►┘ RUN (a knob, a reset) runs at once
 *
 * Invariants: `shown` is the newest run that started, and only a run whose answer arrived in `running` (for the
 * newest request) can replace it; `problem` belongs to the newest answered run; `runs` counts answers accepted.
 * No timer or worker lives here: the debounce is an XState delay (tests use a simulated clock) and the run is the
 * `simulate` actor the page provides.
 */

export interface ShownRun {
  events: TraceEvent[];
  source: string;
  stderr: string;
  exitCode: number;
  /** Counts up with every run shown (a new trace for the player). */
  version: number;
}

/** What an answer from the worker means for the page. */
export type RunVerdict =
  | { kind: 'ran'; run: Omit<ShownRun, 'version'>; problem: Diagnostic | null }
  | { kind: 'cannot-start'; problem: Diagnostic };

/** Catalog codes of programs that never started: AIO-P… (syntax) and AIO-U… (unsupported construct or module). */
const CANNOT_START = /^AIO-[PU]/;

/** Sorts a worker answer: a trace to show (whatever the exit), or a reason there is none. */
export function verdictOf(
  outcome: Exclude<SimOutcome, { kind: 'superseded' }>,
  source: string,
  file: string
): RunVerdict {
  if (outcome.kind === 'timeout') return { kind: 'cannot-start', problem: timeoutDiagnostic(outcome.ms / 1000) };
  const reply = outcome.reply;
  if (!reply.ok)
    return { kind: 'cannot-start', problem: { line: null, col: 0, code: 'crash', message: reply.crash, hint: '' } };
  const problem = diagnose(reply, file);
  if (problem && CANNOT_START.test(problem.code)) return { kind: 'cannot-start', problem };
  return {
    kind: 'ran',
    run: { events: reply.events, source, stderr: reply.stderr, exitCode: reply.exitCode },
    problem
  };
}

export interface RunContext {
  /** The program the next run sends (knobs already applied). */
  source: string;
  file: string;
  shown: ShownRun | null;
  problem: Diagnostic | null;
  /** Answers accepted so far. */
  runs: number;
  /** The newest answer could not start, so `shown` is an earlier run. */
  earlier: boolean;
}

export type RunEvent =
  /** The code changed: run it once the typing pauses. */
  | { type: 'EDIT'; source: string }
  /** Run now (a knob moved, the page opened, a reset). */
  | { type: 'RUN'; source: string };

export const DEBOUNCE_MS = 300;

export const runMachine = setup({
  types: {
    context: {} as RunContext,
    events: {} as RunEvent,
    input: {} as { file: string }
  },
  actors: {
    /** Provided by the page (the worker client); answers the run of `source`. */
    simulate: fromPromise<SimOutcome, { source: string }>(() => {
      throw new Error('runMachine: provide a simulate actor');
    })
  },
  delays: { DEBOUNCE: DEBOUNCE_MS },
  actions: {
    take: assign({ source: ({ event }) => event.source })
  }
}).createMachine({
  id: 'playgroundRun',
  context: ({ input }) => ({ source: '', file: input.file, shown: null, problem: null, runs: 0, earlier: false }),
  initial: 'editing',
  on: {
    EDIT: { target: '.debouncing', actions: 'take', reenter: true },
    RUN: { target: '.running', actions: 'take', reenter: true }
  },
  states: {
    editing: {},
    debouncing: {
      after: { DEBOUNCE: 'running' }
    },
    running: {
      invoke: {
        src: 'simulate',
        input: ({ context }) => ({ source: context.source }),
        onDone: [
          // An older request that a newer one replaced in the client's queue: nothing to show, keep waiting.
          { guard: ({ event }) => event.output.kind === 'superseded' },
          {
            target: 'decide',
            actions: assign(({ context, event }) => {
              const outcome = event.output as Exclude<SimOutcome, { kind: 'superseded' }>;
              const verdict = verdictOf(outcome, context.source, context.file);
              const runs = context.runs + 1;
              if (verdict.kind === 'cannot-start') return { problem: verdict.problem, runs, earlier: true };
              const version = (context.shown?.version ?? 0) + 1;
              return { shown: { ...verdict.run, version }, problem: verdict.problem, runs, earlier: false };
            })
          }
        ],
        onError: {
          target: 'decide',
          actions: assign(({ context, event }) => ({
            runs: context.runs + 1,
            earlier: true,
            problem: { line: null, col: 0, code: 'crash', message: String(event.error), hint: '' }
          }))
        }
      }
    },
    /** Transient: where the answer leaves the page. */
    decide: {
      always: [
        { guard: ({ context }) => context.shown !== null && !context.earlier, target: 'shown' },
        { guard: ({ context }) => context.shown !== null, target: 'stale' },
        { target: 'failed' }
      ]
    },
    /** The newest run is on screen (it may have ended in an exception: `problem` says so). */
    shown: {},
    /** The newest program could not start; the earlier run stays on screen, dimmed and labelled. */
    stale: {},
    /** Nothing has run yet that could be shown. */
    failed: {}
  }
});
