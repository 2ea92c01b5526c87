/**
 * The guide's fixed section IDs and the page that holds each one today.
 *
 * Support staff paste `/go/<id>/` links into tickets. Those links must outlive any
 * reorganisation of the pages, so this table (not the file layout) is the single place
 * that says where a section lives. Moving a section means editing one line here.
 */

/** Every fixed section ID, in reading order. The same IDs are used in both languages. */
export const SECTION_IDS = [
  'overview',
  'prerequisites',
  'roles',
  'external-id',
  'rotate-external-id',
  'repo-pusher',
  'eks-deployer',
  'handoff',
  'check-setup',
  'eks-access',
  'aws-auth',
  'access-entries',
  'rbac',
  'cloudformation',
  'terraform',
  'faq',
  'revoke',
  'security-review',
  'checklist',
] as const;

/** A fixed section ID. */
export type SectionId = (typeof SECTION_IDS)[number];

/** Page slug (relative to the locale root, '' for the locale's home page) holding each section. */
export const SECTION_PAGES: Record<SectionId, string> = {
  overview: '',
  prerequisites: 'prerequisites',
  roles: 'roles',
  'external-id': 'roles',
  'rotate-external-id': 'roles',
  'repo-pusher': 'roles',
  'eks-deployer': 'roles',
  handoff: 'handoff',
  'check-setup': 'check-setup',
  'eks-access': 'eks-access',
  'aws-auth': 'eks-access',
  'access-entries': 'eks-access',
  rbac: 'eks-access',
  cloudformation: 'cloudformation',
  terraform: 'cloudformation',
  faq: 'faq',
  revoke: 'faq',
  'security-review': 'faq',
  checklist: 'checklist',
};

/** True when `id` is one of the fixed section IDs. */
export function isSectionId(id: string): id is SectionId {
  return (SECTION_IDS as readonly string[]).includes(id);
}
