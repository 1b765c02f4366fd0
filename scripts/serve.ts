// A small static server for the built site (dist/), used by `npm start`, the browser tests and
// the benchmark. It compresses like a real static host (brotli/gzip) and sends the security
// headers of public/_headers, so what we test and measure is what readers would get.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)), process.env['SERVE_ROOT'] ?? 'dist');
const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i] ?? '', process.argv[i + 1] ?? '');
const port = Number(args.get('--port') ?? process.env['PORT'] ?? 4321);
const host = args.get('--host') ?? '127.0.0.1';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.geojson': 'application/geo+json',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.csv', '.geojson', '.xml', '.webmanifest']);

/** Parses the Netlify/Cloudflare-style _headers file: a path pattern, then indented headers. */
function readHeaderRules(): { pattern: RegExp; headers: [string, string][] }[] {
  const file = join(root, '_headers');
  if (!existsSync(file)) return [];
  const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const glob = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${glob}$`), headers: [] });
    } else {
      const i = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
    }
  }
  return rules;
}
const rules = readHeaderRules();
const cache = new Map<string, { br: Buffer; gz: Buffer; mtime: number }>();

function resolveFile(urlPath: string): string | null {
  let p: string;
  try {
    p = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const full = normalize(join(root, p));
  if (!full.startsWith(root)) return null;
  if (existsSync(full) && statSync(full).isFile()) return full;
  const index = join(full, 'index.html');
  if (existsSync(index)) return index;
  return null;
}

const HASHED_FONT = /^\/fonts\/[\w-]+\.[0-9a-f]{10}\.woff2$/;

function send(req: IncomingMessage, res: ServerResponse, file: string, status: number, pathname: string): void {
  const ext = extname(file);
  const headers: Record<string, string> = { 'Content-Type': TYPES[ext] ?? 'application/octet-stream' };
  for (const rule of rules) if (rule.pattern.test(pathname)) for (const [k, v] of rule.headers) headers[k] = v;
  // Hashed bundles and fonts (named by content: scripts/subset-fonts.ts) never change; the
  // favicon is refetched on every history.replaceState otherwise.
  headers['Cache-Control'] = pathname.startsWith('/_astro/') || HASHED_FONT.test(pathname)
    ? 'public, max-age=31536000, immutable'
    : pathname === '/favicon.svg'
      ? 'public, max-age=86400'
      : 'no-cache';
  // Revalidation, as static hosts do it: a file unchanged since the browser's copy costs a 304.
  // The service worker revalidates what it stores (the page has usually just loaded it).
  const st = statSync(file);
  headers['ETag'] = `W/"${st.size.toString(16)}-${Math.floor(st.mtimeMs).toString(16)}"`;
  if (status === 200 && req.headers['if-none-match'] === headers['ETag']) {
    res.writeHead(304, headers).end();
    return;
  }
  const accept = String(req.headers['accept-encoding'] ?? '');
  if (COMPRESSIBLE.has(ext) && (accept.includes('br') || accept.includes('gzip'))) {
    const mtime = statSync(file).mtimeMs;
    let c = cache.get(file);
    if (!c || c.mtime !== mtime) {
      const raw = readFileSync(file);
      c = {
        br: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        gz: gzipSync(raw, { level: 9 }),
        mtime,
      };
      cache.set(file, c);
    }
    const useBr = accept.includes('br');
    headers['Content-Encoding'] = useBr ? 'br' : 'gzip';
    headers['Vary'] = 'Accept-Encoding';
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : useBr ? c.br : c.gz);
    return;
  }
  res.writeHead(status, headers);
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
}

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405).end();
    return;
  }
  const file = resolveFile(url.pathname);
  if (file) {
    if (!extname(url.pathname) && !url.pathname.endsWith('/') && file.endsWith('index.html')) {
      res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    send(req, res, file, 200, url.pathname);
    return;
  }
  // The not-found page of the edition asked for (/fr/… → the French one), as Cloudflare Pages
  // does by looking for the nearest 404.html.
  const french = /^\/fr(\/|$)/.test(url.pathname) ? join(root, 'fr', '404.html') : null;
  const notFound = [french, join(root, '404.html')].find((f): f is string => f !== null && existsSync(f));
  if (notFound) send(req, res, notFound, 404, url.pathname);
  else res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
}).listen(port, host, () => {
  process.stdout.write(`Serving ${root} at http://${host}:${port}/\n`);
});
