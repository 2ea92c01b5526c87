import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CATALOGUES, fill, keysWithPrefix, UI_KEYS } from '../../../src/core/i18n/index.ts';
import { i18nJson } from '../../../src/core/i18n/json.ts';
import { FIELD_PATHS, FIELDS } from '../../../src/core/fields.ts';
import { fieldLabel } from '../../../src/core/messages.ts';

describe('the UI string catalogues', () => {
  test.each(['ja', 'en'] as const)('src/content/i18n/%s.json is the generated one (run node scripts/i18n-json.ts)', (lang) => {
    expect(readFileSync(`src/content/i18n/${lang}.json`, 'utf8')).toBe(i18nJson(lang));
  });

  test('both languages have exactly the same keys, none empty', () => {
    for (const lang of ['ja', 'en'] as const) {
      expect(Object.keys(CATALOGUES[lang]).sort()).toEqual([...UI_KEYS].sort());
      for (const key of UI_KEYS) expect(CATALOGUES[lang][key].trim(), `${lang} ${key}`).not.toBe('');
    }
  });

  test('one interpolation syntax, {{name}}, with the same names in both languages', () => {
    const names = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const key of UI_KEYS) {
      for (const lang of ['ja', 'en'] as const) {
        // No single-brace placeholder left once the double-brace ones are removed.
        expect(CATALOGUES[lang][key].replace(/\{\{\w+\}\}/g, ''), `${lang} ${key}`).not.toMatch(/\{\w+\}/);
      }
      expect(names(CATALOGUES.en[key]), key).toEqual(names(CATALOGUES.ja[key]));
    }
    expect(fill('a {{x}} {{y}} {x}', { x: 1 })).toBe('a 1 {{y}} {x}');
  });

  test('every field of the field table has a label in both languages; labels come from the catalogue', () => {
    for (const path of FIELD_PATHS) {
      const def: { field: (typeof FIELDS)[typeof path]['field']; key?: string } = FIELDS[path];
      for (const lang of ['ja', 'en'] as const) {
        const key = `label.${path}`;
        expect(Object.hasOwn(CATALOGUES[lang], key), `${lang} ${key}`).toBe(true);
        expect(fieldLabel(def.field, lang, def.key)).toBe((CATALOGUES[lang] as Record<string, string>)[key]);
      }
    }
    expect(keysWithPrefix('checklist.')).toContain('checklist.progress');
  });
});
