/**
 * The project's static server (`scripts/serve-dist.ts`), which the browser tests, the bench
 * and `npm run preview` depend on: a malformed request gets 400 and the server keeps serving.
 * Before, `/%E0%A4%A` threw an uncaught URIError out of `decodeURIComponent` and the process exited.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const node = join(repoRoot, 'node_modules', '.bin', 'node');
// This checkout's own port (TEAM.md: E2E_PORT), so parallel checkouts never collide.
const port = Number(process.env['E2E_PORT'] ?? 5400);
const dir = mkdtempSync(join(tmpdir(), 'serve-dist-'));
let server: ChildProcess;

/** Sends `requestLine` byte for byte (no client-side URL normalisation) and resolves to the status code. */
function rawStatus(path: string): Promise<number> {
  return new Promise((done, fail) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
    });
    let data = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (data += chunk));
    socket.on('end', () => {
      const status = /^HTTP\/1\.1 (\d{3})/.exec(data)?.[1];
      if (status === undefined) fail(new Error(`no HTTP status in ${JSON.stringify(data.slice(0, 80))}`));
      else done(Number(status));
    });
    socket.on('error', fail);
  });
}

beforeAll(async () => {
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>ok</title>');
  writeFileSync(join(dir, '404.html'), '<!doctype html><title>not found</title>');
  server = spawn(node, ['scripts/serve-dist.ts', '--port', String(port), '--dir', dir, '--base', '/'], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Ready when it says where it serves (its own readiness signal), not after a fixed wait.
  await new Promise<void>((ready, fail) => {
    let out = '';
    server.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('Serving ')) ready();
    });
    server.on('exit', (code) => fail(new Error(`server exited early (${code})`)));
  });
});

afterAll(() => {
  server.kill();
  rmSync(dir, { recursive: true, force: true });
});

describe('scripts/serve-dist.ts', () => {
  it('answers a malformed percent-encoding with 400 and keeps serving', async () => {
    expect(await rawStatus('/')).toBe(200);
    expect(await rawStatus('/%E0%A4%A')).toBe(400);
    expect(await rawStatus('/%')).toBe(400);
    expect(await rawStatus('/a%00b')).toBe(400);
    // Still alive: a good request after the bad ones gets its page.
    expect(server.exitCode).toBeNull();
    expect(await rawStatus('/')).toBe(200);
    expect(await rawStatus('/missing/')).toBe(404);
  });
});
