/**
 * One preview per keystroke (issue 8.4): a single computed store holds the core's inputs,
 * their validation, the model snippets are built from and the page's artifacts, computed once
 * per change. Each island subscribes to what it shows instead of running the core itself.
 *
 * A page builds only the artifacts it shows: each snippet asks for its artifact
 * ({@link requestArtifacts}), and the builders are loaded one chunk per artifact
 * (`ARTIFACT_LOADERS`, keyed by the artifact table), together with those AWS's size limits are
 * measured on (`LIMITED_ARTIFACTS`), so the limit errors, the model and every text are exactly
 * those of the CLI's `previewArtifacts` (the core's one `previewSubset`).
 *
 * `linkPending` lists link values the reader has not confirmed yet (issue 9.1): while it is
 * not empty nothing may be copied, downloaded, launched or ticked.
 */
import { atom, computed, type ReadableAtom } from 'nanostores';
import { ARTIFACT_LOADERS } from '../core/artifacts/loaders.ts';
import { LIMITED_ARTIFACTS } from '../core/size-limits.ts';
import { canMeasureLimits, previewSubset, type ArtifactPreview, type BuilderSet } from '../core/preview.ts';
import { placeholderModel } from '../core/placeholders.ts';
import type { ArtifactId, GuideInputs, GuideModel, ValidationResult } from '../core/types.ts';
import { $fromLink } from './state.ts';
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
   * Whether AWS's size limits were measured (their builders are loaded): only then are
   * `model` and `artifacts` final. Before, `artifacts` is empty.
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

/**
 * Asks for the artifacts `ids` (and, always, those the size limits are measured on): their
 * builders load in the background and the preview then holds them. Idempotent; does nothing
 * during the server render (islands render there without the preview).
 */
export function requestArtifacts(ids: readonly ArtifactId[]): void {
  if (import.meta.env.SSR) return;
  const requested = $requested.get();
  const fresh = ids.filter((id) => !requested.includes(id));
  if (fresh.length > 0) $requested.set([...requested, ...fresh]);
  const load = [...LIMITED_ARTIFACTS, ...ids].filter((id) => !loading.has(id));
  if (load.length === 0) return;
  for (const id of load) loading.add(id);
  // One update for the whole batch: the preview is computed once, not once per chunk.
  void Promise.all(load.map(async (id) => [id, await ARTIFACT_LOADERS[id]()] as const)).then((loaded) => {
    $builders.set({ ...$builders.get(), ...Object.fromEntries(loaded) });
  });
}

/**
 * The artifacts `ids` (and the limited ones) for one validation with the builders loaded so
 * far (all of them must be loaded): the core's one preview, reusing the validation instead of
 * running it again.
 */
export function artifactsFor(
  inputs: GuideInputs,
  validation: ValidationResult,
  builders: BuilderSet = $builders.get(),
  ids: readonly ArtifactId[] = $requested.get(),
): { model: GuideModel; artifacts: Map<ArtifactId, ArtifactPreview> } {
  const { model, artifacts } = previewSubset(inputs, validation, builders, [...LIMITED_ARTIFACTS, ...ids]);
  return { model, artifacts: new Map(artifacts.map((artifact) => [artifact.id, artifact])) };
}

// The artifacts depend on the inputs only; the link marks change without rebuilding them.
const $built = computed([$inputs, $validation, $builders, $requested], (inputs, validation, builders, requested) => {
  if (!inputs || !validation) return null;
  if (!canMeasureLimits(builders)) {
    // Until the limits can be measured, the model of the validation alone and no artifact.
    const model = validation.ok ? validation.model : placeholderModel(inputs, validation.errors);
    return { inputs, validation, model, sized: false, artifacts: new Map<ArtifactId, ArtifactPreview>() };
  }
  const ready = requested.filter((id) => builders[id] !== undefined);
  return { inputs, validation, sized: true, ...artifactsFor(inputs, validation, builders, ready) };
});

/** The one preview of the page; null until the settings are known. */
export const $preview: ReadableAtom<GuidePreview | null> = computed([$built, $fromLink], (built, linkPending) =>
  built ? { ...built, linkPending } : null,
);
