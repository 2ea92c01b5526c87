/**
 * JSON text of an artifact: two-space indentation and a final newline, the layout the
 * AWS console and CLI examples use, so a pasted policy looks like the documentation's.
 */

/** Serialises `value` as an artifact's JSON text. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** The IAM policy language version every policy here declares (the current one, needed for policy variables). */
export const IAM_POLICY_VERSION = '2012-10-17';
