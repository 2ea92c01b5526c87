/**
 * Writes Starlight's i18n collection (`src/content/i18n/{ja,en}.json`) from the one catalogue
 * per language in `src/core/i18n/`. Starlight reads those JSON files (also from its integration
 * code, which reads the folder directly), so they are generated, never edited:
 * `node scripts/i18n-json.ts` after changing a catalogue. `tests/unit/core/i18n.test.ts` fails
 * when a file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { i18nJson } from '../src/core/i18n/json.ts';

for (const lang of ['ja', 'en'] as const) {
  const file = fileURLToPath(new URL(`../src/content/i18n/${lang}.json`, import.meta.url));
  writeFileSync(file, i18nJson(lang));
  process.stdout.write(`wrote ${file}\n`);
}
