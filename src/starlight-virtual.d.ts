/**
 * Types of the two Starlight virtual modules our Search override imports, as Starlight 0.42
 * defines them (`@astrojs/starlight/dist/integrations/vite-virtual-modules.js`). Starlight
 * ships no declarations for its virtual modules, so a component outside the package that
 * uses them declares the parts it reads.
 */
declare module 'virtual:starlight/project-context' {
  const project: {
    build: { format: 'file' | 'directory' | 'preserve' };
    root: string;
    srcDir: string;
    trailingSlash: 'always' | 'never' | 'ignore';
  };
  export default project;
}

declare module 'virtual:starlight/pagefind-config' {
  /** Pagefind UI options from Starlight's `pagefind` setting (ranking, merge index…). */
  export const pagefindUserConfig: Record<string, unknown>;
}
