/**
 * The catalogue's one interpolation syntax, `{{name}}`. A module of its own, importing nothing,
 * so that islands filling their strings do not pull any catalogue into the browser.
 */

/** `template` with each `{{name}}` replaced by `params[name]` (unknown names are left as they are). */
export function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}
