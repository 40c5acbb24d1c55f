import { EN_CORE, formatMessage, LANGS, loadCatalog, type Catalog, type Lang, type MessageId } from './messages';

/**
 * The UI language, shared by every component: `t(id)` reads the current catalog, so anything rendered through it
 * follows a switch at once. Pages are prerendered in English; on the client `initLang` applies the `lang` URL
 * parameter, else the remembered choice (localStorage), else English. Catalogs other than English are fetched on first
 * use (loadCatalog): until one arrives the page keeps speaking the language it had, then switches in one step.
 */
export const LANG_KEY = 'aioscope-lang';

export const locale = $state({ lang: 'en' as Lang });

/** The catalogs loaded so far (reactive: a component reading t() re-renders when its language arrives). */
let loaded: Partial<Record<Lang, Partial<Catalog>>> = $state.raw({ en: EN_CORE });
/** The language last shown: t() keeps using it while the chosen one is still loading. */
let shown: Lang = 'en';

export function isLang(value: string | null | undefined): value is Lang {
  return (LANGS as readonly string[]).includes(value ?? '');
}

export function catalog(): Partial<Catalog> {
  const now = loaded[locale.lang];
  if (now) shown = locale.lang;
  return now ?? loaded[shown] ?? EN_CORE;
}

/** Adds sentences to a language's catalog (app-messages.ts adds English's EN_APP on every page but the embed). */
export function addMessages(lang: Lang, part: Partial<Catalog>): void {
  loaded = { ...loaded, [lang]: { ...loaded[lang], ...part } };
}

/** The current language's sentence for `id`, with `{name}` parameters filled. */
export function t(id: MessageId, params: Record<string, string | number> = {}): string {
  const text: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) text[k] = String(v);
  return formatMessage({ id, params: text }, catalog());
}

/** A scenario's text (title, lesson, caption, knob label) in the current language, English when not translated. */
export function pick(text: { en: string; zh?: string } | null | undefined): string {
  if (!text) return '';
  return (locale.lang === 'zh' ? text.zh : undefined) ?? text.en;
}

function applyDocumentLang(lang: Lang): void {
  if (typeof document !== 'undefined') document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
}

/** Sets the language (and remembers it unless `remember` is false). */
export function setLang(lang: Lang, remember = true): void {
  locale.lang = lang;
  applyDocumentLang(lang);
  if (!loaded[lang]) {
    loadCatalog(lang).then(
      (c) => addMessages(lang, c),
      () => {
        // a chunk that cannot load (offline after an update): stay in the language already shown
      }
    );
  }
  if (!remember) return;
  try {
    localStorage.setItem(LANG_KEY, lang);
  } catch {
    // storage may be disabled: the language still applies to this page
  }
}

/** Client only: `?lang=` wins (and is remembered, so links in that language stay in it), then the stored choice. */
export function initLang(search: string): void {
  const fromUrl = /[?&]lang=([^&#]*)/.exec(search)?.[1] ?? null;
  if (isLang(fromUrl)) {
    setLang(fromUrl);
    return;
  }
  let stored: string | null;
  try {
    stored = localStorage.getItem(LANG_KEY);
  } catch {
    stored = null;
  }
  setLang(isLang(stored) ? stored : 'en', false);
}
