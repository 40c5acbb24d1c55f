/**
 * src/lib/i18n — what aioscope says, in English and 简体中文: the one formatter (format.ts), the catalogs
 * (messages.en.ts: EN_CORE, the part the embed ships; messages.en-app.ts: the rest of English; messages.zh.ts: all of
 * 简体中文, loaded on demand) and number/time wording. The reactive language state is `locale.svelte.ts` (import it
 * directly; it is not re-exported so pure modules can use this barrel).
 */
export { fillTemplate, templateParams, MissingParamError } from './format';
export {
  EN_CORE,
  LANGS,
  loadCatalog,
  formatMessage,
  formatSeconds,
  type Lang,
  type Message,
  type MessageId,
  type Catalog,
  type Translate
} from './messages';
