/**
 * The one template formatter of aioscope: UI sentences, narration and the error catalog all fill `{name}`
 * placeholders through `fillTemplate`. `{{` and `}}` are literal braces (as in Python's str.format).
 *
 * A placeholder with no value is a bug in the caller, never user input, so it fails loudly: `fillTemplate` throws
 * `MissingParamError` in tests, the dev server and the CLI (Node). Only a production browser build (Vite's
 * `import.meta.env.PROD`) degrades to showing `{name}` and logging, so a reader never gets a broken page for it;
 * the unit and e2e tests check every catalog against its callers, so that path is not expected to be taken.
 */
export class MissingParamError extends Error {
  constructor(
    readonly context: string,
    readonly param: string
  ) {
    super(`${context}: missing param '${param}'`);
    this.name = 'MissingParamError';
  }
}

const PLACEHOLDER = /\{\{|\}\}|\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/** True in a production browser build only (where a missing param is shown rather than thrown). */
function lenient(): boolean {
  const env = (import.meta as { env?: { PROD?: boolean; SSR?: boolean } }).env;
  return env?.PROD === true && env.SSR !== true;
}

/** Fills `{name}` placeholders of `template` from `params`; `context` names the template in the error. */
export function fillTemplate(
  template: string,
  params: Readonly<Record<string, string | number>>,
  context: string
): string {
  return template.replace(PLACEHOLDER, (whole, name: string | undefined) => {
    if (name === undefined) return whole[0];
    const value = params[name];
    if (value !== undefined) return String(value);
    const error = new MissingParamError(context, name);
    if (!lenient()) throw error;
    console.error(error);
    return whole;
  });
}

/** The placeholder names a template uses, in order (for tests and docs). */
export function templateParams(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]).filter((n): n is string => n !== undefined);
}
