/**
 * Settings reach the browser once (issue 8.3): the browser subset of this build's vendor
 * settings becomes the constant `__GUIDE_SETTINGS__` (read by `src/stores/settings.ts`), so
 * it ships in one shared chunk rather than as a prop serialised into every island. Only the
 * subset `browserSettings` picks (no support contact) is ever in the page.
 */
import type { VendorSettings } from '../config/settings-schema.ts';
import { browserSettings } from '../stores/browser-settings.ts';

/** Vite `define` entries for `settings` (merge into `vite.define` of the Astro config). */
export function browserSettingsDefine(settings: VendorSettings): Record<string, string> {
  return { __GUIDE_SETTINGS__: JSON.stringify(browserSettings(settings)) };
}
