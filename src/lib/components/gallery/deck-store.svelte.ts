import { addToDeck, formatDeck, moveInDeck, parseDeck, removeFromDeck, type DeckItem } from '../../presenter/deck';

/**
 * The deck the gallery is building ("+ deck" on each card, the deck bar below). Kept in this browser's storage
 * (as the deck's URL text), so a deck survives a reload while it is being built; the talk itself is the link the
 * bar opens, which holds the whole deck.
 */
const KEY = 'aioscope.deck';

export class DeckStore {
  items: DeckItem[] = $state([]);

  load(): void {
    try {
      this.items = parseDeck(localStorage.getItem(KEY));
    } catch {
      this.items = [];
    }
  }

  #save(): void {
    try {
      if (this.items.length > 0) localStorage.setItem(KEY, formatDeck(this.items));
      else localStorage.removeItem(KEY);
    } catch {
      // storage refused (private mode): the deck lives as long as the page
    }
  }

  add(item: DeckItem): void {
    this.items = addToDeck(this.items, item);
    this.#save();
  }
  remove(index: number): void {
    this.items = removeFromDeck(this.items, index);
    this.#save();
  }
  move(index: number, by: -1 | 1): void {
    this.items = moveInDeck(this.items, index, by);
    this.#save();
  }
  clear(): void {
    this.items = [];
    this.#save();
  }
}
