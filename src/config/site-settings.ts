/**
 * The vendor settings this build uses: `vendor.ts` defaults with the build environment's
 * overrides applied and validated. Imported by the Astro config (so a bad value stops the
 * build before anything is rendered) and by pages at build time; islands receive the values
 * they need as props, never from the browser's environment.
 */
import { resolveVendorSettings } from './resolve-settings.ts';
import type { VendorSettings } from './settings-schema.ts';

/** Resolved settings of this build. Throws `VendorSettingsError` naming every bad setting. */
export const settings: VendorSettings = resolveVendorSettings(process.env);
