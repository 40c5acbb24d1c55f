import { EN, type Catalog, type MessageId } from './messages.en';

export { EN, type Catalog, type MessageId };

/** The languages the UI and the narration speak. */
export type Lang = 'en' | 'zh';
export const LANGS: readonly Lang[] = ['en', 'zh'];

/**
 * A language's catalog. English is always in the bundle (pages are prerendered in it and it is the fallback); the
 * others are separate chunks fetched when chosen, so a page or an embed shown in English does not ship them (the
 * embed has an 80 kB budget). Node (tests, CLI) resolves the import at once.
 */
export function loadCatalog(lang: Lang): Promise<Catalog> {
  if (lang === 'zh') return import('./messages.zh').then((m) => m.ZH);
  return Promise.resolve(EN);
}

/** A sentence to show, as data: the id picks the template, params fill it (already formatted as text). */
export interface Message {
  id: MessageId;
  params: Record<string, string>;
}

/** Fills `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function formatMessage(message: Message, catalog: Catalog = EN): string {
  return catalog[message.id].replace(/\{(\w+)\}/g, (whole, name: string) => message.params[name] ?? whole);
}

/** Virtual seconds as Python prints a float: `1.0`, `2.5`, `2.6999999999999997`. */
export function formatSeconds(tSeconds: number): string {
  if (!Number.isFinite(tSeconds)) return String(tSeconds);
  return Number.isInteger(tSeconds) ? tSeconds.toFixed(1) : String(tSeconds);
}
