/**
 * The field table without its CLI-only columns in the browser build: `cli` (the flag),
 * `env` (the environment variable) and `description` (the settings' and `--help`'s sentence)
 * are read only by the CLI and the settings (`src/cli/`, `src/config/`), yet as columns of
 * `FIELDS` they would ship on every widget page (about 2.5 KB of text, 0.7 KB gzip, issue 8's
 * budget). The table stays the one home of these facts: this transform drops the three
 * properties from each row of `src/core/fields.ts` when the client bundle is built, nothing
 * else; the CLI, the build and the tests read the file as written.
 */
import { parseAst } from 'vite';
import { clientTransform, type ClientTransformPlugin } from './client-transform.ts';

/** The columns only `src/cli/` and `src/config/` read (and `FLAG_OF`, which only the CLI imports). */
export const CLI_ONLY_COLUMNS: ReadonlySet<string> = new Set(['cli', 'env', 'description']);

const FIELDS_MODULE = /\/src\/core\/fields\.ts$/;

/** The few ESTree shapes read here. */
interface Node {
  readonly type: string;
  readonly start: number;
  readonly end: number;
  readonly [key: string]: unknown;
}

/**
 * `code` (fields.ts after TypeScript is stripped) with the {@link CLI_ONLY_COLUMNS} properties
 * removed from every row of the exported `FIELDS` object. Throws when `FIELDS` is not found, so a
 * rename fails the build instead of shipping the columns again unnoticed.
 */
export function withoutCliColumns(code: string): string {
  const program = parseAst(code) as unknown as { body: Node[] };
  const table = program.body
    .flatMap((node) => (node.type === 'ExportNamedDeclaration' && node['declaration'] ? [node['declaration'] as Node] : [node]))
    .filter((node) => node.type === 'VariableDeclaration')
    .flatMap((node) => node['declarations'] as Node[])
    .find((decl) => (decl['id'] as { name?: string }).name === 'FIELDS')?.['init'] as Node | undefined;
  if (table?.type !== 'ObjectExpression') throw new Error('browser-fields: no `FIELDS = { … }` in src/core/fields.ts');
  // Each row rewritten as its kept properties, comma-separated (rows hold no comments to keep).
  const rewrites: Array<{ start: number; end: number; text: string }> = [];
  for (const row of table['properties'] as Node[]) {
    const value = row['value'] as Node;
    if (value.type !== 'ObjectExpression') continue;
    const kept = (value['properties'] as Node[]).filter((prop) => {
      const key = prop['key'] as { name?: string; value?: unknown } | undefined;
      return prop.type !== 'Property' || !CLI_ONLY_COLUMNS.has(String(key?.name ?? key?.value));
    });
    rewrites.push({ start: value.start, end: value.end, text: `{${kept.map((prop) => code.slice(prop.start, prop.end)).join(',')}}` });
  }
  let out = code;
  for (const { start, end, text } of rewrites.sort((a, b) => b.start - a.start)) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

/** The Vite plugin applying {@link withoutCliColumns} to fields.ts in the client build. */
export function browserFieldsPlugin(): ClientTransformPlugin {
  return clientTransform('browser-fields', FIELDS_MODULE, (code) => ({ code: withoutCliColumns(code) }));
}
