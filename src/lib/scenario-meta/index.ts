/**
 * Scenario metadata: title, lesson, captions, what-if knobs, `requires` and `compare`, all read from comments in a
 * scenario's Python source (syntax: docs/scenarios.md). Pure functions, no I/O.
 */
export type {
  Text,
  Caption,
  Knob,
  RangeKnob,
  BoolKnob,
  ChoiceKnob,
  KnobValue,
  ScenarioMeta,
  MetaProblem
} from './types';
export { parseScenarioMeta, readScenarioMeta, ScenarioMetaError, type MetaReading } from './parse';
export { applyKnobs } from './apply';
export { checkKnobValue, parseKnobValue, formatKnobValue, knobLiteral, type KnobCheck } from './knobs';
export { captionForEvent, activeCaption, type CaptionEvent } from './captions';
export { pyFloatRepr } from './literals';
export {
  fillText,
  tellText,
  tellCaptions,
  knobProse,
  placeholdersOf,
  withoutKnobComments,
  DEFAULT_MARK,
  type FilledText
} from './templates';
