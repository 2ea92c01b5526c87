/**
 * Build-time side of the values filled into prose and static commands: the model a page is
 * rendered with (the vendor's settings and defaults, no account ID yet, so placeholders
 * where the reader still has to type). The browser gets the same settings once per site
 * (`src/stores/settings.ts`).
 */
import { settings } from '../config/site-settings.ts';
import { validateInputs } from '../core/validate.ts';
import type { GuideModel } from '../core/types.ts';
import { previewModel } from '../highlight/runtime/model.ts';
import { browserSettings, defaultValues, toGuideInputs, type BrowserSettings } from '../stores/browser-settings.ts';

/** The browser subset of the settings, as the client filler sees them. */
const proseSettings: BrowserSettings = browserSettings(settings);

/** The model of a reader who has typed nothing yet: what the page shows before its script runs. */
export const serverProseModel: GuideModel = (() => {
  const inputs = toGuideInputs(proseSettings, defaultValues(proseSettings), '');
  return previewModel(inputs, validateInputs(inputs, { vendorAccountId: proseSettings.vendorAccountId }));
})();
