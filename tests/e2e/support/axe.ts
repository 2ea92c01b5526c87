/**
 * axe-core as every browser test runs it: one rule set, one way to report, affordable on pages
 * with thousands of highlighted code tokens.
 *
 * Why two passes: on /cloudformation/ (six long CloudFormation and Terraform blocks, ~4,000
 * token spans) one run of every rule took 25 s on this 2-core machine; the same rules with the
 * tokens inside `<pre><code>` left out took 4 s, and the colour rules alone over everything,
 * tokens included, 4.6 s (measured 2026-12-01). A token span is plain text in a code block:
 * no name, role, state or structure for the other rules to find. What a token can get wrong is
 * its colour, so the colour rules still see every token, in every theme checked.
 */
import AxeBuilder from '@axe-core/playwright';
import axe from 'axe-core';
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

/** Where axe looks: selectors to include (the whole page when empty). */
export interface AxeScope {
  include?: readonly string[];
  /** Selectors left out of every rule (e.g. a third party's widget, with the reason beside it). */
  exclude?: readonly string[];
}

function builder(page: Page, scope: AxeScope, rules: Rules, skipCode: boolean): AxeBuilder {
  // Only violations are collected: passes and inapplicable nodes cost time and are not reported.
  let b = new AxeBuilder({ page }).options({ rules, resultTypes: ['violations'] });
  for (const selector of scope.include ?? []) b = b.include(selector);
  for (const selector of scope.exclude ?? []) b = b.exclude(selector);
  if (skipCode) b = b.exclude(CODE_TOKENS);
  return b;
}

/**
 * The axe violations of the page as it is now, as readable strings (`rule: target | target`):
 * the non-colour rules of `rules` outside highlighted code, then its colour rules everywhere.
 */
export async function axeViolations(page: Page, scope: AxeScope = {}, rules: Rules = ALL_RULES): Promise<string[]> {
  const split = (colour: boolean): Rules =>
    Object.fromEntries(Object.entries(rules).map(([id, { enabled }]) => [id, { enabled: enabled && COLOUR_RULE_IDS.has(id) === colour }]));
  if (!Object.values(rules).some((r) => r.enabled)) throw new Error('axeViolations: no rule enabled, nothing would be checked');
  // Without highlighted code in scope, one run does it all.
  const hasCode = await page.evaluate(
    ({ include, code }) => (include.length ? include.some((sel) => [...document.querySelectorAll(sel)].some((el) => el.querySelector(code))) : document.querySelector(code) !== null),
    { include: [...(scope.include ?? [])], code: CODE_TOKENS },
  );
  if (!hasCode) {
    const results = await builder(page, scope, rules, false).analyze();
    return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  }
  const structure = split(false);
  const colour = split(true);
  // One after the other: two axe runs in one page must not overlap.
  const results = [];
  if (Object.values(structure).some((r) => r.enabled)) results.push(await builder(page, scope, structure, true).analyze());
  if (Object.values(colour).some((r) => r.enabled)) results.push(await builder(page, scope, colour, false).analyze());
  return results.flatMap((r) => r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`));
}
