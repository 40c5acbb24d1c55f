import { describe, expect, it } from 'vitest';
import { EN } from './messages.en-app';
import { EN_CORE, formatMessage, LANGS, loadCatalog, type Catalog, type Lang, type MessageId } from './messages';
import { ZH } from './messages.zh';

const CATALOGS: Record<Lang, Catalog> = { en: EN, zh: ZH };

/** The `{name}` parameters a template uses, sorted. */
const paramsOf = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogs', () => {
  it('every message id exists in every language, and no language has extra ids', () => {
    const ids = Object.keys(EN).sort();
    for (const lang of LANGS) expect(Object.keys(CATALOGS[lang]).sort()).toEqual(ids);
  });

  it('a translation uses exactly the parameters of the English sentence', () => {
    for (const id of Object.keys(EN) as MessageId[]) {
      expect({ id, params: paramsOf(ZH[id]) }).toEqual({ id, params: paramsOf(EN[id]) });
    }
  });

  it('no sentence is empty, and the Chinese catalog is actually Chinese', () => {
    for (const lang of LANGS) for (const text of Object.values(CATALOGS[lang])) expect(text.trim()).not.toBe('');
    const untranslated = (Object.keys(EN) as MessageId[]).filter(
      (id) => ZH[id] === EN[id] && /[A-Za-z]{3,}/.test(EN[id].replace(/\{\w+\}/g, ''))
    );
    // Only sentences made of names (and parameters) may read the same in both.
    expect(untranslated).toEqual(['ui.compare.python']);
  });

  it('formats a narration sentence in both languages', () => {
    const m = { id: 'task.suspend.sleep' as const, params: { task: 'Task-2', label: 'sleep(1)', until: '1.0' } };
    expect(formatMessage(m, EN)).toBe(
      'Task-2 awaits sleep(1): a timer is set for t=1.0 and control returns to the loop'
    );
    expect(formatMessage(m, ZH)).toBe('Task-2 等待 sleep(1)：设置一个 t=1.0 的定时器，控制权交还给事件循环');
  });

  it('loads each language on demand: the catalog that loadCatalog gives is that language', async () => {
    expect(await loadCatalog('zh')).toBe(ZH);
    expect(await loadCatalog('en')).toBe(EN_CORE);
  });
});
