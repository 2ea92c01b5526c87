/**
 * One preview per keystroke (issue 8.4): a single computed store holds the core's inputs,
 * their validation, the model snippets are built from and the page's artifacts, computed once
 * per change. Each island subscribes to what it shows instead of running the core itself.
 *
 * A page builds only the artifacts it shows: each snippet asks for its artifact
 * ({@link requestArtifacts}), and the builders are loaded one chunk per artifact
 * (`ARTIFACT_LOADERS`, keyed by the artifact table), together with those AWS's size limits are
 * measured on (`LIMITED_ARTIFACTS`) once the inputs are valid, so the limit errors, the model
 * and every text are exactly those of the CLI's `previewArtifacts` (the core's one `previewSubset`).
 *
 * `linkPending` lists link values the reader has not confirmed yet (issue 9.1): while it is
 * not empty nothing may be copied, downloaded, launched or ticked.
 */
import { atom, computed, type ReadableAtom } from 'nanostores';
import { ARTIFACT_LOADERS } from '../core/artifacts/loaders.ts';
import { LIMITED_ARTIFACTS } from '../core/size-limits.ts';
import { buildersNeeded, canMeasureLimits, createTextCache, previewSubset, type ArtifactPreview, type BuilderSet } from '../core/preview.ts';
import { placeholderModel } from '../core/placeholders.ts';
import type { ArtifactId, GuideInputs, GuideModel, ValidationResult } from '../core/types.ts';
import { $fromLink, $values } from './state.ts';
import { $inputs, $validation } from './validation.ts';
import type { ReaderKey } from './storage.ts';

/** Everything the page shows for the current values. */
export interface GuidePreview {
  /** The core's inputs (settings-owned fields from the build's settings only). */
  inputs: GuideInputs;
  /** Their validation, done once per change. */
  validation: ValidationResult;
  /**
   * The model the artifacts were built from: validated, or placeholders where a value is
   * invalid or (once `sized`) makes a document exceed an AWS limit.
   */
  model: GuideModel;
  /**
   * Whether `model` and `artifacts` are final: the builders needed are loaded (AWS's size limits
   * measured when the inputs are valid). Before, `artifacts` is empty.
   */
  sized: boolean;
  /** The artifacts the page asked for (and those the limits are measured on), built once per change. */
  artifacts: ReadonlyMap<ArtifactId, ArtifactPreview>;
  /** Link values not yet confirmed: nothing may be copied, downloaded, launched or ticked. */
  linkPending: readonly ReaderKey[];
}

export { $inputs, $validation } from './validation.ts';

/** The builders loaded so far. */
const $builders = atom<BuilderSet>({});
/** The artifacts the page's islands asked for. */
const $requested = atom<readonly ArtifactId[]>([]);
const loading = new Set<ArtifactId>();
/** The page's texts by the values they use: a keystroke rebuilds only the artifacts it changes. */
const texts = createTextCache();

/** Loads the builders of `ids` not loaded or loading yet; one store update per batch. */
function load(ids: Iterable<ArtifactId>): void {
  const fresh = [...ids].filter((id) => !loading.has(id));
  if (fresh.length === 0) return;
  for (const id of fresh) loading.add(id);
  void Promise.all(fresh.map(async (id) => [id, await ARTIFACT_LOADERS[id]()] as const)).then((loaded) => {
    $builders.set({ ...$builders.get(), ...Object.fromEntries(loaded) });
  });
}

let watching = false;

/**
 * Asks for the artifacts `ids`: their builders load in the background and the preview then
 * holds them. The builders AWS's size limits are measured with load when the inputs are valid
 * (an invalid model is never measured), and already when the reader first changes a value, so
 * they are there by the time the values are complete. Idempotent; does nothing during the
 * server render (islands render there without the preview).
 */
export function requestArtifacts(ids: readonly ArtifactId[]): void {
  if (import.meta.env.SSR) return;
  const requested = $requested.get();
  const fresh = ids.filter((id) => !requested.includes(id));
  if (fresh.length > 0) $requested.set([...requested, ...fresh]);
  load(ids);
  if (watching) return;
  watching = true;
  $validation.subscribe((validation) => {
    if (validation) load(buildersNeeded(validation, []));
  });
  const stop = $values.listen(() => {
    stop();
    load(LIMITED_ARTIFACTS);
  });
}

/**
 * The artifacts `ids` (and the limited ones) for one validation with the builders loaded so
 * far (those of `buildersNeeded` must be loaded): the core's one preview, reusing the
 * validation instead of running it again.
 */
export function artifactsFor(
  inputs: GuideInputs,
  validation: ValidationResult,
  builders: BuilderSet = $builders.get(),
  ids: readonly ArtifactId[] = $requested.get(),
): { model: GuideModel; artifacts: Map<ArtifactId, ArtifactPreview> } {
  const measurable = canMeasureLimits(builders);
  if (validation.ok && !measurable) {
    // Valid inputs cannot be shown before their limits are measured: nothing yet (the builders
    // are loading; the stores recompute when they are there).
    return { model: validation.model, artifacts: new Map() };
  }
  const built = measurable ? [...LIMITED_ARTIFACTS, ...ids] : ids;
  const { model, artifacts } = previewSubset(inputs, validation, builders, built, texts);
  return { model, artifacts: new Map(artifacts.map((artifact) => [artifact.id, artifact])) };
}

type Built = Omit<GuidePreview, 'linkPending'>;
let last: Built | null = null;

// The artifacts depend on the inputs only; the link marks change without rebuilding them.
const $built = computed([$inputs, $validation, $builders, $requested], (inputs, validation, builders, requested): Built | null => {
  if (!inputs || !validation) return (last = null);
  const ready = requested.filter((id) => builders[id] !== undefined);
  if (![...buildersNeeded(validation, ready)].every((id) => builders[id] !== undefined)) {
    // Valid inputs while the limits' builders still load: the artifacts stay those of the
    // last preview (built from invalid inputs, so none of them can be copied) for that moment;
    // the validation is the current one. Before any preview, nothing is final yet.
    if (last) return { ...last, inputs, validation };
    const model = validation.ok ? validation.model : placeholderModel(inputs, validation.errors);
    return { inputs, validation, model, sized: false, artifacts: new Map<ArtifactId, ArtifactPreview>() };
  }
  return (last = { inputs, validation, sized: true, ...artifactsFor(inputs, validation, builders, ready) });
});

/** The one preview of the page; null until the settings are known. */
export const $preview: ReadableAtom<GuidePreview | null> = computed([$built, $fromLink], (built, linkPending) =>
  built ? { ...built, linkPending } : null,
);
