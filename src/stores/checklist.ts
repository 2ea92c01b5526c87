/**
 * The final checklist (section 6): its items, and which ones the page can tick by itself.
 *
 * An item ticks itself when the reader did, in this browser, the step it is about — copied
 * the ExternalId, copied or downloaded the policy, template or handoff file (see `$used` in
 * `guide.ts`), or a setup check on the check-setup page passed (`setup-check.ts`). Those ticks are evidence, not proof, so the reader can still untick them; their
 * own tick or untick always wins. The wording of each item stays in the MDX page.
 */

/** Who does an item: the AWS administrator or the cluster administrator. */
export type ChecklistGroup = 'aws' | 'cluster';

/** One checklist item. */
export interface ChecklistItem {
  /** Stable ID (also the name of the MDX slot holding the item's text). */
  id: string;
  group: ChecklistGroup;
  /** `$used` keys, any of which (all of one inner list) means the page saw the step done. */
  auto?: readonly (readonly string[])[];
}

// Both ways an artifact leaves the page.
const taken = (id: string): string[][] => [[`artifact.${id}.copied`], [`artifact.${id}.downloaded`]];

// Checks of the setup check (check-setup page) that all passed, for both roles (see setup-check.ts).
const passed = (...ids: string[]): string[] => ids.map((id) => `check.${id}.passed`);
const bothRoles = (...kinds: string[]): string[] => kinds.flatMap((kind) => passed(`role.repoPusher.${kind}`, `role.eksDeployer.${kind}`));

/** The items, in the page's order. */
export const CHECKLIST_ITEMS: readonly ChecklistItem[] = [
  { id: 'roles', group: 'aws', auto: [bothRoles('exists')] },
  {
    id: 'trust',
    group: 'aws',
    auto: [['externalId.copied'], ...taken('trustPolicy'), ...taken('cfnParameters'), ...taken('deployStack'), bothRoles('trust', 'externalId')],
  },
  {
    id: 'policies',
    group: 'aws',
    auto: [
      ['artifact.repoPusherPolicy.copied', 'artifact.eksDeployerPolicy.copied'],
      ['artifact.repoPusherPolicy.downloaded', 'artifact.eksDeployerPolicy.downloaded'],
      ['artifact.repoPusherPolicy.copied', 'artifact.eksDeployerPolicy.downloaded'],
      ['artifact.repoPusherPolicy.downloaded', 'artifact.eksDeployerPolicy.copied'],
      ...taken('cfnTemplate'),
      bothRoles('policy', 'permissions'),
    ],
  },
  { id: 'repos', group: 'aws' },
  { id: 'stored', group: 'aws', auto: [['externalId.copied']] },
  { id: 'handoff', group: 'aws', auto: taken('handoff') },
  { id: 'sent', group: 'aws' },
  { id: 'mapping', group: 'cluster', auto: [...taken('accessEntry'), ...taken('awsAuth'), passed('cluster.access')] },
  { id: 'rbac', group: 'cluster', auto: [...taken('rbac'), passed('k8s.rbac.role', 'k8s.rbac.binding')] },
  { id: 'verify', group: 'cluster' },
];

/** Whether `$used` shows the reader did the step of `item` on this device. */
export function autoChecked(item: ChecklistItem, used: Readonly<Record<string, boolean>>): boolean {
  return (item.auto ?? []).some((all) => all.every((key) => used[key] === true));
}

/** One item's state: ticked, and whether the tick comes from the page rather than the reader. */
export interface ItemState {
  checked: boolean;
  auto: boolean;
}

/** The state of every item: the reader's own tick when set, otherwise what the page knows. */
export function checklistState(
  used: Readonly<Record<string, boolean>>,
  checks: Readonly<Record<string, boolean>>,
): Record<string, ItemState> {
  const out: Record<string, ItemState> = {};
  for (const item of CHECKLIST_ITEMS) {
    const own = Object.hasOwn(checks, item.id) ? checks[item.id] : undefined;
    const auto = autoChecked(item, used);
    out[item.id] = own === undefined ? { checked: auto, auto } : { checked: own, auto: false };
  }
  return out;
}

/** How many items are ticked, of how many. */
export function checklistProgress(state: Readonly<Record<string, ItemState>>): { done: number; total: number } {
  const states = CHECKLIST_ITEMS.map((item) => state[item.id]);
  return { done: states.filter((s) => s?.checked).length, total: CHECKLIST_ITEMS.length };
}
