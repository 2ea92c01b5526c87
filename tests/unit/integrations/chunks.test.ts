/**
 * The builder chunks (src/integrations/chunks.ts, builder-placement.ts): each page's builders in
 * one file, read from the content's `<Snippet id>` tags and the loaders' `import()`s.
 */
import { describe, expect, it } from 'vitest';
import { ARTIFACT_IDS } from '../../../src/core/artifacts/catalog.ts';
import { builderEntriesByPage, builderModulesOf, islandComponents, pagesUsing, pagesWithoutIslands, snippetIdsOf, snippetPlacement } from '../../../src/integrations/builder-placement.ts';
import { builderGroups, islandOnlyModule } from '../../../src/integrations/chunks.ts';

describe('builder placement', () => {
  it('reads one builder module per artifact from loaders.ts', async () => {
    const { readFile } = await import('node:fs/promises');
    const source = await readFile(new URL('../../../src/core/artifacts/loaders.ts', import.meta.url), 'utf8');
    const modules = builderModulesOf(source, '/x/artifacts/');
    expect([...modules.keys()].sort()).toEqual([...ARTIFACT_IDS].sort());
    expect(modules.get('cfnTemplate')).toBe('/x/artifacts/cfn-template.ts');
  });

  it('reads the snippet ids of a page', () => {
    expect(snippetIdsOf('a\n<Snippet id="trustPolicy" />\n<Snippet download id="rbac"/>\n<Snippets id="no" />')).toEqual(['trustPolicy', 'rbac']);
  });

  it('places every artifact the content shows on its page', () => {
    const byPage = builderEntriesByPage();
    const names = (page: string) => (byPage.get(page) ?? []).map((path) => path.replace(/.*\//, '')).sort();
    expect(names('cloudformation')).toEqual(
      ['cfn-parameters.ts', 'cfn-template.ts', 'deploy-stack.ts', 'terraform-eks-access.ts', 'terraform-roles.ts', 'terraform-tfvars.ts'],
    );
    expect(names('roles')).toEqual(['eks-deployer-policy.ts', 'repo-pusher-policy.ts', 'trust-policy.ts']);
    expect(byPage.has('faq')).toBe(false);
  });

  it('every artifact is shown on a page; the widgets are where the content places them', () => {
    expect([...snippetPlacement().keys()].sort()).toEqual([...ARTIFACT_IDS].sort());
    expect(snippetPlacement().get('collectSetup')).toEqual(['check-setup']);
    expect(pagesUsing('ValuesPanel')).toEqual(['prerequisites', 'roles', 'handoff', 'check-setup', 'eks-access', 'cloudformation']);
    expect(pagesUsing('Checklist')).toEqual(['checklist']);
    expect(pagesUsing('NoSuchWidget')).toEqual([]);
  });

  it('knows the island components by their client: directive, and the pages with none (the overview and the FAQ)', () => {
    const islands = islandComponents();
    for (const name of ['ValuesPanel', 'ExternalIdPanel', 'Snippet', 'Checklist', 'SetupCheck', 'LaunchStack', 'ExternalIdRotation']) expect(islands).toContain(name);
    // Build-time only: no directive, no island.
    for (const name of ['Value', 'VendorSetting', 'SectionIndex', 'FilledCode']) expect(islands).not.toContain(name);
    expect(pagesWithoutIslands()).toEqual(['index', 'faq']);
  });
});

describe('builder groups', () => {
  // roles: a → shared; cfn: b → shared, b → own; a module only the CLI uses: cli.
  const A = '/p/src/core/artifacts/a.ts';
  const B = '/p/src/core/artifacts/b.ts';
  const SHARED = '/p/src/core/artifacts/shared.ts';
  const OWN = '/p/src/core/artifacts/own.ts';
  const CLI = '/p/src/core/artifacts/cli.ts';
  const graph: Record<string, string[]> = { [A]: [SHARED], [B]: [SHARED, OWN], [SHARED]: [], [OWN]: [], [CLI]: [] };
  const ctx = { getModuleInfo: (id: string) => ({ importedIds: graph[id] ?? [] }) };
  const groups = builderGroups(new Map([['roles', [A]], ['cloudformation', [B]]]), 15);
  /** The name the first group (in priority order) that takes `id` gives it. */
  const chunkOf = (id: string) => {
    for (const group of [...groups].sort((x, y) => y.priority - x.priority)) {
      const name = typeof group.name === 'string' ? group.name : group.name(id, ctx);
      if (group.test(id) && name !== null) return name;
    }
    return null;
  };

  it('names each module by the pages that import it, the most shared first', () => {
    expect(chunkOf(A)).toBe('builders-roles');
    expect(chunkOf(B)).toBe('builders-cloudformation');
    expect(chunkOf(OWN)).toBe('builders-cloudformation');
    expect(chunkOf(SHARED)).toBe('builders-roles-cloudformation');
    expect(chunkOf(CLI)).toBeNull();
    expect(groups.every((group) => group.priority >= 15 && group.priority < 16)).toBe(true);
    expect(groups[0]!.priority).toBeGreaterThan(groups[1]!.priority);
  });

  it('leaves modules outside the builders alone', () => {
    expect(groups.some((group) => group.test('/p/src/core/artifacts/catalog.ts') || group.test('/p/src/core/fields.ts'))).toBe(false);
  });
});

describe('island-only stores and core modules', () => {
  const importers: Record<string, string[]> = {
    '/p/src/stores/checklist.ts': ['/p/src/islands/Checklist.tsx'],
    '/p/src/stores/state.ts': ['/p/src/islands/Checklist.tsx', '/p/src/stores/guide.ts'],
    '/p/src/stores/link.ts': ['/p/src/islands/ValuesPanel.tsx'],
    '/p/src/stores/unused.ts': [],
    '/p/src/core/launch-stack.ts': ['/p/src/islands/SnippetLaunchStack.tsx'],
    '/p/src/core/fields.ts': ['/p/src/islands/Checklist.tsx', '/p/src/stores/state.ts'],
    '/p/src/utils/pages.ts': ['/p/src/islands/Checklist.tsx'],
  };
  const ctx = { getModuleInfo: (id: string) => ({ importedIds: [], importers: importers[id] ?? [] }) };

  it('leaves a store or core module only some pages\' islands import to them, keeps the rest in the shared state', () => {
    expect(islandOnlyModule('/p/src/stores/checklist.ts', ctx)).toBe(true);
    // The Launch Stack helper (it imports the template's module, which must stay in the builder files).
    expect(islandOnlyModule('/p/src/core/launch-stack.ts', ctx)).toBe(true);
    // Also imported by the shared state, or by an island every widget page has (React's file).
    expect(islandOnlyModule('/p/src/stores/state.ts', ctx)).toBe(false);
    expect(islandOnlyModule('/p/src/stores/link.ts', ctx)).toBe(false);
    expect(islandOnlyModule('/p/src/stores/unused.ts', ctx)).toBe(false);
    expect(islandOnlyModule('/p/src/core/fields.ts', ctx)).toBe(false);
    // Only the state and the core are grouped at all.
    expect(islandOnlyModule('/p/src/utils/pages.ts', ctx)).toBe(false);
  });
});
