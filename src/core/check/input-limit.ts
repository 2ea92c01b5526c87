/**
 * The largest pasted text the setup check reads, on its own so that the page's island (which
 * shows it) does not bundle the parser: the checking runs in a worker (issue 8's budget).
 */

/** Largest input read at all (characters): far above two roles, a few clusters and RBAC objects. */
export const MAX_INPUT_CHARS = 2_000_000;
