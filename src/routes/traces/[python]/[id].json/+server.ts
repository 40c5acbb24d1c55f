import { error, json } from '@sveltejs/kit';
import { loadTrace, PYTHONS, scenarioIds, scenarioLangs, type Python } from '$lib/scenarios';

// Every scenario's trace under each Python version, written as static JSON at build time: the compare page fetches
// the two it is asked for (its query is only known in the browser), so no page carries every trace. A program whose
// text is translated also gets `<id>.zh.json`: the same scenario with its 简体中文 program text.
export const prerender = true;

export function entries() {
  return PYTHONS.flatMap((python) =>
    scenarioIds().flatMap((id) =>
      scenarioLangs(id)
        .filter((lang) => loadTrace(id, python, lang) !== null)
        .map((lang) => ({ python, id: lang === 'en' ? id : `${id}.${lang}` }))
    )
  );
}

export function GET({ params }) {
  const python = params.python as Python;
  if (!PYTHONS.includes(python)) error(404, `No Python ${params.python}`);
  const [id, lang = 'en'] = params.id.split('.');
  const file = lang === 'en' || lang === 'zh' ? loadTrace(id!, python, lang) : null;
  if (!file) error(404, `No trace for ${params.id} under Python ${python}`);
  return json(file);
}
