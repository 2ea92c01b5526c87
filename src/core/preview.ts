/**
 * The preview's one algorithm: the artifacts as the guide shows them for one validation,
 * built from the validated model when the inputs are valid and within AWS's size limits,
 * otherwise from the placeholder model. For any subset of the artifact table, given their
 * builders: the CLI's `previewFromValidation` (../generate.ts) runs it over every artifact with
 * the static builders, a page over the artifacts it shows with the builders it loaded
 * (./artifacts/loaders.ts). The limits are always measured on their own artifacts
 * (`LIMITED_ARTIFACTS`), so every subset gets the same errors, model and texts as the whole set.
 */
import { ARTIFACT_CATALOG, artifactRow, type ArtifactRow } from './artifacts/catalog.ts';
import type { Builder } from './artifacts/loaders.ts';
import { LIMITED_ARTIFACTS, sizeLimitIssuesOfArtifacts } from './size-limits.ts';
import { placeholderModel } from './placeholders.ts';
import type { Artifact, ArtifactId, FieldIssue, GuideInputs, GuideModel, ValidationResult } from './types.ts';

/** A generated file, with the id of the artifact it is. */
export interface GeneratedArtifact extends Artifact {
  id: ArtifactId;
}

/** One artifact as the guide shows it while the reader is still typing. */
export interface ArtifactPreview extends GeneratedArtifact {
  /** All fields the artifact uses are valid: the text has no placeholder and may be copied. */
  ready: boolean;
  /** The errors of the fields the artifact uses (what the reader must fix to make it ready). */
  blocking: FieldIssue[];
}

/** Every artifact as the guide shows it for one validation, and the model they were built from. */
export interface PreviewSet {
  /** The validated model, or the placeholder model where a value is invalid or over a limit. */
  model: GuideModel;
  /** The artifacts asked for, in guide order. */
  artifacts: ArtifactPreview[];
}

/** Builders by artifact id; a preview needs those of its artifacts and of `LIMITED_ARTIFACTS`. */
export type BuilderSet = Readonly<Partial<Record<ArtifactId, Builder>>>;

/** Whether `builders` holds every builder the size limits are measured with. */
export function canMeasureLimits(builders: BuilderSet): boolean {
  return LIMITED_ARTIFACTS.every((id) => builders[id] !== undefined);
}

/**
 * The builders {@link previewSubset} needs for the artifacts `ids` and this validation: theirs,
 * and those the size limits are measured on only when the inputs are valid (an invalid model
 * is never measured: its errors already stop every file).
 */
export function buildersNeeded(result: ValidationResult, ids: Iterable<ArtifactId>): Set<ArtifactId> {
  const needed = new Set(ids);
  if (result.ok) for (const id of LIMITED_ARTIFACTS) needed.add(id);
  return needed;
}

/**
 * Texts built before, so that a change rebuilds only the artifacts it touches (issue 8's
 * keystroke budget: typing an account ID need not rebuild the 50-KB CloudFormation template,
 * which does not contain it). A builder's text depends only on the model values of its row's
 * `uses` and on whether those of its `present` are set (tests/unit/artifacts/properties.test.ts
 * holds every builder to that), so those are the key. Keeps the last few texts per artifact: a page's preview and the rotation's
 * overlap (the same inputs with the previous ExternalId) alternate without evicting each other.
 */
export interface TextCache {
  /** The text of `row` for `model`: `build(model)`, or the same text built before for the same used values. */
  text(row: ArtifactRow, model: GuideModel, build: Builder): string;
}

/** Whether a model value is set: a non-empty string or list (what a row's `present` fields are keyed by). */
export function isSet(value: unknown): boolean {
  return typeof value === 'string' || Array.isArray(value) ? value.length > 0 : value !== undefined;
}

/** A {@link TextCache} keeping the `perArtifact` most recently used texts of each artifact. */
export function createTextCache(perArtifact = 4): TextCache {
  const byId = new Map<string, Map<string, string>>();
  return {
    text(row, model, build) {
      const key = JSON.stringify([row.uses.map((field) => model[field]), (row.present ?? []).map((field) => isSet(model[field]))]);
      let texts = byId.get(row.id);
      if (!texts) byId.set(row.id, (texts = new Map()));
      let text = texts.get(key);
      if (text === undefined) text = build(model);
      // Most recently used last (a Map keeps insertion order); the oldest goes first.
      texts.delete(key);
      texts.set(key, text);
      if (texts.size > perArtifact) texts.delete(texts.keys().next().value as string);
      return text;
    },
  };
}

function builderOf(builders: BuilderSet, id: ArtifactId): Builder {
  const build = builders[id];
  if (!build) throw new Error(`preview: no builder for ${id}`);
  return build;
}

/**
 * The artifacts `ids` (any order; shown in guide order) for a validation the caller already
 * has: see the module comment. `builders` must hold those of {@link buildersNeeded}; `cache`,
 * when given, reuses texts built for earlier validations (the same texts, built less often).
 */
export function previewSubset(
  inputs: GuideInputs,
  result: ValidationResult,
  builders: BuilderSet,
  ids: Iterable<ArtifactId>,
  cache?: TextCache,
): PreviewSet {
  const wanted = new Set(ids);
  const rows = ARTIFACT_CATALOG.filter((row) => wanted.has(row.id));
  let errors = result.ok ? [] : result.errors;
  let model = result.ok ? result.model : placeholderModel(inputs, errors);
  // Each text is built once per model: the limited texts measured below are also shown.
  let texts = new Map<ArtifactId, string>();
  const textOf = (id: ArtifactId): string => {
    let text = texts.get(id);
    if (text === undefined) {
      const build = builderOf(builders, id);
      text = cache ? cache.text(artifactRow(id), model, build) : build(model);
      texts.set(id, text);
    }
    return text;
  };
  if (result.ok) {
    // AWS's size limits, measured on the limited texts (limits.ts); over one, the fields
    // responsible become placeholders, like any other error (rare, so the second build is too).
    const over = sizeLimitIssuesOfArtifacts(LIMITED_ARTIFACTS.map((id) => ({ id, text: textOf(id) })));
    if (over.length > 0) {
      errors = over;
      model = placeholderModel(inputs, errors);
      texts = new Map();
    }
  }
  const artifacts = rows.map((row): ArtifactPreview => {
    const blocking = errors.filter((issue) => (row.uses as readonly string[]).includes(issue.field));
    return {
      id: row.id,
      fileName: row.fileName,
      language: row.language,
      text: textOf(row.id),
      ready: blocking.length === 0,
      blocking,
    };
  });
  return { model, artifacts };
}
