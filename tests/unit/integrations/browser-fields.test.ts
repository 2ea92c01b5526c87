/** The client build's field table without its CLI-only columns (src/integrations/browser-fields.ts). */
import { readFile } from 'node:fs/promises';
import { parseAst, transformWithOxc } from 'vite';
import { describe, expect, it } from 'vitest';
import { FIELD_PATHS, FIELDS } from '../../../src/core/fields.ts';
import { CLI_ONLY_COLUMNS, withoutCliColumns } from '../../../src/integrations/browser-fields.ts';

/** Each row of `FIELDS` in `code` as its keys and their source text. */
function rows(code: string): Map<string, Map<string, string>> {
  const program = parseAst(code) as unknown as { body: Array<Record<string, any>> };
  const decl = program.body
    .map((node) => (node['type'] === 'ExportNamedDeclaration' ? node['declaration'] : node))
    .flatMap((node) => (node?.['type'] === 'VariableDeclaration' ? node['declarations'] : []))
    .find((d: Record<string, any>) => d['id'].name === 'FIELDS');
  return new Map(
    decl['init'].properties.map((row: Record<string, any>) => [
      String(row['key'].name ?? row['key'].value),
      new Map(row['value'].properties.map((p: Record<string, any>) => [String(p['key'].name ?? p['key'].value), code.slice(p['value'].start, p['value'].end)])),
    ]),
  );
}

describe('browser field table', async () => {
  const source = await readFile(new URL('../../../src/core/fields.ts', import.meta.url), 'utf8');
  const js = (await transformWithOxc(source, 'fields.ts')).code;
  const before = rows(js);
  const after = rows(withoutCliColumns(js));

  it('keeps every row and every other column, byte for byte', () => {
    expect([...after.keys()]).toEqual([...FIELD_PATHS]);
    for (const [path, columns] of before) {
      const kept = new Map([...columns].filter(([key]) => !CLI_ONLY_COLUMNS.has(key)));
      expect(after.get(path), path).toEqual(kept);
      expect(kept.has('placeholder') && kept.has('owner'), path).toBe(true);
    }
  });

  it('drops the CLI-only columns the table has', () => {
    // The columns exist (the test would pass vacuously otherwise) …
    expect(FIELDS.accountId.cli).toBe('account-id');
    expect([...before.values()].some((c) => c.has('env') && c.has('description'))).toBe(true);
    // … and none is left.
    for (const columns of after.values()) for (const key of CLI_ONLY_COLUMNS) expect(columns.has(key)).toBe(false);
    // The rest of the module is untouched.
    expect(withoutCliColumns(js).slice(withoutCliColumns(js).indexOf('const FIELD_PATHS'))).toBe(js.slice(js.indexOf('const FIELD_PATHS')));
  });

  it('fails loudly when the table is not found', () => {
    expect(() => withoutCliColumns('export const OTHER = {};')).toThrow(/FIELDS/);
  });
});
