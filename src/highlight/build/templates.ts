/**
 * Build-time template maker: highlights every sample version of an artifact with Starlight's
 * Expressive Code, abstracts each line into its shape and keeps one token template per
 * shape (see `runtime.ts` for how the browser uses them).
 */
import type { VendorSettings } from '../../config/settings-schema.ts';
import { artifactSpec } from '../../core/generate.ts';
import type { ArtifactId, GuideModel } from '../../core/types.ts';
import { abstractLine, shapeOf, templateTokens, type TemplateToken } from './abstract.ts';
import type { EcBlock } from './ec-hast.ts';
import { valuesByKind } from '../runtime/markers.ts';
import type { SnippetTemplates } from '../runtime/match.ts';
import { sampleModels } from './samples.ts';

/** Highlights `code` as `language` with Expressive Code and returns the block's lines. */
export type Highlighter = (code: string, language: string) => Promise<EcBlock>;

/** Lines of `text` as Expressive Code splits them (the final newline adds no line). */
export function artifactLines(text: string): string[] {
  return (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n');
}

/** What the build learnt while making one artifact's templates. */
export interface TemplateReport {
  templates: SnippetTemplates;
  /** Shapes met with different tokens in different samples (the first is kept). */
  conflicts: string[];
}

/** Adds the lines of one highlighted sample to the template table. */
function addSample(
  model: GuideModel,
  text: string,
  block: EcBlock,
  styles: Map<string, number>,
  table: Map<string, { indent: number; tokens: TemplateToken[] }>,
  conflicts: Set<string>,
): void {
  const lines = artifactLines(text);
  if (block.lines.length !== lines.length) {
    throw new Error(`Expressive Code rendered ${block.lines.length} lines for a text of ${lines.length}`);
  }
  const values = valuesByKind(model);
  block.lines.forEach((ecLine, i) => {
    const line = lines[i]!;
    const rendered = ecLine.tokens.map((t) => t.text).join('');
    if (rendered !== line) throw new Error(`Expressive Code changed line ${i + 1}: ${JSON.stringify(line)} → ${JSON.stringify(rendered)}`);
    const tokens = ecLine.tokens.map((t): TemplateToken => {
      if (t.style === null) return { text: t.text, style: -1 };
      let index = styles.get(t.style);
      if (index === undefined) styles.set(t.style, (index = styles.size));
      return { text: t.text, style: index };
    });
    const spans = abstractLine(line, values);
    const shape = shapeOf(line, spans);
    const template = templateTokens(tokens, ecLine.indent, spans);
    const known = table.get(shape);
    if (!known) table.set(shape, template);
    else if (JSON.stringify(known) !== JSON.stringify(template)) conflicts.add(shape);
  });
}

/** Makes the templates of artifact `id` for these settings. */
export async function makeTemplates(id: ArtifactId, settings: VendorSettings, highlight: Highlighter): Promise<TemplateReport> {
  const spec = artifactSpec(id);
  const styles = new Map<string, number>();
  const table = new Map<string, { indent: number; tokens: TemplateToken[] }>();
  const conflicts = new Set<string>();
  for (const model of sampleModels(settings)) {
    const text = spec.build(model);
    if (text.includes('\t') || text.includes('\r')) throw new Error(`${spec.fileName} contains a tab or CR, which Expressive Code rewrites`);
    addSample(model, text, await highlight(text, spec.language), styles, table, conflicts);
  }
  const templates: SnippetTemplates = {
    s: [...styles.keys()],
    l: [...table.values()].map(({ indent, tokens }) => [indent, ...tokens.flatMap((t) => [t.text, t.style])]),
  };
  return { templates, conflicts: [...conflicts] };
}

/** Templates as JSON that is safe inside an HTML `<script>` element (`<` escaped). */
export function templatesJson(templates: SnippetTemplates): string {
  return JSON.stringify(templates).replaceAll('<', '\\u003c');
}
