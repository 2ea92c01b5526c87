/**
 * Writing the CLI's files into `--out-dir` safely (issue 9, finding 4).
 *
 * - A non-empty folder is refused unless `force` is set; with it, only the generator's own
 *   file names are replaced (anything else in the folder stays) and the replaced names are
 *   reported.
 * - Symbolic links are never followed: a link as the folder, or as any of the files to write,
 *   is refused (even with `force`); files are created with `O_CREAT | O_EXCL | O_NOFOLLOW`
 *   (`wx`), so a link planted between the check and the write makes the write fail instead.
 * - Everything is written into a new temporary folder beside the target, then renamed into
 *   place. A failure part way (disk full, a bad name, a permission) removes the temporary
 *   folder and leaves the target as it was: never a half-written set of files. (With `force`
 *   each file is renamed over its old version one by one; each rename is atomic.)
 * - Modes are set on the open file, independent of the umask: files holding the ExternalId
 *   0600, scripts 0700 when they hold it and 0755 otherwise, the rest 0644. A folder created
 *   here is 0700, as it holds secrets.
 * - Parent folders are created one level at a time, never with `mkdir({ recursive: true })`:
 *   on `/proc/1/nope`, `mkdir` says ENOENT although the parent exists, and Node's recursive
 *   mkdir then retries the parent (EEXIST) and the child (ENOENT) forever. Every step here is
 *   one system call that fails at once, so an impossible path fails within milliseconds.
 */
import { constants, type Stats } from 'node:fs';
import { lstat, mkdir, mkdtemp, open, readdir, rename, rm, rmdir } from 'node:fs/promises';
import { basename, dirname, join, parse, resolve } from 'node:path';
import type { Lang } from '../core/types.ts';

/** One file to write: its name in the folder, its text and whether it holds the ExternalId. */
export interface OutputFile {
  fileName: string;
  text: string;
  /** Shell scripts are made executable. */
  executable: boolean;
  /** Holds the ExternalId: readable by its owner only. */
  secret: boolean;
}

/** The permission bits of a written file (see the module comment). */
export function fileMode(file: Pick<OutputFile, 'executable' | 'secret'>): number {
  if (file.executable) return file.secret ? 0o700 : 0o755;
  return file.secret ? 0o600 : 0o644;
}

/** Options of {@link writeOutputDir}. */
export interface WriteOptions {
  /** Write into a non-empty folder, replacing only the files' own names. */
  force?: boolean;
  /** Test hook: called before each file is written into the temporary folder. */
  beforeWrite?: (fileName: string) => void | Promise<void>;
}

/** Why the folder could not be written; each has a ja/en message ({@link outputErrorMessage}). */
export type OutputProblem =
  | { kind: 'notEmpty'; dir: string; entries: number }
  | { kind: 'dirIsLink'; dir: string }
  | { kind: 'fileIsLink'; path: string }
  | { kind: 'notADir'; path: string }
  | { kind: 'targetIsDir'; path: string }
  | { kind: 'cannotCreate'; path: string; reason: string }
  | { kind: 'writeFailed'; dir: string; reason: string };

/** A refusal or failure of {@link writeOutputDir}; nothing was left half-written. */
export class OutputDirError extends Error {
  /** What went wrong, for the message in the reader's language. */
  readonly problem: OutputProblem;
  constructor(problem: OutputProblem) {
    super(outputErrorMessage(problem, 'en'));
    this.problem = problem;
  }
}

/** What {@link writeOutputDir} did. */
export interface WriteResult {
  dir: string;
  /** Full paths written, in the order given. */
  paths: string[];
  /** Names that existed and were replaced (only with `force`). */
  replaced: string[];
}

/** The message of a problem in `lang`. */
export function outputErrorMessage(problem: OutputProblem, lang: Lang): string {
  const ja = lang === 'ja';
  switch (problem.kind) {
    case 'notEmpty':
      return ja
        ? `${problem.dir} は空ではありません(${problem.entries} 個の項目があります)。空のフォルダーか新しいフォルダーを指定するか、--force を付けてください(--force でも置き換えるのは生成するファイルと同じ名前のものだけで、ほかのファイルはそのまま残ります)。`
        : `${problem.dir} is not empty (${problem.entries} entries). Choose an empty or new folder, or add --force (even then only files with the generated names are replaced; other files stay).`;
    case 'dirIsLink':
      return ja
        ? `${problem.dir} はシンボリックリンクです。リンク先へ書き込まないよう、リンクではないフォルダーを指定してください。`
        : `${problem.dir} is a symbolic link. To never write through a link, give a folder that is not one.`;
    case 'fileIsLink':
      return ja
        ? `${problem.path} はシンボリックリンクです。リンク先を上書きしないよう、何も書き込んでいません。リンクを削除してから再実行してください。`
        : `${problem.path} is a symbolic link. Nothing was written, so that the file it points to is not overwritten; remove the link and run again.`;
    case 'notADir':
      return ja
        ? `${problem.path} はフォルダーではありません(同じ名前のファイルがあります)。別の出力先を指定してください。`
        : `${problem.path} is not a folder (a file has that name). Choose another output folder.`;
    case 'targetIsDir':
      return ja
        ? `${problem.path} はフォルダーのため、同じ名前のファイルで置き換えられません。何も書き込んでいません。`
        : `${problem.path} is a folder, so it cannot be replaced by the file of that name. Nothing was written.`;
    case 'cannotCreate':
      return ja
        ? `${problem.path} を作成できません(${problem.reason})。書き込みできる場所を --out-dir に指定してください。`
        : `Cannot create ${problem.path} (${problem.reason}). Give --out-dir a place you can write to.`;
    case 'writeFailed':
      return ja
        ? `${problem.dir} への書き込みに失敗しました(${problem.reason})。書きかけのファイルは残していません(一時フォルダーは削除しました)。`
        : `Writing to ${problem.dir} failed (${problem.reason}). No half-written files were left (the temporary folder was removed).`;
  }
}

/** The short reason of a system error (`EACCES: permission denied`), without the path. */
function reasonOf(error: unknown): string {
  if (error instanceof OutputDirError) return error.message;
  const e = error as NodeJS.ErrnoException;
  return e?.code ? `${e.code}${e.syscall ? ` (${e.syscall})` : ''}` : String(error);
}

async function lstatOrNull(path: string): Promise<Stats | null> {
  try {
    return await lstat(path);
  } catch (error) {
    // ENOTDIR: an ancestor is a file; the caller finds which one while creating the parents.
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw new OutputDirError({ kind: 'cannotCreate', path, reason: reasonOf(error) });
  }
}

/**
 * Creates the missing ancestors of `dir` one at a time (see the module comment for why not
 * `recursive`). Existing ancestors may be links (e.g. `/tmp` on some systems); they are
 * the reader's own folders, not files we write.
 */
async function ensureParents(dir: string): Promise<void> {
  const missing: string[] = [];
  let current = dir;
  const root = parse(dir).root;
  for (;;) {
    const stats = await lstatOrNull(current).catch(() => null);
    if (stats) {
      // A link to a folder is fine for an ancestor; anything else is not a place for folders.
      if (!stats.isDirectory() && !stats.isSymbolicLink()) throw new OutputDirError({ kind: 'notADir', path: current });
      break;
    }
    missing.unshift(current);
    if (current === root) break;
    current = dirname(current);
  }
  for (const path of missing) {
    try {
      await mkdir(path, { mode: 0o755 });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOTDIR') throw new OutputDirError({ kind: 'notADir', path: dirname(path) });
      throw new OutputDirError({ kind: 'cannotCreate', path, reason: reasonOf(error) });
    }
  }
}

// Exclusive creation that never follows a link, whatever is at the path.
const CREATE_FLAGS = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);

async function writeNew(path: string, file: OutputFile): Promise<void> {
  const mode = fileMode(file);
  const handle = await open(path, CREATE_FLAGS, mode);
  try {
    // The umask may have taken bits off the mode given to open: set it exactly, on the descriptor.
    await handle.chmod(mode);
    await handle.writeFile(file.text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Writes `files` into the folder `dir` (created if missing) as the module comment describes.
 * Throws {@link OutputDirError} on any refusal or failure, with nothing half-written.
 */
export async function writeOutputDir(dir: string, files: readonly OutputFile[], options: WriteOptions = {}): Promise<WriteResult> {
  const target = resolve(dir);
  const parent = dirname(target);

  // 1. What is there now: nothing, an empty folder, a non-empty folder, a link, a file.
  const existing = await lstatOrNull(target);
  const replaced: string[] = [];
  let empty = true;
  if (existing) {
    if (existing.isSymbolicLink()) throw new OutputDirError({ kind: 'dirIsLink', dir: target });
    if (!existing.isDirectory()) throw new OutputDirError({ kind: 'notADir', path: target });
    const entries = await readdir(target).catch((error: unknown) => {
      throw new OutputDirError({ kind: 'cannotCreate', path: target, reason: reasonOf(error) });
    });
    if (entries.length > 0 && !options.force) throw new OutputDirError({ kind: 'notEmpty', dir: target, entries: entries.length });
    empty = entries.length === 0;
    const names = new Set(entries);
    for (const file of files) {
      if (!names.has(file.fileName)) continue;
      const path = join(target, file.fileName);
      const stats = await lstatOrNull(path);
      if (stats?.isSymbolicLink()) throw new OutputDirError({ kind: 'fileIsLink', path });
      if (stats?.isDirectory()) throw new OutputDirError({ kind: 'targetIsDir', path });
      replaced.push(file.fileName);
    }
  } else {
    await ensureParents(parent);
  }

  // 2. Everything into a fresh temporary folder beside the target (same file system, so renames are atomic).
  let temp: string;
  try {
    temp = await mkdtemp(join(parent, `.${basename(target)}.tmp-`));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTDIR') throw new OutputDirError({ kind: 'notADir', path: parent });
    throw new OutputDirError({ kind: 'cannotCreate', path: target, reason: reasonOf(error) });
  }
  try {
    for (const file of files) {
      await options.beforeWrite?.(file.fileName);
      await writeNew(join(temp, file.fileName), file);
    }
    // 3. Into place: the whole folder when the target is missing or empty (rename replaces an
    // empty folder), otherwise file by file over the old versions (links were refused above).
    if (empty) {
      await rename(temp, target);
    } else {
      for (const file of files) await rename(join(temp, file.fileName), join(target, file.fileName));
      await rmdir(temp);
    }
    return { dir: target, paths: files.map((f) => join(target, f.fileName)), replaced };
  } catch (error) {
    await rm(temp, { recursive: true, force: true }).catch(() => undefined);
    throw new OutputDirError({ kind: 'writeFailed', dir: target, reason: reasonOf(error) });
  }
}
