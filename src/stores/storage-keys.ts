/**
 * The storage keys, on their own: a page without islands checks whether the reader stored
 * anything before it loads the state layer at all (src/user-components/prose-filler.ts).
 */

/** localStorage key of the non-secret state; the version suffix changes when the shape does. */
export const STATE_KEY = 'method-b-guide:v1';

/** Key of the ExternalId, in sessionStorage (default) or localStorage (opt-in). */
export const EXTERNAL_ID_KEY = 'method-b-guide:v1:external-id';
