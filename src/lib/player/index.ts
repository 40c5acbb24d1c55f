/** src/lib/player — playback state machine, its ticker, the URL codec and the keyboard map. */
export { playbackMachine, type PlaybackContext, type PlaybackEvent, type PlaybackInput } from './playback.machine';
export { frameTicker, type TickEvent } from './ticker';
export { SPEEDS, DEFAULT_SPEED, snapSpeed, stepSpeed, type Speed } from './speed';
export { encodePlayerUrl, decodePlayerUrl, URL_DEFAULTS, type PlayerUrlState, type DecodeOptions } from './url-state';
export { sameRelativePlace } from './relative-place';
export { keyToEvent, KEY_BINDINGS, type KeyInput, type KeyAction } from './keymap';
