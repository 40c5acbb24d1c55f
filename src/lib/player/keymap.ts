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

export type KeyAction = PlaybackEvent | { type: 'HELP' };

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
  { keys: ['?'], message: 'key.help' },
  { keys: ['P'], message: 'key.present' },
  { keys: ['B'], message: 'key.blank' },
  // Timeline keys, on a focused lane name (Timeline.svelte handles them there; the player never sees them).
  { keys: ['↑', '↓'], message: 'key.lanes' },
  { keys: ['Enter', 'Alt+←', 'Alt+→'], message: 'key.spans' }
];
