/**
 * Completes Astro's Content-Security-Policy after the build.
 *
 * Astro hashes the scripts it processes into each page's CSP `<meta>`, but not `is:inline`
 * scripts, and Starlight ships several (theme, sidebar, search shortcut). Without their
 * hashes a strict `script-src` blocks them. After the build we hash every inline script of
 * every page into that page's policy, and write `_headers` (Netlify/Cloudflare format) with
 * one policy for the whole site — the union of all hashes — plus the headers a `<meta>`
 * cannot carry (`frame-ancestors`), for hosts that can send response headers.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/;
/** Inline scripts that run: no `src`, and no data type such as `application/json`. */
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)(?![^>]*\stype="application\/)[^>]*>([\s\S]*?)<\/script>/g;

/** `'sha256-…'` source expression of a script body, as browsers compute it. */
export function scriptHash(body: string): string {
  return `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
}

/** Adds `hashes` to the `script-src` directive of a policy (once each). */
export function addScriptHashes(policy: string, hashes: Iterable<string>): string {
  const directives = policy.split(';').map((d) => d.trim()).filter(Boolean);
  const i = directives.findIndex((d) => d.startsWith('script-src ') || d === 'script-src');
  const current = i >= 0 ? directives[i]!.split(/\s+/) : ['script-src', "'self'"];
  for (const hash of hashes) if (!current.includes(hash)) current.push(hash);
  if (i >= 0) directives[i] = current.join(' ');
  else directives.push(current.join(' '));
  return directives.join('; ');
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

/** Headers for every response, besides the CSP. */
const OTHER_HEADERS = [
  'X-Content-Type-Options: nosniff',
  'Referrer-Policy: no-referrer',
  'Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy: same-origin',
  'X-Frame-Options: DENY',
];

/** The integration. `extraHeaderDirectives` only make sense as a response header. */
export function cspCompletion(extraHeaderDirectives: string[] = ["frame-ancestors 'none'"]): AstroIntegration {
  return {
    name: 'method-b:csp',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const allHashes = new Set<string>();
        let sitePolicy: string | undefined;
        let pages = 0;
        for (const file of htmlFiles(root)) {
          const html = readFileSync(file, 'utf8');
          const meta = META.exec(html);
          if (!meta?.[1]) throw new Error(`${file}: no Content-Security-Policy <meta>; is security.csp enabled?`);
          const hashes = [...html.matchAll(INLINE_SCRIPT)].map((m) => scriptHash(m[1] ?? ''));
          const policy = addScriptHashes(meta[1], hashes);
          for (const h of policy.match(/'sha(256|384|512)-[^']+'/g) ?? []) allHashes.add(h);
          sitePolicy ??= policy;
          writeFileSync(file, html.replace(META, () => `<meta http-equiv="content-security-policy" content="${policy}">`));
          pages++;
        }
        if (!sitePolicy) return;
        const headerPolicy = [...addScriptHashes(sitePolicy, allHashes).split('; '), ...extraHeaderDirectives].join('; ');
        const headers = ['/*', `  Content-Security-Policy: ${headerPolicy}`, ...OTHER_HEADERS.map((h) => `  ${h}`), ''].join('\n');
        writeFileSync(join(root, '_headers'), headers);
        logger.info(`CSP: inline script hashes added to ${pages} pages; _headers written (${allHashes.size} hashes)`);
      },
    },
  };
}
