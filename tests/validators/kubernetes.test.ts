/**
 * The Kubernetes artifacts against Kubernetes' own schemas (kubernetes-models: the
 * OpenAPI schemas of the API server), for the source example and for any accepted
 * Kubernetes identity: the aws-auth ConfigMap built from the mapRoles entry, the Role
 * and the RoleBinding. Plus the least-privilege rules of the Role.
 */
import fc from 'fast-check';
import { ConfigMap } from 'kubernetes-models/v1';
import { Role, RoleBinding } from 'kubernetes-models/rbac.authorization.k8s.io/v1';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildAwsAuth } from '../../src/core/artifacts/aws-auth.ts';
import { buildRbac } from '../../src/core/artifacts/rbac.ts';
import type { GuideModel } from '../../src/core/types.ts';
import { validateInputs } from '../../src/core/validate.ts';
import { expectedMapRoles, modelOf, parseYamlAll, sourceExampleInputs } from '../unit/artifacts/helpers.ts';

/** RFC 1123 label and subdomain: what the API server requires of namespaces and object names. */
const DNS_LABEL = /^[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?$/;
const DNS_SUBDOMAIN = /^[a-z0-9](?:[-a-z0-9.]{0,251}[a-z0-9])?$/;

/** The aws-auth ConfigMap a cluster administrator gets by pasting the entry under `mapRoles: |`, next to the node role. */
function awsAuthConfigMap(entryText: string): ConfigMap {
  const nodeRole = '- rolearn: arn:aws:iam::123456789012:role/eks-node\n  username: system:node:{{EC2PrivateDNSName}}\n  groups:\n    - system:bootstrappers\n    - system:nodes\n';
  return new ConfigMap({
    metadata: { name: 'aws-auth', namespace: 'kube-system' },
    data: { mapRoles: `${nodeRole}${entryText}` },
  });
}

/** Validates every Kubernetes object the artifacts describe for `m`; throws on any schema violation. */
function validateAll(m: GuideModel): void {
  // The block under `mapRoles: |`, as the administrator's edit leaves it (without our comment line).
  const block = (parse(buildAwsAuth(m)) as { data: { mapRoles: string } }).data.mapRoles;
  const configMap = awsAuthConfigMap(block.split('\n').filter((line) => !line.startsWith('#')).join('\n'));
  configMap.validate();
  // What aws-iam-authenticator reads: the node role, then our entry, exactly.
  const mapRoles = parse(configMap.data?.['mapRoles'] ?? '') as unknown[];
  expect(mapRoles.slice(1)).toEqual(expectedMapRoles(m));

  const [role, binding] = parseYamlAll(buildRbac(m)) as [Record<string, any>, Record<string, any>];
  const roleModel = new Role(role as any);
  const bindingModel = new RoleBinding(binding as any);
  roleModel.validate();
  bindingModel.validate();
  expect(roleModel.toJSON()).toEqual(role);
  expect(bindingModel.toJSON()).toEqual(binding);
  for (const object of [role, binding]) {
    expect(object['metadata']['namespace']).toMatch(DNS_LABEL);
    expect(object['metadata']['name']).toMatch(DNS_SUBDOMAIN);
  }
  expect(binding['roleRef']).toEqual({ kind: 'Role', apiGroup: 'rbac.authorization.k8s.io', name: role['metadata']['name'] });
}

describe('Kubernetes schemas', () => {
  it('source example: aws-auth ConfigMap, Role and RoleBinding are valid', () => {
    validateAll(modelOf(sourceExampleInputs()));
  });

  it('any accepted Kubernetes identity gives valid objects (300 runs)', () => {
    const identity = fc.record({
      username: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:@-]{0,40}$/),
      group: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:@-]{0,40}$/),
      namespace: fc.stringMatching(/^[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?$/),
    });
    let checked = 0;
    fc.assert(
      fc.property(identity, fc.constantFrom('ap-northeast-1', 'cn-north-1', 'us-gov-east-1'), (kubernetes, region) => {
        const result = validateInputs({ ...sourceExampleInputs(), kubernetes, region });
        if (!result.ok) return;
        checked++;
        validateAll(result.model);
      }),
      { numRuns: 300 },
    );
    expect(checked).toBeGreaterThan(100);
  });

  it('the schemas are really checked (a Role rule without verbs is refused)', () => {
    expect(() => new Role({ metadata: { name: 'x' }, rules: [{ apiGroups: [''], resources: ['pods'] }] } as any).validate()).toThrow(/verbs/);
    expect(() => new ConfigMap({ metadata: { name: 'aws-auth' }, data: { mapRoles: 1 } } as any).validate()).toThrow();
  });
});

describe('RBAC least privilege', () => {
  const [role] = parseYamlAll(buildRbac(modelOf(sourceExampleInputs()))) as [{ kind: string; rules: { apiGroups: string[]; resources: string[]; verbs: string[] }[] }];

  it('is a namespaced Role, not a ClusterRole', () => {
    expect(role.kind).toBe('Role');
  });

  it('grants nothing on secrets, RBAC objects, service accounts or exec/attach/port-forward', () => {
    const resources = role.rules.flatMap((r) => r.resources);
    for (const forbidden of ['secrets', 'roles', 'rolebindings', 'serviceaccounts', 'serviceaccounts/token', 'pods/exec', 'pods/attach', 'pods/portforward', 'nodes', 'namespaces']) {
      expect(resources).not.toContain(forbidden);
    }
    expect(role.rules.flatMap((r) => r.apiGroups)).not.toContain('rbac.authorization.k8s.io');
  });

  it('has no wildcard and no escalation verb anywhere', () => {
    for (const rule of role.rules) {
      for (const value of [...rule.apiGroups, ...rule.resources, ...rule.verbs]) expect(value).not.toContain('*');
      for (const verb of rule.verbs) expect(['escalate', 'bind', 'impersonate', 'deletecollection']).not.toContain(verb);
    }
  });

  it('lets the vendor deploy and observe its workloads', () => {
    const can = (group: string, resource: string, verb: string) =>
      role.rules.some((r) => r.apiGroups.includes(group) && r.resources.includes(resource) && r.verbs.includes(verb));
    for (const [group, resource] of [['apps', 'deployments'], ['', 'services'], ['', 'configmaps'], ['batch', 'cronjobs'], ['batch', 'jobs']] as const) {
      for (const verb of ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete']) expect(can(group, resource, verb), `${verb} ${resource}`).toBe(true);
    }
    expect(can('', 'pods', 'list')).toBe(true);
    expect(can('', 'pods/log', 'get')).toBe(true);
    expect(can('', 'events', 'list')).toBe(true);
    // Pods are made by the controllers; the vendor only reads them.
    expect(can('', 'pods', 'create')).toBe(false);
    expect(can('', 'pods', 'delete')).toBe(false);
  });
});
