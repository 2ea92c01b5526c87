/**
 * This build's browser settings, reaching the browser once: the build defines
 * `__GUIDE_SETTINGS__` (see `src/integrations/browser-settings.ts`), so they are one constant
 * in one shared chunk instead of a prop serialised into every island of every page.
 *
 * Outside a Vite build (unit tests, Playwright's Node side) the constant does not exist and
 * the settings are null until `initGuideStore(settings)` provides them.
 */
import { atom, type WritableAtom } from 'nanostores';
import type { BrowserSettings } from './browser-settings.ts';

declare const __GUIDE_SETTINGS__: BrowserSettings | undefined;

/** The settings the build injected, or null outside a Vite build. */
export const BUILD_SETTINGS: BrowserSettings | null =
  typeof __GUIDE_SETTINGS__ === 'undefined' ? null : (__GUIDE_SETTINGS__ ?? null);

/** The settings this page was built with (constant in a page; null only outside a Vite build until set). */
export const $settings: WritableAtom<BrowserSettings | null> = atom<BrowserSettings | null>(BUILD_SETTINGS);

/** The page's settings; throws outside a Vite build before `initGuideStore(settings)` (a wiring bug, not a reader's problem). */
export function pageSettings(): BrowserSettings {
  const settings = $settings.get();
  if (!settings) throw new Error('guide settings are not set: __GUIDE_SETTINGS__ missing from the build');
  return settings;
}
