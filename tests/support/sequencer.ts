/**
 * The order test files start in. Vitest's own order is the previous run's test durations, longest
 * first, or on a fresh clone (no cache) the file size, largest first. Neither sees the files whose
 * time is not in their tests: a build run while the file is collected (its tests then take
 * milliseconds), or a file that mostly waits for other processes. Started last, such a file is the
 * run's tail on its own. These start first, in this order; the rest keep Vitest's order.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Files that take long whatever their size or test durations say (paths from the project root). */
export const START_FIRST = [
  // Creates a Python virtual environment and waits for pip (wall time mostly spent waiting).
  'tests/validators/ensure-validators.test.ts',
  // A whole production build while the file is collected.
  'tests/build/all-options.test.ts',
  // The largest property tests of the core.
  'tests/unit/artifacts/properties.test.ts',
  'tests/unit/highlight/templates.test.ts',
];

/** {@link START_FIRST} first, then Vitest's own order. */
export default class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (spec: TestSpecification) => {
      const index = START_FIRST.findIndex((path) => spec.moduleId.endsWith(`/${path}`));
      return index < 0 ? START_FIRST.length : index;
    };
    // Array.prototype.sort is stable: files of equal rank keep Vitest's order.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}
