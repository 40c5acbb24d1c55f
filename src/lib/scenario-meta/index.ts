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
  MetaProblem,
  TextSwap
} from './types';
export { parseScenarioMeta, readScenarioMeta, ScenarioMetaError, type MetaReading } from './parse';
export { applyKnobs } from './apply';
export { checkKnobValue, parseKnobValue, formatKnobValue, knobLiteral, type KnobCheck } from './knobs';
export { captionForEvent, activeCaption, type CaptionEvent } from './captions';
export { pyFloatRepr } from './literals';
export { localizeSource, unusedSwaps, programLangs, type ProgramLang } from './localize';
export { START_HERE, TOPICS, galleryOrder, type GalleryStep, type GalleryTopic } from './gallery';
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
