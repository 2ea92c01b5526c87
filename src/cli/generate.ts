/**
 * `npm run generate -- [flags]`: writes the Method B artifacts for one customer.
 *
 * The same core functions as the guide's browser widgets build the text, so these files
 * are byte-identical to the ones the guide offers for the same values. Defaults come from
 * the vendor settings (vendor.ts, overridden by the VENDOR_* environment variables).
 * Bad input writes nothing, not even the output folder, and exits with status 1.
 */
import { resolve, join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import type { VendorSettings } from '../config/settings-schema.ts';
import { downloadName, fileList, secretArtifacts } from '../core/artifacts/catalog.ts';
import { generateExternalId } from '../core/external-id.ts';
import { generateArtifacts } from '../core/generate.ts';
import { coerce, FIELD_PATHS, FIELDS, FLAG_OF, type FieldDef } from '../core/fields.ts';
import { defaultInputs, parseListField } from '../core/inputs.ts';
import { formatIssue } from '../core/messages.ts';
import type { FieldIssue, GuideInputs, Lang } from '../core/types.ts';
import { OutputDirError, outputErrorMessage, writeOutputDir } from './output-dir.ts';
import { startCli } from './start.ts';

/** Where the CLI writes and what it reads; injectable so tests can run it in-process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  cwd: string;
}

/**
 * The flags of `generate`: the field flags come from the field table (a list field is a
 * repeatable flag); the rest are the CLI's own. `check-setup` takes the same field flags.
 */
export const OPTIONS: Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }> = {
  ...Object.fromEntries(
    FIELD_PATHS.flatMap((path) => {
      const def: FieldDef = FIELDS[path];
      return def.cli === undefined ? [] : [[def.cli, { type: 'string' as const, multiple: def.kind === 'list' }]];
    }),
  ),
  lang: { type: 'string' },
  'out-dir': { type: 'string' },
  force: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
};

/** The CLI's own sentences; issue messages come from the core's catalogue. */
const TEXT = {
  en: {
    invalid: 'Nothing was written. Fix these values and run again:',
    warning: 'Warning',
    generatedId: (id: string) =>
      `Generated ExternalId (secret; send it to the vendor over a secure channel, separately from handoff.md):\n  ${id}`,
    vendorIssued:
      'Note: this deployment uses ExternalIds issued by the vendor. Unless you are the vendor issuing one, pass --external-id with the value the vendor sent you.',
    wrote: (n: number, dir: string) => `Wrote ${n} files to ${dir}:`,
    secret: (files: string) => `${files} contain the ExternalId: do not commit or share them.`,
    badLang: (v: string) => `--lang must be "ja" or "en", not ${JSON.stringify(v)}.`,
    settings: 'The vendor settings are invalid:',
    writeFailed: (dir: string, why: string) => `Could not write to ${dir}: ${why}`,
    replaced: (names: readonly string[]) => `--force: replaced ${names.length} existing files: ${names.join(', ')}`,
    seeHelp: 'Run with --help for usage.',
    overlap:
      'Rotation: these files accept both the new and the previous ExternalId (overlap). Once the vendor uses only the new one, run again without --previous-external-id and apply the final versions.',
  },
  ja: {
    invalid: 'ファイルは作成していません。次の値を修正して再実行してください:',
    warning: '警告',
    generatedId: (id: string) =>
      `ExternalId を生成しました(秘密情報です。handoff.md とは別に、安全な手段で当社へお伝えください):\n  ${id}`,
    vendorIssued:
      '注意: この環境では ExternalId は当社が発行します。ご自身が発行する当社担当者でない場合は、当社から届いた値を --external-id で指定してください。',
    wrote: (n: number, dir: string) => `${dir} に ${n} 個のファイルを書き出しました:`,
    secret: (files: string) => `${files} には ExternalId が含まれます。コミットや共有はしないでください。`,
    badLang: (v: string) => `--lang には "ja" か "en" を指定してください(指定値: ${JSON.stringify(v)})。`,
    settings: 'ベンダー設定が正しくありません:',
    writeFailed: (dir: string, why: string) => `${dir} に書き込めませんでした: ${why}`,
    replaced: (names: readonly string[]) => `--force: 既存の ${names.length} 個のファイルを置き換えました: ${names.join(', ')}`,
    seeHelp: '使い方は --help で確認できます。',
    overlap:
      'ローテーション: これらのファイルは新旧どちらの ExternalId も受け付けます(移行期間用)。当社が新しい ExternalId だけを使うようになったら、--previous-external-id を付けずに再実行し、最終版を適用してください。',
  },
} as const satisfies Record<Lang, unknown>;

/** The usage text (both languages: it is read before a language is chosen). */
export function usage(settings: VendorSettings): string {
  return `Usage: npm run generate -- --account-id <12 digits> [flags]

Writes the Method B artifacts (policies, CloudFormation template, scripts, handoff sheet).
方式B の成果物(ポリシー、CloudFormation テンプレート、スクリプト、共有シート)を書き出します。

  --account-id <id>          Your AWS account ID (12 digits). Required.
  --vendor-account-id <id>   Vendor AWS account ID. Default: ${settings.vendorAccountId}
  --region <code>            AWS region. Default: ${settings.defaultRegion}
  --cluster <name>           EKS cluster name; repeat (or comma-separate) for several.
                             Default: ${settings.defaultClusters.join(', ')}
  --repo-pattern <pattern>   ECR repository name pattern (* = any characters); repeatable.
                             Default: ${settings.repoPatterns.join(', ')}
  --repo <name>              Planned ECR repository name; repeatable.
                             Default: ${settings.plannedRepos.join(', ') || '(none)'}
  --external-id <id>         ExternalId. Default: a new random one (prefix "${settings.externalIdPrefix}"), printed.
  --previous-external-id <id>
                             ExternalId being rotated out: writes the overlap versions (trust policy,
                             template, parameters, deploy-stack.sh) that accept both IDs. Run again
                             without it for the final versions. Default: none.
  --vendor-role-arn <arn>    Vendor IAM role trusted instead of the vendor account root; repeatable.
                             Default: ${settings.trustedVendorRoleArns.join(', ') || '(none: the account root)'}
  --permissions-boundary <arn>
                             Managed policy ARN set as both roles' permissions boundary. Default: none.
  --tag <key=value>          Tag for both roles (IAM tag rules); repeatable. Default: none.
  --lang ja|en               Language of the messages. Default: ja
  --out-dir <dir>            Output folder (new or empty). Default: ./out
  --force                    Also write into a non-empty folder, replacing only the generated file names.
                             Files holding the ExternalId are created 0600 (scripts 0700), the rest 0644/0755;
                             symbolic links are refused, never followed.
  -h, --help                 Show this help.

Role, policy and Kubernetes names come from the vendor settings (VENDOR_* environment variables).
Exit status: 0 written, 1 invalid input (nothing written).
`;
}

// Each repeatable flag's values, split like the guide's textareas (comma- or newline-separated, trimmed).
function listFlag(values: readonly string[]): string[] {
  return values.flatMap((value) => parseListField(value));
}

/** The parsed flags, as `parseArgs` returns them with {@link OPTIONS}. */
export type ParsedFlags = Readonly<Record<string, string | string[] | boolean | undefined>>;

/**
 * The inputs from the parsed field flags over `defaults` (each flag given replaces its field's
 * default; lists split like the guide's textareas). Shared with `check-setup`. Also says whether
 * `--external-id` was given (callers decide what an absent one means).
 */
export function inputsFromFlags(flags: ParsedFlags, defaults: GuideInputs): { inputs: GuideInputs; externalIdGiven: boolean } {
  const given: Record<string, unknown> = {};
  for (const path of FIELD_PATHS) {
    const def: FieldDef = FIELDS[path];
    if (def.cli === undefined) continue;
    const value = flags[def.cli];
    if (value === undefined) continue;
    given[path] = def.kind === 'list' ? listFlag(value as string[]) : value;
  }
  const externalIdGiven = typeof given['externalId'] === 'string';
  return { inputs: coerce(given, defaults), externalIdGiven };
}

/** One line per issue, prefixed with the flag (or setting) it is about so the reader knows what to change. */
export function describe(issue: FieldIssue, lang: Lang): string {
  const flag = FLAG_OF[issue.field] ?? `(vendor settings: ${issue.field}${issue.key ? `.${issue.key}` : ''})`;
  return `  ${flag}: ${formatIssue(issue, lang)}`;
}

/** Runs the CLI with `args` (without `node` and the script); resolves to the exit status. */
export async function run(args: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: OPTIONS, strict: true, allowPositionals: false });
  } catch (error) {
    // The language flag may be what failed to parse, so this one message is in both languages.
    io.stderr(`${error instanceof Error ? error.message : String(error)}\n${TEXT.en.seeHelp} / ${TEXT.ja.seeHelp}\n`);
    return 1;
  }
  const flags = parsed.values as Record<string, string | string[] | boolean | undefined>;
  const start = startCli(flags, io, TEXT, 1);
  if ('exit' in start) return start.exit;
  const { lang, text, settings } = start;
  if (flags['help'] === true) {
    io.stdout(usage(settings));
    return 0;
  }

  const defaults = defaultInputs(settings);
  const fromFlags = inputsFromFlags(flags, defaults);
  const externalIdGiven = fromFlags.externalIdGiven;
  const inputs: GuideInputs = externalIdGiven
    ? fromFlags.inputs
    : { ...fromFlags.inputs, externalId: generateExternalId(settings.externalIdPrefix) };

  const result = generateArtifacts(inputs, { vendorAccountId: settings.vendorAccountId });
  const warnings = () => {
    for (const warning of result.warnings) io.stderr(`${text.warning}: ${describe(warning, lang).trimStart()}\n`);
  };
  if (!result.ok) {
    // Errors first: they are what stops the run.
    io.stderr(`${text.invalid}\n${result.errors.map((issue) => describe(issue, lang)).join('\n')}\n`);
    warnings();
    return 1;
  }
  warnings();

  const outDir = resolve(io.cwd, typeof flags['out-dir'] === 'string' ? flags['out-dir'] : 'out');
  let replaced: readonly string[] = [];
  const secretIds = new Set(secretArtifacts().map((row) => row.id));
  try {
    // Safe folder handling (output-dir.ts): no symlinks, all or nothing, modes by secrecy.
    const written = await writeOutputDir(
      outDir,
      result.artifacts.map((artifact) => ({
        fileName: artifact.fileName,
        text: artifact.text,
        executable: artifact.language === 'sh',
        // Which files hold the ExternalId: derived from the artifact table (the fields each row uses).
        secret: secretIds.has(artifact.id),
      })),
      { force: flags.force === true },
    );
    replaced = written.replaced;
  } catch (error) {
    const why = error instanceof OutputDirError ? outputErrorMessage(error.problem, lang) : text.writeFailed(outDir, String(error));
    io.stderr(`${why}\n`);
    return 1;
  }
  if (replaced.length > 0) io.stderr(`${text.replaced(replaced)}\n`);

  if (!externalIdGiven) {
    io.stdout(`${text.generatedId(inputs.externalId)}\n`);
    if (settings.externalIdMode === 'vendor-issued') io.stderr(`${text.vendorIssued}\n`);
  }
  io.stdout(`${text.wrote(result.artifacts.length, outDir)}\n`);
  for (const artifact of result.artifacts) io.stdout(`  ${join(outDir, artifact.fileName)}\n`);
  // Derived from the artifact table: the files whose fields include a secret one.
  io.stdout(`${text.secret(fileList(secretArtifacts().map(downloadName), lang))}\n`);
  if (inputs.previousExternalId) io.stdout(`${text.overlap}\n`);
  return 0;
}

// Run only when executed as a script, not when a test imports `run`.
if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const code = await run(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    env: process.env,
    cwd: process.cwd(),
  });
  process.exitCode = code;
}
