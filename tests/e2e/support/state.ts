/** What the state-layer specs (links as proposals, persistence, tabs, query cleanup) share. */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';

type Catalogue = Record<string, string>;
const read = (lang: 'ja' | 'en'): Catalogue => JSON.parse(readFileSync(`src/content/i18n/${lang}.json`, 'utf8')) as Catalogue;

/** The UI strings of each language, from the catalogue itself (the wording has one home). */
export const UI: Record<'ja' | 'en', Catalogue> = { ja: read('ja'), en: read('en') };

/** The UI string `key` of `lang` (a missing key fails the test, not a silent empty string). */
export function ui(lang: 'ja' | 'en', key: string): string {
  const text = UI[lang][key];
  if (text === undefined) throw new Error(`no UI string ${key} in ${lang}`);
  return text;
}

/** `template` with `{name}` filled in, as the islands do. */
export function filled(template: string, params: Record<string, string | number>): string {
  return (template ?? '').replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Every live snippet's Copy and Download buttons on the page. */
export function snippetButtons(page: Page): Locator {
  return page.locator('[data-snippet] .snippet-live[data-ready] .snippet-actions button');
}

/** Waits until every snippet block of the page is live (its island has rendered the reader's values). */
export async function snippetsLive(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('[data-snippet]')].every((s) => s.querySelector('.snippet-live[data-ready]') !== null),
  );
}
