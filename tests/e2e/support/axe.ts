/**
 * axe-core as every browser test runs it: one rule set, one way to report, affordable on pages
 * with thousands of highlighted code tokens.
 *
 * Why two passes: on /cloudformation/ (six long CloudFormation and Terraform blocks, ~4,000
 * token spans) one run of every rule took 25 s on this 2-core machine; the same rules with the
 * tokens inside `<pre><code>` left out took 4 s, and the colour rules alone over everything,
 * tokens included, 4.6 s (measured 2026-12-01). A token span is plain text in a code block:
 * no name, role, state or structure for the other rules to find. What a token can get wrong is
 * its colour, so the colour rules still see every distinct token (see `markRepeatedTokens`:
 * tokens that axe would judge identically are judged once), in every theme checked.
 *
 * Why axe runs in the page itself: `@axe-core/playwright`'s `analyze()` injects the 570 KB
 * axe script again on every call and finishes each run in a new blank page of the context (a
 * page opened, axe injected twice, the results serialised there, the page closed). Our pages
 * have no frames, where that machinery matters, so axe is injected once per document and
 * `axe.run` is called directly: the same engine, rules and options, a fraction of the round
 * trips. A page with frames falls back to `AxeBuilder`.
 */
import AxeBuilder from '@axe-core/playwright';
import axe from 'axe-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

/** A rule configuration as axe's `rules` option takes it. */
export type Rules = Record<string, { enabled: boolean }>;

const notAaa = (rule: { tags: string[] }) => !rule.tags.some((tag) => /aaa$/.test(tag));
const isColour = (rule: { tags: string[] }) => rule.tags.includes('cat.color');

/**
 * axe's default rule set (WCAG A/AA and best practices) plus its experimental rules, such as
 * label-content-name-mismatch. Only the AAA-level rules stay off: AAA is not our target.
 */
export const ALL_RULES: Rules = Object.fromEntries(axe.getRules().map((rule) => [rule.ruleId, { enabled: notAaa(rule) }]));

/**
 * The rules whose outcome depends on the colour theme (contrast, links told apart by colour).
 * Everything else axe checks (names, roles, structure) is the same markup in both themes, so a
 * second theme is checked with these only, on the same page load.
 */
export const THEME_RULES: Rules = Object.fromEntries(
  axe.getRules().map((rule) => [rule.ruleId, { enabled: notAaa(rule) && isColour(rule) }]),
);

const COLOUR_RULE_IDS = new Set(axe.getRules().filter(isColour).map((rule) => rule.ruleId));

/** Highlighted code: checked by the colour rules only (see the module comment). */
const CODE_TOKENS = 'pre code';

/** The attribute that marks a token whose twin is checked in its place (present only during a colour pass). */
export const REPEAT_MARK = 'data-axe-repeat';

/** The axe-core build `@axe-core/playwright` injects (the same package the rules above come from). */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Where axe looks: selectors to include (the whole page when empty). */
export interface AxeScope {
  include?: readonly string[];
  /** Selectors left out of every rule (e.g. a third party's widget, with the reason beside it). */
  exclude?: readonly string[];
}

/** What one colour pass saw of the highlighted code: tokens in scope, and how many were judged. */
export interface TokenDedup {
  /** Leaf elements with text inside `pre code`, in scope. */
  tokens: number;
  /** Distinct keys (see `markRepeatedTokens`): each has exactly one token judged. */
  keys: number;
  /** Tokens judged by the colour rules (the keys' representatives plus every token never deduplicated). */
  checked: number;
}

interface RunRequest {
  include: string[];
  exclude: string[];
  rules: Rules;
  /** Marked repeats are left out of color-contrast by its selector (see `runInPage`). */
  skipRepeats: boolean;
}

type Found = Array<{ id: string; targets: string[] }>;

const format = (found: Found): string[] => found.map((v) => `${v.id}: ${v.targets.join(' | ')}`);

/** Runs axe in the page (injected once per document); only violations, as rule id and targets. */
async function runInPage(page: Page, request: RunRequest): Promise<Found> {
  if (page.frames().length > 1) {
    // Frames need axe in each of them: @axe-core/playwright's job.
    if (request.skipRepeats) throw new Error('axeViolations: token deduplication is not supported with frames');
    let b = new AxeBuilder({ page }).options({ rules: request.rules, resultTypes: ['violations'] });
    for (const selector of request.include) b = b.include(selector);
    for (const selector of request.exclude) b = b.exclude(selector);
    const results = await b.analyze();
    return results.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async ({ include, exclude, rules, skipRepeats, mark }) => {
      const w = window as unknown as { axe: typeof import('axe-core') };
      // color-contrast's selector is '*' (axe-core's rule spec); during this run it skips the
      // marked repeats. A context `exclude` of thousands of elements would do the same, at
      // a cost of (nodes × excluded) containment checks inside axe.
      if (skipRepeats) w.axe.configure({ rules: [{ id: 'color-contrast', selector: `*:not([${mark}])` }] });
      try {
        const context = include.length ? { include, exclude } : { exclude };
        const results = await w.axe.run(context as import('axe-core').ElementContext, {
          rules,
          resultTypes: ['violations'],
        } as import('axe-core').RunOptions);
        return results.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(' ')) }));
      } finally {
        if (skipRepeats) w.axe.configure({ rules: [{ id: 'color-contrast', selector: '*' }] });
      }
    },
    { ...request, mark: REPEAT_MARK },
  );
}

/**
 * Marks every highlighted token (a leaf element with text inside `pre code`, in scope) whose
 * colour-contrast result is necessarily the same as another token's, and returns the counts.
 *
 * Why this is equivalent: axe's color-contrast result for an element is a function of
 * - its foreground: computed `color`, `opacity` and `text-shadow` of it and its ancestors;
 * - its background: what paints behind it, i.e. the backgrounds (colour, image), opacity,
 *   blend mode and filters of its ancestors (the stack up to the `<pre>`, whose background is
 *   opaque in Expressive Code's frames; above it the same page for every token of the block);
 * - small versus large text: `font-size`, `font-weight`;
 * - its own text: emoji-only text and one-character text are "incomplete", never violations;
 * - whether it is visible on screen (a token scrolled out of a long line is skipped).
 * The key holds all of these: the block (which `<pre>`), the chain of those styles from the
 * token up to the `<pre>`, the text's class (one character / with letters or digits / emoji
 * or other supplementary-plane characters), and whether the token lies fully inside its
 * block's visible box. Tokens that are not fully inside are never marked (each is judged on its
 * own), and only leaves are marked (axe's exclusion of an element would hide its children).
 * Inside a code block nothing but a token's ancestors paints behind or over it, so two tokens
 * with one key get one verdict: judging one of them judges both.
 */
async function markRepeatedTokens(page: Page, include: readonly string[], exclude: readonly string[]): Promise<TokenDedup> {
  return page.evaluate(
    ({ include, exclude, code, mark }) => {
      const roots: ParentNode[] = include.length ? include.flatMap((sel) => [...document.querySelectorAll(sel)]) : [document];
      const excluded = exclude.flatMap((sel) => [...document.querySelectorAll(sel)]);
      const leaves = new Set<Element>();
      for (const root of roots) {
        for (const el of root.querySelectorAll(`${code} *`)) {
          if (el.childElementCount === 0 && !excluded.some((x) => x.contains(el))) leaves.add(el);
        }
      }
      const blocks = new Map<Element, number>();
      const ownKeys = new Map<Element, string>();
      const own = (el: Element): string => {
        let k = ownKeys.get(el);
        if (k === undefined) {
          const s = getComputedStyle(el);
          k = [
            s.color, s.opacity, s.textShadow, s.backgroundColor, s.backgroundImage, s.mixBlendMode, s.filter, s.backdropFilter,
            s.fontSize, s.fontWeight, s.visibility, s.display, s.position, s.zIndex, s.isolation,
          ].join('|');
          ownKeys.set(el, k);
        }
        return k;
      };
      const seen = new Set<string>();
      let checked = 0;
      for (const el of leaves) {
        const pre = el.closest('pre');
        if (!pre) continue;
        const text = (el.textContent ?? '').trim();
        const box = pre.getBoundingClientRect();
        const right = box.left + pre.clientLeft + pre.clientWidth;
        const bottom = box.top + pre.clientTop + pre.clientHeight;
        const rects = [...el.getClientRects()];
        // Not rendered at all (e.g. in a tab panel not shown): axe skips it as hidden, whatever
        // its colours; such tokens form keys of their own.
        const rendered = rects.length > 0;
        const inside = rendered && rects.every((r) => r.left >= box.left && r.right <= right && r.top >= box.top && r.bottom <= bottom);
        if (rendered && !inside) {
          checked++;
          continue;
        }
        if (!blocks.has(pre)) blocks.set(pre, blocks.size);
        const chain: string[] = [];
        for (let at: Element | null = el; at && at !== pre.parentElement; at = at.parentElement) chain.push(own(at));
        const textClass = [
          text.length === 0 ? 'empty' : text.length === 1 ? 'one' : 'more',
          /[\p{L}\p{N}]/u.test(text) ? 'letters' : 'none',
          /\p{Extended_Pictographic}|[\u{10000}-\u{10FFFF}]/u.test(text) ? 'emoji' : '',
        ].join(',');
        const key = `${blocks.get(pre)}#${rendered ? 'shown' : 'unrendered'}#${textClass}#${chain.join('>')}`;
        if (seen.has(key)) el.setAttribute(mark, '');
        else {
          seen.add(key);
          checked++;
        }
      }
      return { tokens: leaves.size, keys: seen.size, checked };
    },
    { include: [...include], exclude: [...exclude], code: CODE_TOKENS, mark: REPEAT_MARK },
  );
}

/** Removes the marks `markRepeatedTokens` set. */
async function unmarkTokens(page: Page): Promise<void> {
  await page.evaluate((mark) => {
    for (const el of document.querySelectorAll(`[${mark}]`)) el.removeAttribute(mark);
  }, REPEAT_MARK);
}

/**
 * The axe violations of the page as it is now, as readable strings (`rule: target | target`):
 * the non-colour rules of `rules` outside highlighted code, then its colour rules everywhere
 * (each distinct token once, see `markRepeatedTokens`). `dedupStats`, when given, receives the
 * counts of each colour pass over highlighted code.
 */
export async function axeViolations(page: Page, scope: AxeScope = {}, rules: Rules = ALL_RULES, dedupStats?: TokenDedup[]): Promise<string[]> {
  const split = (colour: boolean): Rules =>
    Object.fromEntries(Object.entries(rules).map(([id, { enabled }]) => [id, { enabled: enabled && COLOUR_RULE_IDS.has(id) === colour }]));
  if (!Object.values(rules).some((r) => r.enabled)) throw new Error('axeViolations: no rule enabled, nothing would be checked');
  const include = [...(scope.include ?? [])];
  const exclude = [...(scope.exclude ?? [])];
  // Without highlighted code in scope, one run does it all.
  const hasCode = await page.evaluate(
    ({ include, code }) => (include.length ? include.some((sel) => [...document.querySelectorAll(sel)].some((el) => el.querySelector(code))) : document.querySelector(code) !== null),
    { include, code: CODE_TOKENS },
  );
  if (!hasCode) return format(await runInPage(page, { include, exclude, rules, skipRepeats: false }));
  const structure = split(false);
  const colour = split(true);
  // One after the other: two axe runs in one page must not overlap.
  const found: Found = [];
  if (Object.values(structure).some((r) => r.enabled)) found.push(...(await runInPage(page, { include, exclude: [...exclude, CODE_TOKENS], rules: structure, skipRepeats: false })));
  if (Object.values(colour).some((r) => r.enabled)) {
    const dedup = page.frames().length === 1;
    if (dedup) {
      const stats = await markRepeatedTokens(page, include, exclude);
      dedupStats?.push(stats);
    }
    try {
      found.push(...(await runInPage(page, { include, exclude, rules: colour, skipRepeats: dedup })));
    } finally {
      if (dedup) await unmarkTokens(page);
    }
  }
  return format(found);
}
