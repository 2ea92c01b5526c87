/**
 * `npm run check-setup -- [--lang ja|en] [--external-id ID] [value flags] FILE...`: the
 * guide's setup check for support staff. Reads method-b-setup.json (from collect-setup.sh)
 * or raw AWS CLI / kubectl JSON outputs, checks them against the values (same flags as
 * `generate`, same defaults from the vendor settings) and prints the same results as the
 * page: each check, and what we can and cannot do.
 *
 * Exit status: 0 nothing failed (items not in the input are listed as "not checked"),
 * 1 a check failed, 2 the input or the values could not be used. The ExternalId given with
 * --external-id is only compared, never printed.
 */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { VendorSettings } from '../config/settings-schema.ts';
import { MAX_INPUT_CHARS } from '../core/check/parse.ts';
import { formatReport, parseErrorText } from '../core/check/messages.ts';
import { reportFails, runSetupCheck } from '../core/check/run.ts';
import { defaultInputs } from '../core/inputs.ts';
import type { Lang } from '../core/types.ts';
import { describe, inputsFromFlags, OPTIONS, type CliIo, type ParsedFlags } from './generate.ts';
import { startCli } from './start.ts';

// generate's field flags (from the field table) and --lang/--help; no output folder here.
const { 'out-dir': _outDir, force: _force, ...CHECK_OPTIONS } = OPTIONS;

const TEXT = {
  en: {
    noFiles: 'Give at least one file: method-b-setup.json (written by collect-setup.sh) or saved AWS CLI / kubectl JSON output.',
    unreadable: (file: string, why: string) => `Cannot read ${file}: ${why}`,
    tooLarge: (file: string) => `${file} is too large (limit ${MAX_INPUT_CHARS / 1_000_000} MB): keep it to the output for our roles and clusters.`,
    badValues: 'The values cannot be used. Fix these and run again:',
    badLang: (v: string) => `--lang must be "ja" or "en", not ${JSON.stringify(v)}.`,
    settings: 'The vendor settings are invalid:',
    seeHelp: 'Run with --help for usage.',
  },
  ja: {
    noFiles: 'ファイルを 1 つ以上指定してください: method-b-setup.json(collect-setup.sh が作成)、または保存した AWS CLI / kubectl の JSON 出力。',
    unreadable: (file: string, why: string) => `${file} を読めません: ${why}`,
    tooLarge: (file: string) => `${file} が大きすぎます(上限 ${MAX_INPUT_CHARS / 1_000_000} MB)。当社のロールとクラスターの出力だけにしてください。`,
    badValues: '値が正しくないため確認できません。次を修正して再実行してください:',
    badLang: (v: string) => `--lang には "ja" か "en" を指定してください(指定値: ${JSON.stringify(v)})。`,
    settings: 'ベンダー設定が正しくありません:',
    seeHelp: '使い方は --help で確認できます。',
  },
} as const satisfies Record<Lang, unknown>;

/** The usage text (both languages). */
export function usage(settings: VendorSettings): string {
  return `Usage: npm run check-setup -- --account-id <12 digits> [flags] FILE...

Checks the customer's setup from method-b-setup.json (collect-setup.sh) or AWS CLI / kubectl JSON output.
method-b-setup.json(collect-setup.sh)または AWS CLI / kubectl の JSON 出力から、お客様の設定を確認します。

  --account-id, --vendor-account-id, --region, --cluster, --repo-pattern, --repo
                             The customer's values, as for npm run generate (defaults: the vendor settings,
                             region ${settings.defaultRegion}, clusters ${settings.defaultClusters.join(', ')}).
  --external-id <id>         Compare the trust policies' ExternalId with this value (never printed).
                             Without it, that comparison is "not checked".
  --lang ja|en               Language of the results. Default: ja
  -h, --help                 Show this help.

Exit status: 0 nothing failed, 1 a check failed, 2 the files or values could not be used.
`;
}

/** Runs the check with `args`; resolves to the exit status. */
export async function run(args: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: CHECK_OPTIONS, strict: true, allowPositionals: true });
  } catch (error) {
    io.stderr(`${error instanceof Error ? error.message : String(error)}\n${TEXT.en.seeHelp} / ${TEXT.ja.seeHelp}\n`);
    return 2;
  }
  const flags = parsed.values as ParsedFlags;
  const start = startCli(flags, io, TEXT, 2);
  if ('exit' in start) return start.exit;
  const { lang, text, settings } = start;
  if (flags['help'] === true) {
    io.stdout(usage(settings));
    return 0;
  }
  if (parsed.positionals.length === 0) {
    io.stderr(`${text.noFiles}\n`);
    return 2;
  }

  const texts: string[] = [];
  for (const file of parsed.positionals) {
    const path = resolve(io.cwd, file);
    try {
      // Size first: a huge file is refused before it is read into memory.
      if ((await stat(path)).size > MAX_INPUT_CHARS * 4) {
        io.stderr(`${text.tooLarge(file)}\n`);
        return 2;
      }
      texts.push(await readFile(path, 'utf8'));
    } catch (error) {
      io.stderr(`${text.unreadable(file, error instanceof Error ? error.message : String(error))}\n`);
      return 2;
    }
  }

  // Without --external-id the ExternalId is empty: the core reports that comparison as "not checked".
  const { inputs } = inputsFromFlags(flags, defaultInputs(settings));
  const result = runSetupCheck(inputs, texts.join('\n'), { vendorAccountId: settings.vendorAccountId });
  if (!result.ok && result.kind === 'inputs') {
    io.stderr(`${text.badValues}\n${result.errors.map((issue) => describe(issue, lang)).join('\n')}\n`);
    return 2;
  }
  if (!result.ok) {
    io.stderr(`${parseErrorText(result.code, result.params, lang)}\n`);
    return 2;
  }
  io.stdout(formatReport(result.report, lang));
  return reportFails(result.report) ? 1 : 0;
}

// Run only when executed as a script, not when a test imports `run`.
if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await run(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    env: process.env,
    cwd: process.cwd(),
  });
}
