import { describe, expect, it } from 'vitest';
import { DRAFT_KEY, PENDING_KEY, PlayDrafts } from './drafts';

class MemoryStore {
  map = new Map<string, string>();
  getItem = (k: string) => this.map.get(k) ?? null;
  setItem = (k: string, v: string) => void this.map.set(k, v);
  removeItem = (k: string) => void this.map.delete(k);
}
const DEFAULT = 'print("default")\n';

describe('drafts: a share link never costs a draft', () => {
  it('keeps the draft while a shared program is edited, until the user chooses', () => {
    const store = new MemoryStore();
    new PlayDrafts(store, DEFAULT).save('my draft', { N: 2 });
    const d = new PlayDrafts(store, DEFAULT);
    expect(d.openShared('shared program')).toBe('my draft');
    d.save('shared program + one character', {});
    expect(store.getItem(DRAFT_KEY)).toBe('my draft');
    // a reload brings the edited shared program and the open choice back
    const again = new PlayDrafts(store, DEFAULT);
    expect(again.choosing).toBe(true);
    expect(again.pending()?.code).toBe('shared program + one character');
    expect(again.restore()).toEqual({ code: 'my draft', knobs: { N: 2 } });
    expect(store.getItem(PENDING_KEY)).toBeNull();
    again.save('my draft, edited', {});
    expect(store.getItem(DRAFT_KEY)).toBe('my draft, edited');
  });

  it('adopting the shared program makes it the draft', () => {
    const store = new MemoryStore();
    store.setItem(DRAFT_KEY, 'my draft');
    const d = new PlayDrafts(store, DEFAULT);
    d.openShared('shared');
    d.adopt('shared, edited', {});
    expect(store.getItem(DRAFT_KEY)).toBe('shared, edited');
    expect(d.choosing).toBe(false);
  });

  it('nothing to keep: no draft, the same program, or the default program', () => {
    const store = new MemoryStore();
    expect(new PlayDrafts(store, DEFAULT).openShared('x')).toBeNull();
    store.setItem(DRAFT_KEY, 'x');
    expect(new PlayDrafts(store, DEFAULT).openShared('x')).toBeNull();
    store.setItem(DRAFT_KEY, DEFAULT);
    const d = new PlayDrafts(store, DEFAULT);
    expect(d.openShared('y')).toBeNull();
    d.save('y!', {});
    expect(store.getItem(DRAFT_KEY)).toBe('y!');
  });

  it('works without storage', () => {
    const d = new PlayDrafts(null, DEFAULT);
    expect(d.read()).toBeNull();
    d.save('x', {});
    expect(d.openShared('y')).toBeNull();
  });
});
