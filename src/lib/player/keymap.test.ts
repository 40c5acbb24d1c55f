import { describe, expect, it } from 'vitest';
import { EN } from '../i18n/messages.en-app';
import { KEY_BINDINGS, keyToEvent } from './keymap';

describe('keymap', () => {
  it('maps the documented keys', () => {
    expect(keyToEvent({ key: ' ' })).toEqual({ type: 'TOGGLE' });
    expect(keyToEvent({ key: 'ArrowRight' })).toEqual({ type: 'STEP', by: 'event', dir: 1 });
    expect(keyToEvent({ key: 'ArrowLeft' })).toEqual({ type: 'STEP', by: 'event', dir: -1 });
    expect(keyToEvent({ key: 'ArrowRight', shiftKey: true })).toEqual({ type: 'STEP', by: 'iteration', dir: 1 });
    expect(keyToEvent({ key: 'ArrowLeft', shiftKey: true })).toEqual({ type: 'STEP', by: 'iteration', dir: -1 });
    expect(keyToEvent({ key: '.' })).toEqual({ type: 'STEP', by: 'print', dir: 1 });
    expect(keyToEvent({ key: 'Home' })).toEqual({ type: 'START' });
    expect(keyToEvent({ key: 'End' })).toEqual({ type: 'END' });
    expect(keyToEvent({ key: '+', shiftKey: true })).toEqual({ type: 'SPEED_UP' });
    expect(keyToEvent({ key: '=' })).toEqual({ type: 'SPEED_UP' });
    expect(keyToEvent({ key: '-' })).toEqual({ type: 'SPEED_DOWN' });
    expect(keyToEvent({ key: '?', shiftKey: true })).toEqual({ type: 'HELP' });
  });

  it('leaves other keys and browser shortcuts alone', () => {
    expect(keyToEvent({ key: 'a' })).toBeNull();
    expect(keyToEvent({ key: 'Tab' })).toBeNull();
    expect(keyToEvent({ key: 'ArrowRight', altKey: true })).toBeNull();
    expect(keyToEvent({ key: '+', ctrlKey: true })).toBeNull();
    expect(keyToEvent({ key: ' ', metaKey: true })).toBeNull();
  });

  it('describes every binding with a catalog message', () => {
    for (const b of KEY_BINDINGS) expect(EN[b.message]).toBeTruthy();
  });
});
