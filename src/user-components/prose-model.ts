/**
 * Build-time side of the values filled into prose and static commands: the model a page is
 * rendered with (the vendor's settings and defaults, no account ID yet, so placeholders
 * where the reader still has to type), and the browser settings the client filler starts
 * the shared store with. Emitted once per page (see {@link takeSettingsSlot}).
 */
import { settings } from '../config/site-settings.ts';
import { validateInputs } from '../core/validate.ts';
import type { GuideModel } from '../core/types.ts';
import { previewModel } from '../highlight/model.ts';
import { browserSettings, defaultValues, toGuideInputs, type BrowserSettings } from '../stores/guide.ts';

/** The settings the client filler receives (the same subset the islands get). */
export const proseSettings: BrowserSettings = browserSettings(settings);

/** The model of a reader who has typed nothing yet: what the page shows before its script runs. */
export const serverProseModel: GuideModel = (() => {
  const inputs = toGuideInputs(proseSettings, defaultValues(proseSettings), '');
  return previewModel(inputs, validateInputs(inputs, { vendorAccountId: proseSettings.vendorAccountId }));
})();

const pagesWithSettings = new WeakSet<object>();

/**
 * True the first time it is called for a page render (`Astro.locals` is one object per
 * page): that element carries the settings for the client filler, the others do not, so a
 * page holds them once however many values it fills.
 */
export function takeSettingsSlot(locals: object): boolean {
  if (pagesWithSettings.has(locals)) return false;
  pagesWithSettings.add(locals);
  return true;
}
