import { describe, expect, it } from 'vitest';
import { activeCaption, captionForEvent } from './captions';
import type { Caption } from './types';

const plain: Caption = { line: 5, text: { en: 'sleeps' } };
const resume: Caption = { line: 5, on: 'task.resume', text: { en: 'wakes' } };
const printCap: Caption = { line: 6, text: { en: 'prints' } };
const captions = [plain, resume, printCap];

describe('captionForEvent', () => {
  it('prefers the caption keyed to the event kind over the line’s plain caption', () => {
    expect(captionForEvent(captions, { kind: 'task.resume', line: 5 })).toBe(resume);
    expect(captionForEvent(captions, { kind: 'timer.add', line: 5 })).toBe(plain);
    expect(captionForEvent(captions, { kind: 'print', line: 6 })).toBe(printCap);
    expect(captionForEvent(captions, { kind: 'print', line: 7 })).toBeNull();
    expect(captionForEvent(captions, { kind: 'exit', line: null })).toBeNull();
  });

  it('matches an event-keyed caption only on its kind when the line has no plain caption', () => {
    expect(captionForEvent([resume], { kind: 'task.suspend', line: 5 })).toBeNull();
  });
});

describe('activeCaption', () => {
  const events = [
    { kind: 'run.start', line: null },
    { kind: 'timer.add', line: 5 },
    { kind: 'loop.tick', line: 9 },
    { kind: 'task.resume', line: 5 },
    { kind: 'print', line: 6 },
    { kind: 'exit', line: null }
  ];
  it('keeps the latest triggered caption until another one is reached', () => {
    expect([0, 1, 2, 3, 4, 5, 99].map((i) => activeCaption(captions, events, i)?.text.en ?? null)).toEqual([
      null,
      'sleeps',
      'sleeps',
      'wakes',
      'prints',
      'prints',
      'prints'
    ]);
    expect(activeCaption([], events, 3)).toBeNull();
  });
});
