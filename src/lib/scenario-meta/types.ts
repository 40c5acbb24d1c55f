/** What a scenario file declares about itself in comments (syntax: docs/scenarios.md). */

/** English text with an optional Simplified Chinese version. */
export interface Text {
  en: string;
  zh?: string;
}

/**
 * A narration caption: shown when the trace reaches an event on `line` (of kind `on`, when given) and kept until
 * another caption is reached.
 */
export interface Caption {
  /** 1-based line of the statement it explains (the first line of a multi-line statement). */
  line: number;
  /** Only events of this trace kind trigger it (e.g. `task.resume`); any event on the line when absent. */
  on?: string;
  text: Text;
}

interface KnobBase {
  /** The module-level constant, e.g. `DELAY`. */
  name: string;
  /** 1-based line of the assignment. */
  line: number;
  /** What the slider/switch is labelled with (defaults to the constant's name). */
  label: Text;
}

/** A number slider: `min..max step s`. `int` when every bound, the step and the default are integer literals. */
export interface RangeKnob extends KnobBase {
  type: 'int' | 'float';
  min: number;
  max: number;
  step: number;
  default: number;
}

export interface BoolKnob extends KnobBase {
  type: 'bool';
  default: boolean;
}

/** A choice between literals (strings or numbers); `source` is each choice's literal exactly as written. */
export interface ChoiceKnob extends KnobBase {
  type: 'choice';
  choices: { value: string | number; source: string }[];
  default: string | number;
}

export type Knob = RangeKnob | BoolKnob | ChoiceKnob;
export type KnobValue = number | boolean | string;

export interface ScenarioMeta {
  id: string;
  /** The first comment line of the file (not a directive); `title.zh` gives the Chinese one. */
  title: Text;
  /** The one idea the scenario teaches (falls back to the title when the file has no `# lesson:` line). */
  lesson: Text;
  /** In line order; on one line, the plain caption first, then the event-specific ones in file order. */
  captions: Caption[];
  /** In line order. */
  knobs: Knob[];
  /**
   * Presenter steps (`# step:`), in line order: the clicker stops on this line's events (of kind `on`). The text
   * (may be empty) names the step in the presenter window. Absent: the default steps (presenter/steps.ts).
   */
  steps?: Caption[];
  /** Speaker notes (`# note:`), in line order: shown in the presenter window from their line's event on. */
  notes?: Caption[];
  /** Minimum Python version, e.g. `3.12`. */
  requires?: string;
  /** The id of the scenario this one is canonically compared with. */
  compare?: string;
}

/** One thing wrong with a file's metadata. */
export interface MetaProblem {
  line: number;
  message: string;
}
