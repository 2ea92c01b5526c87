/**
 * Value markers: the vocabulary shared by the build-time template maker and the runtime
 * highlighter. A line of an artifact is turned into its *shape* by replacing each value of
 * the model (and each run of digits) with one private-use character naming its kind, so
 * that lines which differ only in values share one shape, and one highlighted template.
 *
 * Private-use characters (U+E000…) because no value (ASCII by validation), no placeholder
 * and no fixed text of the core contains them, and JSON does not escape them, which keeps
 * the serialised templates compact.
 */
import { parseTags } from '../../core/rules/tags.ts';
import { fieldDef, SLOT_PATHS, type SlotPath } from '../../core/fields.ts';
import type { GuideModel } from '../../core/types.ts';

/** What is marked besides the field table's slots: values derived from the region, and digit runs. */
const DERIVED_KINDS = ['partition', 'dnsSuffix', 'number'] as const;

/**
 * The kinds of marker, in code-point order (`U+E000 + index`): the field table's slot paths in
 * its order, then the derived kinds. The build's templates and the page's filler are made by
 * the same build from this one list, so the code points only have to agree with themselves. The
 * order also breaks ties: a string that is the value of two kinds (same length) belongs to the
 * earlier one (`abstractLine` sorts by length, stably), e.g. a tag equal to a role name is marked
 * as the tag. The templates' property tests cover any values.
 */
export const MARKER_KINDS: readonly MarkerKind[] = [...SLOT_PATHS, ...DERIVED_KINDS];

/** One kind of marker. */
export type MarkerKind = SlotPath | (typeof DERIVED_KINDS)[number];

/** First marker code point. */
export const MARKER_BASE = 0xe000;

/** Index of the `number` kind: a run of ASCII digits that is not part of a value. */
export const NUMBER_KIND = MARKER_KINDS.indexOf('number');

/** Index of the `partition` kind (matched at build time only inside `arn:<partition>:`). */
export const PARTITION_KIND = MARKER_KINDS.indexOf('partition');

/**
 * Kinds whose values the reader chose (or the ExternalId): these are marked in the
 * rendered snippet; the vendor's fixed settings and derived values are not.
 */
export const READER_KINDS: ReadonlySet<number> = new Set(
  SLOT_PATHS.filter((path) => fieldDef(path).owner !== 'settings').map((path) => MARKER_KINDS.indexOf(path)),
);

/** The marker character of kind index `kind`. */
export function markerChar(kind: number): string {
  return String.fromCharCode(MARKER_BASE + kind);
}

/** The kind index of `ch` when it is a marker character, otherwise -1. */
export function markerKind(ch: string): number {
  const kind = ch.charCodeAt(0) - MARKER_BASE;
  return ch.length === 1 && kind >= 0 && kind < MARKER_KINDS.length ? kind : -1;
}

/**
 * The model's values by kind index (empty strings dropped; `number` has none: it matches
 * any digit run). Lists keep every item, so a marker of a list kind may stand for any item.
 */
export function valuesByKind(model: GuideModel): string[][] {
  const pick: Record<MarkerKind, readonly string[]> = {
    accountId: [model.accountId],
    vendorAccountId: [model.vendorAccountId],
    region: [model.region],
    clusters: model.clusters,
    repoPatterns: model.repoPatterns,
    repos: model.repos,
    'roleNames.repoPusher': [model.roleNames.repoPusher],
    'roleNames.eksDeployer': [model.roleNames.eksDeployer],
    'policyNames.repoPusher': [model.policyNames.repoPusher],
    'policyNames.eksDeployer': [model.policyNames.eksDeployer],
    'kubernetes.username': [model.kubernetes.username],
    'kubernetes.group': [model.kubernetes.group],
    'kubernetes.namespace': [model.kubernetes.namespace],
    externalId: [model.externalId],
    permissionsBoundary: [model.permissionsBoundary],
    // A tag shows as its key and its value, each on its own line (`Key:` / `Value:`).
    tags: parseTags(model.tags).flatMap((tag) => [tag.Key, tag.Value]),
    previousExternalId: [model.previousExternalId],
    partition: [model.partition],
    dnsSuffix: [model.dnsSuffix],
    number: [],
  };
  // Longest first, so that a value which is a prefix of another is tried last.
  return MARKER_KINDS.map((kind) =>
    [...new Set(pick[kind].filter((v) => typeof v === 'string' && v !== ''))].sort((a, b) => b.length - a.length),
  );
}
