// A page on another origin that embeds the site's chapters, as a newsroom would: a second server
// (localhost:<port>, while the site is 127.0.0.1:<port>) serves e2e/fixtures/host.html and the
// real pym.js parent library. Shared by the English and French embed specs.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from '@playwright/test';
import type { Frame, Page } from '@playwright/test';

export interface Host {
  origin: string;
  close(): Promise<void>;
}

export async function startHost(): Promise<Host> {
  const files: Record<string, [string, string]> = {
    '/host.html': ['e2e/fixtures/host.html', 'text/html; charset=utf-8'],
    '/pym.v1.min.js': ['node_modules/pym.js/dist/pym.v1.min.js', 'text/javascript; charset=utf-8'],
  };
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://host').pathname;
    const file = files[path];
    if (file) {
      res.writeHead(200, { 'Content-Type': file[1] });
      res.end(readFileSync(file[0]));
    } else if (path === '/favicon.ico') {
      res.writeHead(204).end();
    } else if (path === '/blank.html') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank host page</title></head><body></body></html>');
    } else {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  // "localhost", not 127.0.0.1: another origin and another site than the embeds'.
  const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  return { origin, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

export function hostUrl(host: Host, baseURL: string, opts: { mode: 'pym' | 'iframe' | 'sandbox'; width: number; paths: string[] }): string {
  const q = new URLSearchParams({ mode: opts.mode, width: String(opts.width) });
  for (const p of opts.paths) q.append('src', new URL(p, baseURL).href);
  return `${host.origin}/host.html?${q}`;
}

export async function frameOf(page: Page, selector: string): Promise<Frame> {
  const handle = await page.locator(selector).elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error(`no frame for ${selector}`);
  return frame;
}

export async function embedReady(frame: Frame): Promise<void> {
  await frame.waitForSelector('html.embed-ready', { state: 'attached' });
  await frame.waitForSelector('.live-map[data-settled="true"]', { state: 'attached' });
}

/** The iframe's height in the host, and the content height inside the frame. */
export async function heights(page: Page, selector: string, frame: Frame): Promise<{ iframe: number; content: number }> {
  const iframe = await page.locator(selector).evaluate((el) => el.getBoundingClientRect().height);
  const content = await frame.evaluate(() => document.documentElement.scrollHeight);
  return { iframe, content };
}

/** Waits until the iframe is as tall as its content (within 4 px). */
export async function expectSized(page: Page, selector: string, frame: Frame): Promise<{ iframe: number; content: number }> {
  await expect.poll(async () => {
    const h = await heights(page, selector, frame);
    return Math.abs(h.iframe - h.content);
  }, { timeout: 15_000 }).toBeLessThanOrEqual(4);
  return heights(page, selector, frame);
}
