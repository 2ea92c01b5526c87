/**
 * Expressive Code's renderer as Starlight configured it (themes, colours, frames), for
 * highlighting at build time outside Markdown. Only usable inside the Astro build (it reads
 * the integration's virtual modules).
 *
 * Adapted from `astro-expressive-code/components/renderer.ts` (Expressive Code, MIT licence,
 * © Tibor Schiemann): the same steps as the `<Code>` component, so our templates carry
 * exactly the tokens and colours a static code block of the guide has.
 */
/// <reference path="../../../node_modules/astro-expressive-code/virtual.d.ts" />
import type { AstroExpressiveCodeRenderer } from 'astro-expressive-code';

let cached: Promise<AstroExpressiveCodeRenderer> | undefined;

/** Starlight's Expressive Code renderer (created once per build). */
export function getEcRenderer(): Promise<AstroExpressiveCodeRenderer> {
  cached ??= createRenderer();
  return cached;
}

async function createRenderer(): Promise<AstroExpressiveCodeRenderer> {
  const { astroConfig, ecConfigFileOptions, ecIntegrationOptions = {} } = await import('virtual:astro-expressive-code/config');
  const { createAstroRenderer, mergeEcConfigOptions } = await import('virtual:astro-expressive-code/api');
  let ecConfig = mergeEcConfigOptions(ecIntegrationOptions, ecConfigFileOptions);
  const { default: preprocessEcConfig } = await import('virtual:astro-expressive-code/preprocess-config');
  ecConfig = (await preprocessEcConfig({ ecConfig, astroConfig })) || ecConfig;
  return createAstroRenderer({ astroConfig, ecConfig });
}
