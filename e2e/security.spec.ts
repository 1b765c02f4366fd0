// Security of what we serve: the CSP <meta> Astro writes (hashes, no 'unsafe-inline'), the
// headers scripts/serve.ts sends from public/_headers, no CSP violation while the whole story
// plays, and no framing of the story by another origin.
//
// To cover another page add it to PAGES; `frameable` says whether other sites may frame it
// (embeds: yes, with frame-ancestors *; everything else: 'self' only).
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash } from 'node:crypto';
import { expect, test } from '@playwright/test';
import type { APIRequestContext, Page } from '@playwright/test';
import { tags } from '../scripts/check-links.ts';
import { stepIds } from './helpers.ts';

const PAGES: { path: string; story: boolean; frameable: boolean; cspKnownIssue?: string }[] = [
  { path: '/', story: true, frameable: false },
  { path: '/sources/', story: false, frameable: false },
  {
    path: '/embed/cold-open/',
    story: false,
    frameable: true,
  },
];
/** Headers every response carries, whatever the file. */
const EVERYWHERE: Record<string, RegExp> = {
  'x-content-type-options': /^nosniff$/i,
  'referrer-policy': /^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/,
  'permissions-policy': /\bcamera=\(\)/,
};

function parseCsp(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), values);
  }
  return out;
}

test.describe('served headers', () => {
  for (const { path, frameable } of PAGES) {
    test(`${path}: security headers`, async ({ request }) => {
      const res = await request.get(path);
      expect(res.status()).toBe(200);
      const h = res.headers();
      for (const [name, re] of Object.entries(EVERYWHERE)) expect(h[name], name).toMatch(re);
      expect(h['permissions-policy']).toMatch(/\bgeolocation=\(\)/);
      expect(h['permissions-policy']).toMatch(/\bmicrophone=\(\)/);
      const csp = parseCsp(h['content-security-policy'] ?? '');
      expect(csp.get('frame-ancestors'), 'frame-ancestors').toEqual(frameable ? ['*'] : ["'self'"]);
      // A header CSP must never loosen what the page's <meta> policy allows.
      for (const [directive, values] of csp) {
        expect(values, directive).not.toContain("'unsafe-inline'");
        expect(values, directive).not.toContain("'unsafe-eval'");
      }
      // No cross-origin window keeps a handle on ours (the presenter's notes window is same-origin).
      expect(h['cross-origin-opener-policy']).toBe('same-origin');
      expect(h['content-type']).toBe('text/html; charset=utf-8');
    });
  }

  test('assets: nosniff with the right content types', async ({ request }) => {
    const html = await (await request.get('/')).text();
    const assets = tags(html)
      .flatMap((t) => [t.attrs.get('src'), t.name === 'link' ? t.attrs.get('href') : undefined])
      .filter((u): u is string => !!u && u.startsWith('/'));
    expect(assets.some((a) => a.endsWith('.js'))).toBe(true);
    const types: Record<string, RegExp> = { js: /^text\/javascript/, woff2: /^font\/woff2$/, svg: /^image\/svg\+xml/, css: /^text\/css/ };
    for (const asset of new Set(assets)) {
      const res = await request.get(asset);
      expect(res.status(), asset).toBe(200);
      expect(res.headers()['x-content-type-options'], asset).toBe('nosniff');
      const ext = asset.split('.').pop() ?? '';
      if (types[ext]) expect(res.headers()['content-type'], asset).toMatch(types[ext]!);
    }
  });
});

test.describe('the page’s own CSP (<meta>, hashes from Astro)', () => {
  for (const { path, cspKnownIssue } of PAGES) {
    test(`${path}: strict script-src and style-src, covering every inline script and style`, async ({ request }) => {
      test.fail(cspKnownIssue !== undefined, cspKnownIssue);
      const html = await (await request.get(path)).text();
      const all = tags(html);
      const metas = all.filter((t) => t.name === 'meta' && (t.attrs.get('http-equiv') ?? '').toLowerCase() === 'content-security-policy');
      expect(metas, 'exactly one CSP <meta>').toHaveLength(1);
      const meta = metas[0]!;
      // It only protects what comes after it: it must precede every script, style and stylesheet.
      const first = all.findIndex(
        (t) =>
          t.name === 'script' ||
          t.name === 'style' ||
          (t.name === 'link' && (/\b(stylesheet|modulepreload)\b/.test(t.attrs.get('rel') ?? '') || /^(script|style)$/.test(t.attrs.get('as') ?? ''))),
      );
      expect(all.indexOf(meta), 'the CSP <meta> comes before any script or style').toBeLessThan(first);
      const csp = parseCsp(meta.attrs.get('content') ?? '');
      const scriptSrc = csp.get('script-src') ?? [];
      const styleSrc = csp.get('style-src') ?? [];
      expect(scriptSrc.length, 'script-src present').toBeGreaterThan(0);
      for (const bad of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:', 'blob:']) {
        expect(scriptSrc, `script-src has ${bad}`).not.toContain(bad);
        expect(styleSrc, `style-src has ${bad}`).not.toContain(bad);
      }
      expect(csp.get('default-src')).toEqual(["'self'"]);
      expect(csp.get('object-src')).toEqual(["'none'"]);
      expect(csp.get('base-uri')?.[0]).toMatch(/^'(self|none)'$/);
      expect(csp.get('script-src-attr') ?? [], 'no inline event handlers allowed').not.toContain("'unsafe-inline'");

      // Every inline script that runs, and every inline style, is allowed by its hash; nothing
      // relies on what the policy forbids (inline handlers, style attributes, javascript: URLs).
      const sha = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
      const problems: string[] = [];
      let inlineScripts = 0;
      for (const t of all) {
        const type = (t.attrs.get('type') ?? '').toLowerCase();
        const runs = t.name === 'script' && !t.attrs.has('src') && ['', 'module', 'text/javascript', 'application/javascript'].includes(type);
        if (runs) inlineScripts++;
        if (runs && !scriptSrc.includes(sha(t.text ?? ''))) problems.push(`inline script without its hash: ${(t.text ?? '').slice(0, 60)}…`);
        if (t.name === 'style' && !styleSrc.includes(sha(t.text ?? ''))) problems.push(`inline <style> without its hash: ${(t.text ?? '').slice(0, 60)}…`);
        if (t.name === 'script' && t.attrs.has('src') && !/^\/(?!\/)/.test(t.attrs.get('src') ?? '')) problems.push(`script from elsewhere: ${t.attrs.get('src')}`);
        for (const name of t.attrs.keys()) if (name.startsWith('on')) problems.push(`<${t.name} ${name}>: inline handler`);
        if (t.attrs.has('style')) problems.push(`<${t.name} style="${t.attrs.get('style')}">: blocked by style-src`);
        for (const a of ['href', 'src', 'action', 'formaction']) if (/^\s*javascript:/i.test(t.attrs.get(a) ?? '')) problems.push(`<${t.name} ${a}>: javascript: URL`);
      }
      expect(problems).toEqual([]);
      test.info().annotations.push({ type: 'inline scripts', description: String(inlineScripts) });
    });
  }
});

/** Records CSP violations (and "Refused to …" console messages) from the very first byte. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  const refused: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) refused.push(m.text());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__csp.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`);
    });
  });
  return async () => [...refused, ...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp))];
}

test.describe('no CSP violation while the story plays', () => {
  for (const { path, story } of PAGES) {
    // The whole story once, at desktop width (the phone layout runs the same scripts and styles
    // through the same CSP; a full flight through 51 steps costs a minute); lighter pages at both.
    for (const viewport of story ? [{ width: 1440, height: 900 }] : [
      { width: 1440, height: 900 },
      { width: 375, height: 812 },
    ]) {
      test(`${path} at ${viewport.width}px, motion on`, async ({ browser }) => {
        test.setTimeout(300_000);
        const context = await browser.newContext({ viewport, reducedMotion: 'no-preference' });
        const page = await context.newPage();
        const violations = await recordViolations(page);
        await page.goto(path);
        await page.waitForLoadState('load');
        if (story) {
          // Every step, in order, with the camera flying between them.
          const steps = await stepIds(page);
          // Bring each step to the trigger line in turn (scrollama takes over; the camera flies).
          for (const { id, scene } of steps) {
            await page.locator(`#${id}`).evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
            await expect(page.locator(`#${id}`)).toHaveClass(/is-active/);
            await expect(page.locator('.live-map')).toHaveAttribute('data-scene', scene);
          }
          await expect(page.locator('.live-map')).toHaveAttribute('data-settled', 'true');
          // Keys, the motion toggle, a link.
          await page.keyboard.press('ArrowLeft');
          await page.getByRole('button', { name: 'Motion' }).click();
          await page.keyboard.press('ArrowLeft');
          await page.locator('.toc a[href^="#"]').first().click();
          await expect(page.locator('.live-map')).toHaveAttribute('data-settled', 'true');
        } else {
          await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        }
        await page.waitForTimeout(500);
        expect(await violations()).toEqual([]);
        await context.close();
      });
    }
  }
});

test.describe('framing', () => {
  let host: Server;
  let hostOrigin = '';
  test.beforeAll(async ({ baseURL }) => {
    // A page on another origin (another port) that tries to frame ours.
    host = createServer((req, res) => {
      const target = new URL(decodeURIComponent((req.url ?? '/').slice(1)) || '/', baseURL).href;
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><title>host</title><h1>host</h1><iframe src="${target.replace(/"/g, '&quot;')}" title="framed" width="800" height="600"></iframe>`);
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
  });
  test.afterAll(async () => {
    await new Promise<void>((resolve) => host.close(() => resolve()));
  });

  /** The page's own <title>, to recognise it in a frame (an error page has its own). */
  async function titleOf(request: APIRequestContext, path: string): Promise<string> {
    const title = tags(await (await request.get(path)).text()).find((t) => t.name === 'title');
    return (title?.text ?? '').replace(/&#39;/g, "'").replace(/&amp;/g, '&').trim();
  }

  /** The title of the document inside the host page's iframe, once it has loaded. */
  async function framedTitle(page: Page): Promise<string> {
    const iframe = page.locator('iframe');
    await iframe.waitFor();
    await page.waitForLoadState('load');
    await page.waitForTimeout(500);
    const frame = await (await iframe.elementHandle())?.contentFrame();
    return frame ? frame.evaluate(() => document.title).catch(() => '') : '';
  }

  for (const { path, frameable } of PAGES) {
    test(`${path}: ${frameable ? 'may' : 'may not'} be framed by another origin`, async ({ page, request, baseURL }) => {
      expect(new URL(hostOrigin).origin).not.toBe(new URL(baseURL!).origin);
      const title = await titleOf(request, path);
      expect(title.length).toBeGreaterThan(0);
      let refused = false;
      page.on('console', (m) => {
        if (/frame-ancestors/i.test(m.text())) refused = true;
      });
      await page.goto(`${hostOrigin}/${encodeURIComponent(path)}`);
      const inFrame = await framedTitle(page);
      if (frameable) expect(inFrame, 'the framed page rendered').toBe(title);
      else {
        expect(inFrame, 'the framed page must not render').not.toBe(title);
        expect(refused, 'the browser reports the frame-ancestors refusal').toBe(true);
      }
    });
  }

  test('control: the same origin may frame the story (so the check above can see a rendered frame)', async ({ page, request, baseURL }) => {
    // A host page served from the story's own origin (fulfilled by the test, not on disk).
    const hostUrl = new URL('/__frame-host__', baseURL).href;
    await page.route(hostUrl, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><title>host</title><iframe src="/" title="framed" width="800" height="600"></iframe>`,
      }),
    );
    await page.goto(hostUrl);
    expect(await framedTitle(page)).toBe(await titleOf(request, '/'));
  });
});
