/**
 * `vendor-portal-rbac.yaml`: what the vendor's Kubernetes group may do, a namespaced Role
 * and its RoleBinding (two YAML documents). Least privilege for deploying and running the
 * vendor's workloads in one namespace; nothing cluster-wide.
 */
import type { GuideModel } from '../types.ts';
import { yamlText } from './yaml.ts';

/** Name of the Role and of the RoleBinding; fixed, so re-applying the file updates them. */
export const RBAC_NAME = 'vendor-deployer';

/** Verbs to observe a resource (kubectl get/describe, rollout status). */
const READ = ['get', 'list', 'watch'];
/** Verbs to manage a resource with kubectl apply/delete; no deletecollection, escalate, bind or impersonate. */
const MANAGE = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'];

/** One RBAC PolicyRule. */
export interface RbacRule {
  apiGroups: string[];
  resources: string[];
  verbs: string[];
}

/**
 * The Role's rules, and why each is there. Absent on purpose: Secrets (the customer
 * creates them; the vendor's pods reference them by name), ServiceAccounts, RBAC objects,
 * pods/exec, pods/attach, pods/portforward, and every `*`.
 */
export const RBAC_RULES: readonly RbacRule[] = [
  // The application's own objects: kubectl apply of the vendor's manifests.
  { apiGroups: ['apps'], resources: ['deployments', 'statefulsets'], verbs: MANAGE },
  // kubectl scale.
  { apiGroups: ['apps'], resources: ['deployments/scale', 'statefulsets/scale'], verbs: ['get', 'update', 'patch'] },
  // Owned by Deployments: read only, for rollout status/history/undo.
  { apiGroups: ['apps'], resources: ['replicasets'], verbs: READ },
  { apiGroups: [''], resources: ['services', 'configmaps'], verbs: MANAGE },
  // cron-runner and one-off jobs (migrations).
  { apiGroups: ['batch'], resources: ['jobs', 'cronjobs'], verbs: MANAGE },
  { apiGroups: ['networking.k8s.io'], resources: ['ingresses'], verbs: MANAGE },
  // Troubleshooting: pods are created by the controllers above, the vendor only looks at them.
  { apiGroups: [''], resources: ['pods'], verbs: READ },
  { apiGroups: [''], resources: ['pods/log'], verbs: ['get'] },
  { apiGroups: [''], resources: ['events'], verbs: READ },
  { apiGroups: ['events.k8s.io'], resources: ['events'], verbs: READ },
];

/** The Role object. */
export function rbacRole(model: GuideModel) {
  return {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'Role',
    metadata: { name: RBAC_NAME, namespace: model.kubernetes.namespace },
    rules: RBAC_RULES.map((rule) => ({ apiGroups: [...rule.apiGroups], resources: [...rule.resources], verbs: [...rule.verbs] })),
  };
}

/** The RoleBinding object: the Role, granted to the group that aws-auth or the access entry gives the vendor. */
export function rbacRoleBinding(model: GuideModel) {
  return {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'RoleBinding',
    metadata: { name: RBAC_NAME, namespace: model.kubernetes.namespace },
    subjects: [{ kind: 'Group', apiGroup: 'rbac.authorization.k8s.io', name: model.kubernetes.group }],
    roleRef: { kind: 'Role', apiGroup: 'rbac.authorization.k8s.io', name: RBAC_NAME },
  };
}

/** Builds `vendor-portal-rbac.yaml`: the Role, `---`, the RoleBinding. */
export function buildRbac(model: GuideModel): string {
  const comment = [
    ' vendor-portal-rbac.yaml: what the vendor may do inside the cluster, in one namespace only.',
    ' Cluster administrator, on each cluster: create the namespace if needed, then',
    '   kubectl apply -f vendor-portal-rbac.yaml',
    ' Note: whoever may create Deployments or Jobs in a namespace can run pods that mount any Secret',
    ' and use any ServiceAccount of that namespace. Keep only the vendor\'s workloads in it.',
  ].join('\n');
  return `${yamlText(rbacRole(model), comment)}---\n${yamlText(rbacRoleBinding(model))}`;
}
