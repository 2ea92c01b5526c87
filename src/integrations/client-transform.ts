/**
 * The shape our Vite plugins share: rewrite the modules one pattern names, in the client build
 * only (the server build, the CLI and the tests read the files as written).
 */

/** Forward slashes, so module ids compare the same on every platform (chunks.ts and builder-placement.ts too). */
export const norm = (id: string): string => id.replaceAll('\\', '/');

/** What a client transform returns for a module it rewrites (Rolldown's transform result). */
export interface ClientTransformResult {
  code: string;
  map: null;
  moduleSideEffects?: false;
}

/** A Vite plugin of the client environment. */
export interface ClientTransformPlugin {
  name: string;
  applyToEnvironment: (environment: { name: string }) => boolean;
  transform: (code: string, id: string) => ClientTransformResult | undefined;
}

/**
 * A plugin named `method-b:<name>` that applies `rewrite` to each module whose id (forward
 * slashes, no query) `module` matches, in the client build; other modules are left alone.
 */
export function clientTransform(name: string, module: RegExp, rewrite: (code: string) => Omit<ClientTransformResult, 'map'>): ClientTransformPlugin {
  return {
    name: `method-b:${name}`,
    applyToEnvironment: (environment) => environment.name === 'client',
    transform: (code, id) => (module.test(norm(id).replace(/\?.*$/, '')) ? { ...rewrite(code), map: null } : undefined),
  };
}
