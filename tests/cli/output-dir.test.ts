/**
 * The CLI's output folder, with real files and links in temporary folders (issue 9, finding 4):
 * before, it wrote over a non-empty folder without a word, followed a planted symlink and
 * overwrote (and chmod-ed) its target, left 3–4 files when a later write failed, hung forever on
 * `--out-dir /proc/1/nope`, and wrote the files holding the ExternalId world-readable.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { fileMode, OutputDirError, outputErrorMessage, writeOutputDir, type OutputFile } from '../../src/cli/output-dir.ts';
import { run } from '../../src/cli/generate.ts';
import { ARTIFACTS } from '../../src/core/generate.ts';
import { AWS_LIMITS } from '../../src/core/limits.ts';
import { MAX_ITEMS } from '../../src/core/rules/list-limits.ts';

const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const node = join(repoRoot, 'node_modules', '.bin', 'node');
const tmp = mkdtempSync(join(tmpdir(), 'out-dir-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VENDOR_')));
const isRoot = process.getuid?.() === 0;

let n = 0;
/** A fresh, empty scratch folder for one test. */
function scratch(): string {
  const dir = join(tmp, `case-${n++}`);
  mkdirSync(dir);
  return dir;
}

const FILES: OutputFile[] = [
  { fileName: 'plain.json', text: '{}\n', executable: false, secret: false },
  { fileName: 'secret.json', text: '{"id":"s"}\n', executable: false, secret: true },
  { fileName: 'secret.sh', text: '#!/bin/sh\n', executable: true, secret: true },
  { fileName: 'plain.sh', text: '#!/bin/sh\n', executable: true, secret: false },
];

const mode = (path: string) => statSync(path).mode & 0o777;

/** The problem kind of a rejected write. */
async function problemOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof OutputDirError) return error.problem.kind;
    throw error;
  }
  throw new Error('expected a refusal');
}

/** Fails (rather than hanging the suite) when `promise` takes longer than `ms`. */
function within<T>(ms: number, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const bound = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`still running after ${ms} ms`)), ms);
  });
  return Promise.race([promise, bound]).finally(() => clearTimeout(timer));
}

/** Nothing but `expected` in `dir` (no temporary folder left behind). */
function expectEntries(dir: string, expected: string[]): void {
  expect(readdirSync(dir).sort()).toEqual([...expected].sort());
}

describe('writeOutputDir', () => {
  it('creates a missing folder (and its parents) 0700 with modes by secrecy, whatever the umask', async () => {
    const base = scratch();
    const dir = join(base, 'a', 'b', 'out');
    const old = process.umask(0o000);
    try {
      const result = await writeOutputDir(dir, FILES);
      expect(result.replaced).toEqual([]);
    } finally {
      process.umask(old);
    }
    expectEntries(dir, FILES.map((f) => f.fileName));
    expect(mode(join(dir, 'plain.json'))).toBe(0o644);
    expect(mode(join(dir, 'secret.json'))).toBe(0o600);
    expect(mode(join(dir, 'secret.sh'))).toBe(0o700);
    expect(mode(join(dir, 'plain.sh'))).toBe(0o755);
    expect(mode(dir)).toBe(0o700);
    expect(readFileSync(join(dir, 'secret.json'), 'utf8')).toBe('{"id":"s"}\n');
    expectEntries(join(base, 'a', 'b'), ['out']);
  });

  it('writes into an existing empty folder', async () => {
    const dir = scratch();
    await writeOutputDir(dir, FILES);
    expectEntries(dir, FILES.map((f) => f.fileName));
  });

  it('refuses a non-empty folder without --force and changes nothing', async () => {
    const base = scratch();
    const dir = join(base, 'out');
    mkdirSync(dir);
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    expect(await problemOf(writeOutputDir(dir, FILES))).toBe('notEmpty');
    expectEntries(dir, ['notes.txt']);
    expectEntries(base, ['out']);
  });

  it('with --force replaces only its own file names, resets their modes and says which', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    writeFileSync(join(dir, 'secret.json'), 'old', { mode: 0o666 });
    chmodSync(join(dir, 'secret.json'), 0o666);
    const result = await writeOutputDir(dir, FILES, { force: true });
    expect(result.replaced).toEqual(['secret.json']);
    expectEntries(dir, ['notes.txt', ...FILES.map((f) => f.fileName)]);
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('mine');
    expect(readFileSync(join(dir, 'secret.json'), 'utf8')).toBe('{"id":"s"}\n');
    expect(mode(join(dir, 'secret.json'))).toBe(0o600);
  });

  it('refuses a symlinked folder, even with --force, and writes nothing through it', async () => {
    const base = scratch();
    const elsewhere = join(base, 'elsewhere');
    mkdirSync(elsewhere);
    symlinkSync(elsewhere, join(base, 'out'));
    expect(await problemOf(writeOutputDir(join(base, 'out'), FILES))).toBe('dirIsLink');
    expect(await problemOf(writeOutputDir(join(base, 'out'), FILES, { force: true }))).toBe('dirIsLink');
    expectEntries(elsewhere, []);
  });

  it('refuses a planted symlink among its file names: the link target keeps its bytes and mode', async () => {
    const base = scratch();
    const dir = join(base, 'out');
    mkdirSync(dir);
    const victim = join(base, 'victim.txt');
    writeFileSync(victim, 'precious');
    chmodSync(victim, 0o640);
    symlinkSync(victim, join(dir, 'plain.sh'));
    expect(await problemOf(writeOutputDir(dir, FILES))).toBe('notEmpty');
    expect(await problemOf(writeOutputDir(dir, FILES, { force: true }))).toBe('fileIsLink');
    expect(readFileSync(victim, 'utf8')).toBe('precious');
    expect(mode(victim)).toBe(0o640);
    expect(lstatSync(join(dir, 'plain.sh')).isSymbolicLink()).toBe(true);
    expectEntries(dir, ['plain.sh']);
    expectEntries(base, ['out', 'victim.txt']);
  });

  it('a failure midway (injected, after 3 files) leaves nothing: no target, no temporary folder', async () => {
    const base = scratch();
    const dir = join(base, 'out');
    let written = 0;
    const kind = await problemOf(
      writeOutputDir(dir, FILES, {
        beforeWrite: () => {
          if (written++ === 3) throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
        },
      }),
    );
    expect(kind).toBe('writeFailed');
    expect(existsSync(dir)).toBe(false);
    expectEntries(base, []);
  });

  it('a real failure midway (a name the file system refuses) leaves an existing folder as it was', async () => {
    const base = scratch();
    const dir = join(base, 'out');
    mkdirSync(dir);
    const files = [...FILES.slice(0, 3), { fileName: `${'x'.repeat(300)}.json`, text: '', executable: false, secret: false }];
    expect(await problemOf(writeOutputDir(dir, files))).toBe('writeFailed');
    expectEntries(dir, []);
    expectEntries(base, ['out']);
  });

  it('a path it cannot create fails within seconds: /proc/1/nope, a file as parent, a file as the folder', async () => {
    const started = performance.now();
    expect(await within(5000, problemOf(writeOutputDir('/proc/1/nope', FILES)))).toBe('cannotCreate');
    expect(await within(5000, problemOf(writeOutputDir('/proc/1/nope/deeper', FILES)))).toBe('cannotCreate');
    expect(performance.now() - started).toBeLessThan(5000);
    const base = scratch();
    writeFileSync(join(base, 'file'), 'x');
    expect(await problemOf(writeOutputDir(join(base, 'file', 'out'), FILES))).toBe('notADir');
    expect(await problemOf(writeOutputDir(join(base, 'file'), FILES))).toBe('notADir');
    expect(readFileSync(join(base, 'file'), 'utf8')).toBe('x');
  });

  // Root may write into a 0555 folder, so this case can only be shown as another user.
  it.skipIf(isRoot)('a read-only parent folder: refused, nothing left', async () => {
    const base = scratch();
    chmodSync(base, 0o555);
    try {
      expect(await problemOf(writeOutputDir(join(base, 'out'), FILES))).toBe('cannotCreate');
      expectEntries(base, []);
    } finally {
      chmodSync(base, 0o755);
    }
  });

  it('every problem has a message in both languages', () => {
    const problems = [
      { kind: 'notEmpty', dir: '/o', entries: 2 },
      { kind: 'dirIsLink', dir: '/o' },
      { kind: 'fileIsLink', path: '/o/f' },
      { kind: 'notADir', path: '/o' },
      { kind: 'targetIsDir', path: '/o/f' },
      { kind: 'cannotCreate', path: '/o', reason: 'ENOENT (mkdtemp)' },
      { kind: 'writeFailed', dir: '/o', reason: 'ENOSPC' },
    ] as const;
    for (const p of problems) {
      expect(outputErrorMessage(p, 'ja')).toMatch(/[ぁ-んァ-ン]/);
      expect(outputErrorMessage(p, 'en')).toMatch(/^[\x20-\x7e]+$/);
    }
    expect(outputErrorMessage(problems[0], 'ja')).toContain('--force');
    expect(outputErrorMessage(problems[0], 'en')).toContain('--force');
  });

  it('file modes: 0600 / 0700 for the ExternalId, 0644 / 0755 otherwise', () => {
    expect(fileMode({ executable: false, secret: true })).toBe(0o600);
    expect(fileMode({ executable: true, secret: true })).toBe(0o700);
    expect(fileMode({ executable: false, secret: false })).toBe(0o644);
    expect(fileMode({ executable: true, secret: false })).toBe(0o755);
  });
});

// ---------------------------------------------------------------- the CLI itself

function capture() {
  const out = { stdout: '', stderr: '' };
  return {
    out,
    io: { stdout: (t: string) => (out.stdout += t), stderr: (t: string) => (out.stderr += t), env: cleanEnv, cwd: tmp },
  };
}

const FLAGS = ['--account-id', '123456789012', '--repo', 'portal-api', '--external-id', 'vnd-0123456789abcdef0123456789abcdef'];

describe('npm run generate --out-dir', () => {
  it('files holding the ExternalId (derived from the artifact table) are 0600 / 0700; the rest 0644 / 0755', async () => {
    const dir = join(scratch(), 'out');
    const { io } = capture();
    expect(await run([...FLAGS, '--out-dir', dir], io)).toBe(0);
    const secret = ARTIFACTS.filter((a) => a.uses.includes('externalId')).map((a) => a.fileName);
    expect(secret.sort()).toEqual(['deploy-stack.sh', 'vendor-roles.parameters.json', 'vendor-trust-policy.json']);
    for (const a of ARTIFACTS) {
      const isSecret = secret.includes(a.fileName);
      const expected = a.language === 'sh' ? (isSecret ? 0o700 : 0o755) : isSecret ? 0o600 : 0o644;
      expect(mode(join(dir, a.fileName)), a.fileName).toBe(expected);
    }
  });

  it('refuses a non-empty folder (exit 1, ja message naming --force), then --force replaces and says so', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    writeFileSync(join(dir, 'handoff.md'), 'old');
    const first = capture();
    expect(await run([...FLAGS, '--out-dir', dir], first.io)).toBe(1);
    expect(first.out.stderr).toContain('空ではありません');
    expect(first.out.stderr).toContain('--force');
    expectEntries(dir, ['handoff.md', 'notes.txt']);
    const forced = capture();
    expect(await run([...FLAGS, '--out-dir', dir, '--force', '--lang', 'en'], forced.io)).toBe(0);
    expect(forced.out.stderr).toContain('--force: replaced 1 existing files: handoff.md');
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('mine');
    expect(readdirSync(dir)).toHaveLength(ARTIFACTS.length + 1);
  });

  it('a planted symlink (out/deploy-stack.sh → elsewhere) is refused with --force; the target is untouched', async () => {
    const base = scratch();
    const dir = join(base, 'out');
    mkdirSync(dir);
    const victim = join(base, 'victim');
    writeFileSync(victim, 'precious');
    chmodSync(victim, 0o600);
    symlinkSync(victim, join(dir, 'deploy-stack.sh'));
    const r = capture();
    expect(await run([...FLAGS, '--out-dir', dir, '--force', '--lang', 'en'], r.io)).toBe(1);
    expect(r.out.stderr).toContain('is a symbolic link');
    expect(readFileSync(victim, 'utf8')).toBe('precious');
    expect(mode(victim)).toBe(0o600);
  });

  it('--out-dir /proc/1/nope exits 1 within seconds with a message (it used to hang)', () => {
    const started = performance.now();
    const r = spawnSync(node, ['src/cli/generate.ts', ...FLAGS, '--out-dir', '/proc/1/nope'], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: cleanEnv,
      timeout: 20_000,
    });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('/proc/1/nope を作成できません');
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it("--repo-pattern='*/*' exits 1 with the breadth message and writes nothing", () => {
    const dir = join(scratch(), 'out');
    const r = spawnSync(node, ['src/cli/generate.ts', ...FLAGS, '--repo-pattern', '*/*', '--out-dir', dir, '--lang', 'en'], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: cleanEnv,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('--repo-pattern: Pattern "*/*" is too broad');
    expect(existsSync(dir)).toBe(false);
  });

  it('more patterns than a list takes: exit 1 with the maximum, nothing written', async () => {
    const dir = join(scratch(), 'out');
    const patterns = Array.from({ length: MAX_ITEMS.repoPatterns + 1 }, (_, i) => `p${String(i).padStart(2, '0')}-`.padEnd(255, 'x') + '*');
    const r = capture();
    expect(await run([...FLAGS, '--repo-pattern', patterns.join(','), '--out-dir', dir, '--lang', 'en'], r.io)).toBe(1);
    expect(r.out.stderr).toContain(`--repo-pattern: At most ${MAX_ITEMS.repoPatterns} repository name patterns`);
    expect(existsSync(dir)).toBe(false);
  });

  it('an input over an AWS size limit exits 1 with the limit and the measured size, nothing written', async () => {
    // No valid input reaches AWS's real limits (the caps keep the documents under them): lower one.
    const limits = AWS_LIMITS as { managedPolicyChars: number };
    const saved = limits.managedPolicyChars;
    limits.managedPolicyChars = 400;
    try {
      const dir = join(scratch(), 'out');
      const r = capture();
      expect(await run([...FLAGS, '--repo-pattern', 'portal-*,tools-*', '--out-dir', dir, '--lang', 'en'], r.io)).toBe(1);
      expect(r.out.stderr).toMatch(/--repo-pattern: .* has \d{3} characters without white space, over IAM's limit of 400/);
      expect(existsSync(dir)).toBe(false);
    } finally {
      limits.managedPolicyChars = saved;
    }
  });
});
