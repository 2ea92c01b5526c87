/**
 * Readiness: false while rendering on the server and hydrating, true once the island is live.
 * Controls that need JavaScript are disabled (visibly inactive) until then, and each widget
 * root carries `data-hydrated` from then on: the signal tests wait for instead of guessing.
 */
import { useSyncExternalStore } from 'react';

const noSubscribe = () => () => {};

/** Whether this island has hydrated (its buttons work). */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscribe,
    () => true,
    () => false,
  );
}

/** The readiness attribute for a widget root: `{'data-hydrated': ''}` once live. */
export function readiness(hydrated: boolean): { 'data-hydrated'?: '' } {
  return hydrated ? { 'data-hydrated': '' } : {};
}
