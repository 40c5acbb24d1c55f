import { EN, type Catalog, type MessageId } from './messages.en';
import { ZH } from './messages.zh';

export { EN, ZH, type Catalog, type MessageId };

/** The languages the UI and the narration speak, and their catalogs. */
export type Lang = 'en' | 'zh';
export const LANGS: readonly Lang[] = ['en', 'zh'];
export const CATALOGS: Record<Lang, Catalog> = { en: EN, zh: ZH };

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
