/**
 * cfn-lint for the validator tests, run ONCE per test file over all of its templates: cfn-lint
 * starts a Python interpreter and loads its specs (2–3 s of CPU each time, far more than the
 * linting), so one process for every case instead of one per case.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { probeCfnLint } from '../../scripts/validators.ts';

/** How to run cfn-lint here (scripts/validators.ts), with the probe's `--version` output; `cfn-lint` and '' when none is found. */
export function cfnLintCommand(): { command: [string, ...string[]]; version: string } {
  return probeCfnLint() ?? { command: ['cfn-lint'], version: '' };
}

/** What one batched run found: its exit status and the findings of each template by name. */
export interface CfnLintRun {
  status: number | null;
  findings: Map<string, string[]>;
}

/**
 * Runs cfn-lint once (`--format parseable`) on every template of `files` (name → text) for
 * every region of `regions`: each template is thus checked in every region, which is stricter
 * than its own region only. A finding is attributed to a template by its path (the first field
 * of a parseable line); anything not attributed to one (a crash, a usage error) is reported on
 * every template, so it cannot pass unnoticed. Names must be distinct file-name-safe slugs.
 */
export function cfnLintAll(command: readonly [string, ...string[]], files: Record<string, string>, regions: readonly string[]): CfnLintRun {
  const dir = mkdtempSync(join(tmpdir(), 'cfn-lint-'));
  try {
    const paths = Object.entries(files).map(([name, text]) => {
      const path = join(dir, `${name}.yaml`);
      writeFileSync(path, text);
      return [name, path] as const;
    });
    const run = spawnSync(
      command[0],
      [...command.slice(1), '--format', 'parseable', '--regions', ...regions, '--', ...paths.map(([, path]) => path)],
      { encoding: 'utf8' },
    );
    if (run.error) throw run.error;
    const lines = `${run.stdout}${run.stderr}`.split('\n').filter((line) => line !== '');
    const findings = new Map(paths.map(([name, path]) => [name, lines.filter((line) => line.startsWith(`${path}:`))]));
    const stray = lines.filter((line) => !paths.some(([, path]) => line.startsWith(`${path}:`)));
    for (const list of findings.values()) list.push(...stray);
    return { status: run.status, findings };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A file-name-safe slug of a case name. */
export const slug = (name: string): string => name.replace(/\W+/g, '-');
