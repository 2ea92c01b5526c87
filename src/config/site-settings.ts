/**
 * The vendor settings this build uses: `vendor.ts` defaults with the build environment's
 * overrides applied and validated. Imported by pages and components at build time only;
 * islands receive the values they need as props.
 */
import { vendorSettings } from './vendor.ts';
import type { VendorSettings } from './settings-schema.ts';

/** Resolved settings of this build. */
export const settings: VendorSettings = vendorSettings;
