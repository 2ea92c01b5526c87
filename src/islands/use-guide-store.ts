/**
 * The hook islands read the shared state with: `@nanostores/react`'s `useStore`, hydrating
 * against the value the server rendered (see `serverSnapshot` in `src/stores/guide.ts`).
 * Without it, a reader with stored values would hydrate an island whose first client render
 * differs from its static HTML; with it, React hydrates cleanly and then shows the stored values.
 */
import { useStore } from '@nanostores/react';
import type { ReadableAtom } from 'nanostores';
import { serverSnapshot } from '../stores/guide.ts';

/** The current value of `store`, hydration-safe. */
export function useGuideStore<T>(store: ReadableAtom<T>): T {
  return useStore(store, { ssr: () => serverSnapshot(store) });
}
