/**
 * The address bar holds no secret and nothing a page does not use (issue 9.1 / 9.7). Every
 * page runs {@link queryCleanupScript} inline in its `<head>`, before any other script:
 * - every query key that is not a reader field is removed at once — `externalId` (in any
 *   spelling), settings-owned keys (`vendorAccountId`, Kubernetes identity, role names) and
 *   anything unknown — so a secret put in a link never stays in the address bar or history;
 * - on a page without the values panel (the only thing that reads reader fields from a
 *   link), the reader fields go too, once the document is parsed.
 * The values panel removes the reader fields itself when it has handled them (`link.ts`).
 * The script is inline (it must run before the modules), so the CSP integration hashes it.
 */
import { LINK_PATHS } from '../core/fields.ts';

/** Attribute of the values panel's root, present in its static HTML. */
export const VALUES_PANEL_ATTRIBUTE = 'data-values-panel';

/** The inline script's source (self-contained, no imports: it runs before any module). */
export function queryCleanupScript(): string {
  const keep = JSON.stringify(LINK_PATHS);
  const panel = JSON.stringify(`[${VALUES_PANEL_ATTRIBUTE}]`);
  return `(()=>{try{const keep=new Set(${keep});const clean=(all)=>{const u=new URL(location.href);let changed=false;for(const k of [...u.searchParams.keys()]){if(all||!keep.has(k)){u.searchParams.delete(k);changed=true}}if(changed)history.replaceState(history.state,"",u.href)};if(location.search){clean(false);document.addEventListener("DOMContentLoaded",()=>{if(location.search&&!document.querySelector(${panel}))clean(true)})}}catch{}})();`;
}
