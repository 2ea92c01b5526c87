/**
 * Finds the headings of a Markdown/MDX page and checks their explicit IDs.
 *
 * Support staff link sections by ID, so an ID must never depend on the heading's words
 * (which differ per language and get reworded). Every h2/h3 therefore carries an explicit
 * `{#id}`, and both languages of a page carry the same set.
 */

/** One heading found in a page's source. */
export interface SourceHeading {
  level: number;
  text: string;
  /** The explicit `{#id}`, or null when the heading has none. */
  id: string | null;
  /** 1-based line number in the source. */
  line: number;
}

/** Shape of a valid section ID: lowercase words joined by single hyphens. */
export const HEADING_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const HEADING = /^(#{1,6})[ \t]+(.*?)[ \t]*$/;
const EXPLICIT_ID = /[ \t]*\{#([^}\s]*)\}$/;
const FENCE = /^[ \t]*(`{3,}|~{3,})/;

/** Lists the ATX headings of a Markdown/MDX source, skipping fenced code and front matter. */
export function findHeadings(source: string): SourceHeading[] {
  const headings: SourceHeading[] = [];
  const lines = source.split(/\r?\n/);
  let fence: string | null = null;
  let inFrontmatter = lines[0] === '---';
  lines.forEach((line, i) => {
    if (inFrontmatter) {
      if (i > 0 && line === '---') inFrontmatter = false;
      return;
    }
    const fenceMatch = FENCE.exec(line);
    if (fenceMatch?.[1]) {
      const marker = fenceMatch[1];
      if (fence === null) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = null;
      return;
    }
    if (fence !== null) return;
    const m = HEADING.exec(line);
    if (!m?.[1] || m[2] === undefined) return;
    const idMatch = EXPLICIT_ID.exec(m[2]);
    headings.push({
      level: m[1].length,
      text: idMatch ? m[2].slice(0, idMatch.index) : m[2],
      id: idMatch?.[1] ?? null,
      line: i + 1,
    });
  });
  return headings;
}

/** One page of one language, as the checker sees it. */
export interface PageSource {
  /** Locale-independent page slug, e.g. `roles` ('' for the home page). */
  slug: string;
  /** Path shown in messages. */
  file: string;
  headings: SourceHeading[];
}

/**
 * Checks the guide's headings and returns one message per problem (empty when all is well):
 * h2–h4 without an explicit ID or with a malformed one, IDs used twice in one language,
 * pages whose ID sets differ between languages, and fixed section IDs missing from the page
 * the registry says holds them.
 */
export function checkHeadingIds(
  pagesByLang: Record<string, PageSource[]>,
  fixedIds: Record<string, string>,
): string[] {
  const problems: string[] = [];
  const idSets = new Map<string, Map<string, Set<string>>>();
  for (const [lang, pages] of Object.entries(pagesByLang)) {
    const seen = new Map<string, string>();
    const bySlug = new Map<string, Set<string>>();
    for (const page of pages) {
      const ids = new Set<string>();
      for (const h of page.headings) {
        if (h.level < 2 || h.level > 4) continue;
        if (h.id === null) {
          problems.push(`${page.file}:${h.line}: heading "${h.text}" has no explicit ID; write it as "${'#'.repeat(h.level)} ${h.text} {#some-id}".`);
          continue;
        }
        if (!HEADING_ID_PATTERN.test(h.id)) {
          problems.push(`${page.file}:${h.line}: heading ID "${h.id}" must be lowercase letters, digits and single hyphens.`);
          continue;
        }
        const other = seen.get(h.id);
        if (other) problems.push(`${page.file}:${h.line}: heading ID "${h.id}" is already used in ${other}; IDs are unique across the guide.`);
        seen.set(h.id, `${page.file}:${h.line}`);
        ids.add(h.id);
      }
      bySlug.set(page.slug, ids);
    }
    idSets.set(lang, bySlug);
    for (const [id, slug] of Object.entries(fixedIds)) {
      const ids = bySlug.get(slug);
      if (!ids) problems.push(`[${lang}] section "${id}" should be on page "${slug || 'index'}", which does not exist.`);
      else if (!ids.has(id)) problems.push(`[${lang}] section "${id}" is missing from page "${slug || 'index'}" (src/utils/sections.ts says it lives there).`);
    }
  }
  const [first, ...rest] = [...idSets.entries()];
  if (first) {
    const [baseLang, basePages] = first;
    for (const [lang, pages] of rest) {
      const slugs = new Set([...basePages.keys(), ...pages.keys()]);
      for (const slug of slugs) {
        const a = basePages.get(slug);
        const b = pages.get(slug);
        if (!a || !b) {
          problems.push(`page "${slug || 'index'}" exists in ${a ? baseLang : lang} but not in ${a ? lang : baseLang}.`);
          continue;
        }
        const onlyA = [...a].filter((id) => !b.has(id));
        const onlyB = [...b].filter((id) => !a.has(id));
        if (onlyA.length || onlyB.length) {
          problems.push(
            `page "${slug || 'index'}": heading IDs differ between languages` +
              (onlyA.length ? `; only in ${baseLang}: ${onlyA.join(', ')}` : '') +
              (onlyB.length ? `; only in ${lang}: ${onlyB.join(', ')}` : '') + '.',
          );
        }
      }
    }
  }
  return problems;
}
