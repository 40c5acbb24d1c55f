import type { MessageId } from '../i18n';
import type { PlaybackEvent } from './playback.machine';

/**
 * Keyboard → player events, as a pure function the UI calls from its keydown handler. `HELP` is for the UI (show
 * the keys); everything else goes to the playback machine. Keys with Ctrl/Meta/Alt belong to the browser.
 */
export interface KeyInput {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

/** View keys (the timeline, not the machine): zoom in/out around the playhead, pan a fraction of the window, Fit. */
export type ViewAction = { type: 'ZOOM'; dir: 1 | -1 } | { type: 'PAN'; dir: 1 | -1 } | { type: 'FIT' };

export type KeyAction = PlaybackEvent | ViewAction | { type: 'HELP' };

/** Whether an action is for the timeline's view rather than for the playback machine. */
export function isViewAction(a: KeyAction): a is ViewAction {
  return a.type === 'ZOOM' || a.type === 'PAN' || a.type === 'FIT';
}

export function keyToEvent(input: KeyInput): KeyAction | null {
  if (input.ctrlKey || input.metaKey || input.altKey) return null;
  const by = input.shiftKey ? 'iteration' : 'event';
  switch (input.key) {
    case ' ':
    case 'Spacebar':
      return { type: 'TOGGLE' };
    case 'ArrowRight':
      return { type: 'STEP', by, dir: 1 };
    case 'ArrowLeft':
      return { type: 'STEP', by, dir: -1 };
    case '.':
      return { type: 'STEP', by: 'print', dir: 1 };
    case ',':
      return { type: 'STEP', by: 'print', dir: -1 };
    case 'Home':
      return { type: 'START' };
    case 'End':
      return { type: 'END' };
    case '+':
    case '=':
      return { type: 'SPEED_UP' };
    case '-':
    case '_':
      return { type: 'SPEED_DOWN' };
    case '?':
      return { type: 'HELP' };
    // Trace-viewer keys: W/S zoom in/out around the playhead, A/D pan, F fits the whole run.
    case 'w':
    case 'W':
      return { type: 'ZOOM', dir: 1 };
    case 's':
    case 'S':
      return { type: 'ZOOM', dir: -1 };
    case 'a':
    case 'A':
      return { type: 'PAN', dir: -1 };
    case 'd':
    case 'D':
      return { type: 'PAN', dir: 1 };
    case 'f':
    case 'F':
      return { type: 'FIT' };
    default:
      return null;
  }
}

/** What the help overlay lists: key captions (symbols, not words) and the catalog message describing them. */
export const KEY_BINDINGS: ReadonlyArray<{ keys: readonly string[]; message: MessageId }> = [
  { keys: ['Space'], message: 'key.toggle' },
  { keys: ['←', '→'], message: 'key.step' },
  { keys: ['Shift+←', 'Shift+→'], message: 'key.iteration' },
  { keys: [',', '.'], message: 'key.print' },
  { keys: ['Home'], message: 'key.start' },
  { keys: ['End'], message: 'key.end' },
  { keys: ['+', '−'], message: 'key.speed' },
  { keys: ['W', 'S'], message: 'key.zoom' },
  { keys: ['A', 'D'], message: 'key.pan' },
  { keys: ['F'], message: 'key.fit' },
  { keys: ['?'], message: 'key.help' },
  { keys: ['P'], message: 'key.present' },
  { keys: ['B'], message: 'key.blank' },
  // Timeline keys, on a focused lane name (Timeline.svelte handles them there; the player never sees them).
  { keys: ['↑', '↓'], message: 'key.lanes' },
  { keys: ['Enter', 'Alt+←', 'Alt+→'], message: 'key.spans' }
];
