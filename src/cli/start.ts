/**
 * What every CLI of the guide does first, after parsing its flags: pick the language of its
 * messages (`--lang`, Japanese by default) and resolve the vendor settings. Shared so that
 * `generate` and `check-setup` refuse a bad language or bad settings in the same words.
 */
import { resolveVendorSettings, VendorSettingsError } from '../config/resolve-settings.ts';
import type { VendorSettings } from '../config/settings-schema.ts';
import type { Lang } from '../core/types.ts';

/** The messages the start-up needs, in one language. */
export interface StartText {
  /** `--lang` names no language of the guide (said in both languages: the flag is what failed). */
  badLang(lang: string): string;
  /** The heading above the settings' problems. */
  settings: string;
}

/** The language, its messages and the settings; or the exit code after the reason was written to stderr. */
export type Start<T extends StartText> = { lang: Lang; text: T; settings: VendorSettings } | { exit: number };

/** Reads `--lang` and the settings (`env`'s `VENDOR_*` overrides); a failure exits with `failCode`. */
export function startCli<J extends StartText, E extends StartText>(
  flags: Readonly<Record<string, unknown>>,
  io: { env: Record<string, string | undefined>; stderr(text: string): void },
  texts: { readonly ja: J; readonly en: E },
  failCode: number,
): Start<J | E> {
  const langFlag = typeof flags['lang'] === 'string' ? flags['lang'] : 'ja';
  if (langFlag !== 'ja' && langFlag !== 'en') {
    io.stderr(`${texts.en.badLang(langFlag)}\n${texts.ja.badLang(langFlag)}\n`);
    return { exit: failCode };
  }
  const text: J | E = langFlag === 'ja' ? texts.ja : texts.en;
  try {
    return { lang: langFlag, text, settings: resolveVendorSettings(io.env) };
  } catch (error) {
    if (!(error instanceof VendorSettingsError)) throw error;
    io.stderr(`${text.settings}\n${error.problems.map((p) => `  ${p}`).join('\n')}\n`);
    return { exit: failCode };
  }
}
