/**
 * A short, one-way fingerprint of an ExternalId, so what the reader did with an ID (copied it,
 * downloaded a file holding it) can be stored and shared between tabs *for that ID* without
 * storing the ID itself in localStorage (it stays in sessionStorage unless the reader opts in).
 *
 * 53 bits of a non-cryptographic hash (cyrb53): it only has to tell the IDs of one browser
 * apart, and a generated ID has ~190 bits of randomness, so the fingerprint says nothing about
 * the ID. It is synchronous (Web Crypto's digest is not), as the stores need it in a click handler.
 */

/** The fingerprint of `text`: 14 lowercase hex digits. Pure, deterministic. */
export function fingerprint(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const n = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return n.toString(16).padStart(14, '0');
}
