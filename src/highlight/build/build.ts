/**
 * The build's entry to the templates: highlights with Starlight's Expressive Code renderer
 * and caches one result per artifact for the whole build (each artifact appears on a page
 * of each language; the samples are highlighted once).
 */
import type { VendorSettings } from '../../config/settings-schema.ts';
import type { ArtifactId } from '../../core/types.ts';
import { readEcBlock } from './ec-hast.ts';
import { getEcRenderer } from './ec-renderer.ts';
import { makeTemplates, templatesJson } from './templates.ts';

const cache = new Map<ArtifactId, Promise<string>>();

async function make(id: ArtifactId, settings: VendorSettings): Promise<string> {
  const renderer = await getEcRenderer();
  const report = await makeTemplates(id, settings, async (code, language) => {
    const { renderedGroupAst } = await renderer.ec.render({ code, language, meta: '' });
    return readEcBlock(renderedGroupAst);
  });
  // A shape coloured differently in two samples means the colours depend on more than the
  // line (e.g. a multi-line construct); the first is kept, but say so rather than hide it.
  for (const shape of report.conflicts) console.warn(`[snippet templates] ${id}: tokens differ between samples for ${JSON.stringify(shape)}`);
  return templatesJson(report.templates);
}

/** The serialised templates of artifact `id` (JSON safe inside `<script>`). */
export function snippetTemplatesJson(id: ArtifactId, settings: VendorSettings): Promise<string> {
  let json = cache.get(id);
  if (!json) {
    json = make(id, settings);
    cache.set(id, json);
  }
  return json;
}
