/**
 * The whole AWS CLI commands the roles page fills in (`{cli.…}` in src/utils/prose-values.ts):
 * in a shell template they are placed exactly as the core built them (already quoted), so a
 * command stays one command whose words are the core's, with the boundary and tags when set.
 */
import { describe, expect, it } from 'vitest';
import { iamCliCommands, iamTrustUpdateCommands } from '../../../src/core/iam-cli.ts';
import { validateInputs } from '../../../src/core/validate.ts';
import { previewModel } from '../../../src/highlight/runtime/model.ts';
import { renderProse } from '../../../src/utils/prose-values.ts';
import { modelOf, sourceExampleInputs, tokenizeShell } from '../artifacts/helpers.ts';

describe('CLI commands in the prose', () => {
  const m = modelOf({
    ...sourceExampleInputs(),
    permissionsBoundary: 'arn:aws:iam::123456789012:policy/org/Boundary',
    tags: ['Owner=山田 太郎', 'expr=a=b'],
  });

  it('are the core commands, not quoted again', () => {
    const c = iamCliCommands(m);
    expect(renderProse('{cli.repoPusher.createRole}', m, { shell: true })).toBe(c.repoPusher.createRole);
    expect(renderProse('{cli.eksDeployer.createPolicy}', m, { shell: true })).toBe(c.eksDeployer.createPolicy);
    expect(renderProse('{cli.eksDeployer.attachPolicy}', m, { shell: true })).toBe(c.eksDeployer.attachPolicy);
    expect(renderProse('{cli.trustUpdate}', m, { shell: true })).toBe(iamTrustUpdateCommands(m).join('\n'));
  });

  it('parse as one command with the boundary and the tags', () => {
    const parsed = tokenizeShell(renderProse('{cli.repoPusher.createRole}', m, { shell: true }));
    expect(parsed).toHaveLength(1);
    const words = parsed[0]!.words;
    expect(words.slice(0, 3)).toEqual(['aws', 'iam', 'create-role']);
    expect(words[words.indexOf('--permissions-boundary') + 1]).toBe('arn:aws:iam::123456789012:policy/org/Boundary');
    expect(JSON.parse(words[words.indexOf('--tags') + 1] ?? 'null')).toEqual([
      { Key: 'Owner', Value: '山田 太郎' },
      { Key: 'expr', Value: 'a=b' },
    ]);
  });

  it('with no account ID yet: the placeholder stays one quoted word', () => {
    const inputs = { ...sourceExampleInputs(), accountId: '' };
    const placeholder = previewModel(inputs, validateInputs(inputs, { vendorAccountId: inputs.vendorAccountId }));
    const parsed = tokenizeShell(renderProse('{cli.repoPusher.attachPolicy}', placeholder, { shell: true }));
    expect(parsed).toHaveLength(1);
    expect(parsed[0]!.words.at(-1)).toMatch(/^arn:aws:iam::<[A-Z_]+>:policy\/VendorRepoPusherPolicy$/);
  });
});
