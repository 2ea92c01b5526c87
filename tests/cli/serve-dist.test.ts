/**
 * The project's static server (`scripts/serve-dist.ts`), which the browser tests, the bench
 * and `npm run preview` depend on: a malformed request gets 400 and the server keeps serving.
 * Before, `/%E0%A4%A` threw an uncaught URIError out of `decodeURIComponent` and the process exited.
 * It compresses text as real hosts do (Lighthouse's simulated network counts transferred bytes).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type StartedServer } from '../../scripts/start-server.ts';

// A free port the server picks (`--port 0`) and names in its first line: nothing else on the
// machine (another checkout's suite, the e2e servers) can collide with it.
let port = 0;
const dir = mkdtempSync(join(tmpdir(), 'serve-dist-'));
let server: StartedServer;

const PAGE_JS = `export const words = ${JSON.stringify('compressible '.repeat(500))};\n`;
const PNG = Buffer.from('89504e470d0a1a0a' + '00'.repeat(64), 'hex');

/** GETs `path` with `accept` as Accept-Encoding; the raw (still encoded) body and the headers. */
function rawGet(path: string, accept: string): Promise<{ body: Buffer; encoding: string | undefined; vary: string | undefined }> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { 'Accept-Encoding': accept } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        done({ body: Buffer.concat(chunks), encoding: res.headers['content-encoding'], vary: res.headers['vary'] as string | undefined }),
      );
    });
    req.on('error', fail);
    req.end();
  });
}

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
  writeFileSync(join(dir, 'page.js'), PAGE_JS);
  writeFileSync(join(dir, 'logo.png'), PNG);
  // Ready when it says where it serves (its own readiness signal), not after a fixed wait.
  server = await startServer(['--port', '0', '--dir', dir, '--base', '/']);
  port = server.port;
});

afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('scripts/serve-dist.ts', () => {
  it('answers a malformed percent-encoding with 400 and keeps serving', async () => {
    expect(await rawStatus('/')).toBe(200);
    expect(await rawStatus('/%E0%A4%A')).toBe(400);
    expect(await rawStatus('/%')).toBe(400);
    expect(await rawStatus('/a%00b')).toBe(400);
    // Still alive: a good request after the bad ones gets its page.
    expect(server.process.exitCode).toBeNull();
    expect(await rawStatus('/')).toBe(200);
    expect(await rawStatus('/missing/')).toBe(404);
  });

  it('compresses text by Accept-Encoding (Brotli first, then gzip), never images, and says it varies', async () => {
    const br = await rawGet('/page.js', 'gzip, deflate, br');
    expect(br.encoding).toBe('br');
    expect(br.vary).toBe('Accept-Encoding');
    expect(br.body.length).toBeLessThan(PAGE_JS.length / 10);
    expect(brotliDecompressSync(br.body).toString()).toBe(PAGE_JS);

    const gzip = await rawGet('/page.js', 'gzip');
    expect(gzip.encoding).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(PAGE_JS);

    // Refused (q=0) or not offered: the bytes as they are.
    for (const accept of ['br;q=0, gzip;q=0', 'identity', '']) {
      const plain = await rawGet('/page.js', accept);
      expect(plain.encoding, accept).toBeUndefined();
      expect(plain.body.toString(), accept).toBe(PAGE_JS);
    }
    // The 404 page is text too; a PNG is already compressed.
    expect((await rawGet('/missing/', 'br')).encoding).toBe('br');
    const png = await rawGet('/logo.png', 'br, gzip');
    expect(png.encoding).toBeUndefined();
    expect(png.body.equals(PNG)).toBe(true);
  });
});
