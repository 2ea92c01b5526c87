/**
 * Saving an artifact as a file from the page: a Blob URL and a temporary `<a download>`,
 * so the text never travels over the network (the page has it already). The MIME type is the
 * artifact table's (`artifactMime` of src/core/artifacts/catalog.ts).
 */

/** Saves `text` as `fileName` through the browser's download (no request is made). */
export function downloadText(fileName: string, text: string, mimeType: string): void {
  // charset: the handoff sheet has Japanese text; without it some viewers guess Latin-1.
  const blob = new Blob([text], { type: `${mimeType};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later, not at once: some browsers start reading the Blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
