import { readdirSync, readFileSync } from 'node:fs';
import { join, normalize, relative } from 'node:path';
import { expect, test } from 'vitest';

// Every module under src/core/, recursively.
function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? modules(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

test('src/core imports nothing outside src/core/ and no Node built-in (the core is pure)', () => {
  const outside: string[] = [];
  for (const file of modules('src/core')) {
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+'([^']+)'/gm)) {
      if (spec === undefined) continue;
      if (spec.startsWith('.')) {
        const target = normalize(join(file, '..', spec));
        if (relative('src/core', target).startsWith('..')) outside.push(`${file} → ${spec}`);
      } else if (spec.startsWith('node:') || !['nanoid'].includes(spec)) {
        outside.push(`${file} → ${spec}`);
      }
    }
  }
  expect(outside).toEqual([]);
});
