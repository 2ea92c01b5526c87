/**
 * Starts the project's static server (`scripts/serve-dist.ts`) as a child process and resolves
 * once it is listening, read off the line it prints (its own readiness signal) rather than
 * after a fixed wait, which on a loaded machine is either too short or wasted time. The bench,
 * the screenshots and the server's own test start it this way.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** A running server: its port, its origin URL (`http://127.0.0.1:PORT/`) and the process. */
export interface StartedServer {
  port: number;
  url: string;
  process: ChildProcess;
  close(): void;
}

/** What the server prints once it listens (scripts/serve-dist.ts). */
const SERVING = /Serving .* at (http:\/\/127\.0\.0\.1:(\d+)\/)/;

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * Starts `serve-dist.ts` with `args` (e.g. `['--port', '0', '--dir', 'dist']`; port 0 takes
 * any free port; a relative `--dir` is the repository's) and waits until it serves. Rejects,
 * with what it printed, if it exits or fails to start first, or after `timeoutMs`.
 */
export function startServer(args: readonly string[], timeoutMs = 30_000): Promise<StartedServer> {
  const child = spawn(process.execPath, ['scripts/serve-dist.ts', ...args], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((ready, fail) => {
    let out = '';
    const keep = (chunk: Buffer) => (out += chunk.toString());
    // A server that neither serves nor exits (never expected) must not hang its caller.
    const timer = setTimeout(() => {
      child.kill();
      fail(new Error(`serve-dist did not say it serves within ${timeoutMs} ms:\n${out}`));
    }, timeoutMs);
    const listen = (chunk: Buffer) => {
      keep(chunk);
      const served = SERVING.exec(out);
      if (!served) return;
      clearTimeout(timer);
      child.stdout?.off('data', listen);
      child.stderr?.off('data', keep);
      // Keep draining what it prints, so a full pipe never blocks the server.
      child.stdout?.resume();
      child.stderr?.resume();
      ready({ port: Number(served[2]), url: served[1]!, process: child, close: () => child.kill() });
    };
    child.stdout?.on('data', listen);
    child.stderr?.on('data', keep);
    child.on('error', (error) => {
      clearTimeout(timer);
      fail(error);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`serve-dist exited before serving (code ${code}):\n${out}`));
    });
  });
}
