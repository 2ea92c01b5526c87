/**
 * A small static file server for the production build, as a plain static host would serve
 * it (index.html for folders, 404.html for anything missing). The end-to-end tests and the
 * benchmark run against it.
 *
 * Usage: node scripts/serve-dist.ts [--port 4322 (0: any free port)] [--dir dist] [--base /] [--headers file]
 * `--headers` applies a Netlify/Cloudflare-style `_headers` file (e.g. the CSP) to every response.
 * Text is compressed as every real host does it on the fly (CloudFront's "compress objects
 * automatically", Netlify, Cloudflare, nginx `gzip on`): Brotli or gzip by `Accept-Encoding`, at
 * the moderate levels of on-the-fly compression, not a build's maximum. Lighthouse's simulated
 * network counts the bytes transferred, so an uncompressed server would measure the server.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4322' },
    dir: { type: 'string', default: 'dist' },
    base: { type: 'string', default: process.env['BASE_PATH'] || '/' },
    headers: { type: 'string' },
  },
});

const root = resolve(values.dir);
const base = values.base.endsWith('/') ? values.base : `${values.base}/`;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.woff2': 'font/woff2',
};

/** Whether a file of this type is worth compressing: text (images, fonts, WebAssembly and Pagefind's files are not). */
const compressible = (type: string | undefined): boolean => /^(text\/|application\/(json|xml)|image\/svg\+xml)/.test(type ?? '');

/** The encodings offered, best first, and how each compresses (levels of on-the-fly compression). */
const ENCODINGS: ReadonlyArray<[name: 'br' | 'gzip', compress: (body: Buffer) => Buffer]> = [
  ['br', (body) => brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } })],
  ['gzip', (body) => gzipSync(body, { level: 6 })],
];

/** Compressed bodies by encoding, path, size and modification time: each file compresses once per build. */
const compressed = new Map<string, Buffer>();

/** The encoding this request accepts (of ours, best first), or undefined for identity. */
function encodingFor(req: IncomingMessage): (typeof ENCODINGS)[number] | undefined {
  const accepted = String(req.headers['accept-encoding'] ?? '')
    .split(',')
    .map((part) => part.trim().split(';'))
    .filter(([, q]) => !/^\s*q=0(\.0*)?\s*$/.test(q ?? ''))
    .map(([name]) => name!.trim().toLowerCase());
  return ENCODINGS.find(([name]) => accepted.includes(name));
}

/** Header lines of a `_headers` file that apply to every path (`/*`). */
function readGlobalHeaders(file: string | undefined): [string, string][] {
  if (!file) return [];
  const headers: [string, string][] = [];
  let applies = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      applies = line.trim() === '/*';
      continue;
    }
    const i = line.indexOf(':');
    if (applies && i > 0) headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
  }
  return headers;
}
const extraHeaders = readGlobalHeaders(values.headers);

/** A request whose path cannot be decoded (`/%E0%A4%A`): answered with 400, never thrown. */
class BadRequest extends Error {}

function fileFor(pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname.slice(base.length));
  } catch {
    throw new BadRequest(pathname);
  }
  // A NUL byte would make the fs calls throw; no file of the build has one in its name.
  if (decoded.includes('\0')) throw new BadRequest(pathname);
  const rel = normalize(decoded);
  if (rel.startsWith('..')) return undefined;
  let path = join(root, rel);
  try {
    if (statSync(path).isDirectory()) path = join(path, 'index.html');
    statSync(path);
    return path;
  } catch {
    return undefined;
  }
}

const server = createServer((req, res) => {
  try {
    serve(req, res);
  } catch (error) {
    // One malformed request must never stop the server the tests and the bench depend on.
    if (!res.headersSent) res.writeHead(error instanceof BadRequest ? 400 : 500, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(error instanceof BadRequest ? 'bad request' : 'internal error');
  }
});

function serve(req: IncomingMessage, res: ServerResponse): void {
  let url: URL;
  try {
    url = new URL(req.url ?? '/', 'http://localhost');
  } catch {
    throw new BadRequest(req.url ?? '');
  }
  // Folders without a trailing slash redirect, as S3 website hosting and most hosts do.
  const dir = fileFor(`${url.pathname}/`);
  if (!url.pathname.endsWith('/') && !extname(url.pathname) && dir) {
    res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  const file = fileFor(url.pathname);
  const status = file ? 200 : 404;
  const path = file ?? join(root, '404.html');
  let body: Buffer;
  let stat: { size: number; mtimeMs: number };
  try {
    body = readFileSync(path);
    stat = statSync(path);
  } catch {
    res.writeHead(404).end('not found');
    return;
  }
  for (const [name, value] of extraHeaders) res.setHeader(name, value);
  const type = TYPES[extname(path)];
  const encoding = compressible(type) ? encodingFor(req) : undefined;
  if (encoding) {
    const [name, compress] = encoding;
    const key = `${name} ${path} ${stat.size} ${stat.mtimeMs}`;
    let packed = compressed.get(key);
    if (!packed) compressed.set(key, (packed = compress(body)));
    body = packed;
    res.setHeader('Content-Encoding', name);
  }
  if (compressible(type)) res.setHeader('Vary', 'Accept-Encoding');
  res.writeHead(status, { 'Content-Type': type ?? 'application/octet-stream' });
  res.end(req.method === 'HEAD' ? undefined : body);
}

// `--port 0` takes a free port; the line names the one in use (tests read it from there).
server.listen(Number(values.port), '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : values.port;
  console.log(`Serving ${root} at http://127.0.0.1:${port}${base}`);
});
