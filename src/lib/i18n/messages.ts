import { fillTemplate } from './format';
import { EN_CORE, type Catalog, type MessageId } from './messages.en';

export { EN_CORE, type Catalog, type MessageId };

/** The languages the UI and the narration speak. */
export type Lang = 'en' | 'zh';
export const LANGS: readonly Lang[] = ['en', 'zh'];

/**
 * A language's catalog, as far as it is loaded up front. English: only EN_CORE, always in the bundle (pages are
 * prerendered in it and it is the fallback); pages other than the embed add EN_APP (i18n/app-messages.ts).
 * Other languages: the whole catalog, a separate chunk fetched when chosen, so a page or an embed shown in English
 * does not ship it (the embed has an 80 kB budget). Node (tests, CLI) resolves the import at once.
 */
export function loadCatalog(lang: Lang): Promise<Partial<Catalog>> {
  if (lang === 'zh') return import('./messages.zh').then((m) => m.ZH);
  return Promise.resolve(EN_CORE);
}

/** A sentence to show, as data: the id picks the template, params fill it (already formatted as text). */
export interface Message {
  id: MessageId;
  params: Record<string, string>;
}

/**
 * The sentence of `message` in `catalog`, its `{name}` placeholders filled (format.ts: a missing param throws in
 * tests). A catalog may be partial (the embed loads only EN_CORE): a missing sentence shows its id rather than
 * breaking the page.
 */
export function formatMessage(message: Message, catalog: Partial<Catalog> = EN_CORE): string {
  const template = catalog[message.id];
  return template === undefined ? message.id : fillTemplate(template, message.params, message.id);
}

/** A function that turns a message id and params into the current language's sentence (locale.svelte.ts's `t`). */
export type Translate = (id: MessageId, params?: Record<string, string | number>) => string;

/** Virtual seconds as Python prints a float: `1.0`, `2.5`, `2.6999999999999997`. */
export function formatSeconds(tSeconds: number): string {
  if (!Number.isFinite(tSeconds)) return String(tSeconds);
  return Number.isInteger(tSeconds) ? tSeconds.toFixed(1) : String(tSeconds);
}
