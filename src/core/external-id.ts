/**
 * The ExternalId: the value both trust policies require in `sts:ExternalId`.
 *
 * Generated in the reader's browser (or the CLI) from a cryptographic source:
 * nanoid's `customAlphabet` uses `crypto.getRandomValues` (Web Crypto) in its browser
 * build and Node's Web Crypto in its Node build, and rejects biased bytes so that
 * every character of the alphabet is equally likely.
 */
import { customAlphabet } from 'nanoid';

/** Characters of the random part: letters and digits only, so the value survives any copy/paste or quoting. */
export const EXTERNAL_ID_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Length of the random part: 32 × log2(62) ≈ 190 bits. */
export const EXTERNAL_ID_RANDOM_LENGTH = 32;

/** AWS's own rule for `sts:ExternalId`: 2–1224 characters of `[\w+=,.@:/-]`. */
export const EXTERNAL_ID_PATTERN = /^[\w+=,.@:/-]{2,1224}$/;

/** Characters AWS allows in an ExternalId (one character, no length). */
export const EXTERNAL_ID_CHAR = /^[\w+=,.@:/-]$/;

/** Minimum and maximum length of an ExternalId. */
export const EXTERNAL_ID_MIN_LENGTH = 2;
/** @see EXTERNAL_ID_MIN_LENGTH */
export const EXTERNAL_ID_MAX_LENGTH = 1224;

/** Longest prefix a vendor may configure; keeps generated IDs short enough to read aloud. */
export const EXTERNAL_ID_PREFIX_MAX_LENGTH = 64;

const randomBody = customAlphabet(EXTERNAL_ID_ALPHABET, EXTERNAL_ID_RANDOM_LENGTH);

/** Whether `value` is a valid ExternalId by AWS's rule. */
export function isValidExternalId(value: string): boolean {
  return EXTERNAL_ID_PATTERN.test(value);
}

/** Whether `prefix` may prefix generated ExternalIds: 0–64 characters AWS allows in an ExternalId. */
export function isValidExternalIdPrefix(prefix: string): boolean {
  return prefix.length <= EXTERNAL_ID_PREFIX_MAX_LENGTH && /^[\w+=,.@:/-]*$/.test(prefix);
}

/**
 * A fresh ExternalId: `prefix` followed by 32 random letters/digits.
 * Throws `RangeError` for an invalid prefix: the prefix comes from validated vendor settings,
 * so this is a programming error, and silently producing an ID AWS refuses would be worse.
 */
export function generateExternalId(prefix: string): string {
  if (!isValidExternalIdPrefix(prefix)) {
    throw new RangeError(
      `ExternalId prefix must be 0-${EXTERNAL_ID_PREFIX_MAX_LENGTH} characters of [A-Za-z0-9_+=,.@:/-]`,
    );
  }
  return prefix + randomBody();
}
