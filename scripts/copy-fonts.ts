// Copies the self-hosted font files (latin subset, variable weight) from their npm packages
// into public/fonts, so the site serves them from its own origin with stable URLs to preload.
import { copyFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const FILES: [string, string][] = [
  ['@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2', 'source-serif-4-latin-wght-normal.woff2'],
  ['@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-italic.woff2', 'source-serif-4-latin-wght-italic.woff2'],
  ['@fontsource-variable/inter/files/inter-latin-wght-normal.woff2', 'inter-latin-wght-normal.woff2'],
];
mkdirSync(`${root}public/fonts`, { recursive: true });
for (const [from, to] of FILES) copyFileSync(`${root}node_modules/${from}`, `${root}public/fonts/${to}`);
