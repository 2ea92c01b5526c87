import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { UI_KEYS, type UiKey } from './core/i18n/index.ts';

/**
 * Our own UI strings, added to Starlight's per-locale dictionaries: exactly the keys of the one
 * catalogue per language (`src/core/i18n/`), all required, so a JSON file missing a key (or not
 * regenerated with `node scripts/i18n-json.ts`) fails the build.
 */
const uiStrings = z.object(Object.fromEntries(UI_KEYS.map((key) => [key, z.string()])) as { [K in UiKey]: z.ZodString });

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: uiStrings }) }),
};
