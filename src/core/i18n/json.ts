/** The text of Starlight's i18n JSON file of one language, generated from the catalogue (see scripts/i18n-json.ts). */
import type { Lang } from '../types.ts';
import { starlightDictionary } from './index.ts';

/** The JSON text of `src/content/i18n/<lang>.json`: two-space indented, with a final newline. */
export function i18nJson(lang: Lang): string {
  return `${JSON.stringify(starlightDictionary(lang), null, 2)}\n`;
}
