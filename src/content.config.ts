import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';

/** Our own UI strings, added to Starlight's per-locale dictionaries (flat dotted keys). */
const uiStrings = z
  .object({
    'sectionLink.copy': z.string(),
    'sectionLink.copied': z.string(),
    'sectionLink.failed': z.string(),
    'codeBlock.label': z.string(),
    'go.title': z.string(),
    'go.redirecting': z.string(),
    'go.follow': z.string(),
    'notFound.sectionTitle': z.string(),
    'notFound.sectionText': z.string(),
    'notFound.sectionsHeading': z.string(),
  })
  .partial();

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: uiStrings }) }),
};
