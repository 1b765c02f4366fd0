// @ts-check
import { renameSync, rmdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';

/** Astro writes /404.html for src/pages/404.astro but /fr/404/index.html for the French one;
 *  static hosts (and scripts/serve.ts) look for the nearest 404.html, so move it there. */
/** @type {import('astro').AstroIntegration} */
const frenchNotFound = {
  name: 'french-404',
  hooks: {
    'astro:build:done': ({ dir }) => {
      const from = fileURLToPath(new URL('fr/404/index.html', dir));
      if (!existsSync(from)) return;
      renameSync(from, fileURLToPath(new URL('fr/404.html', dir)));
      rmdirSync(fileURLToPath(new URL('fr/404/', dir)));
    },
  },
};

export default defineConfig({
  // The public origin (QR codes, canonical and embed links): SITE_URL at build time.
  site: process.env.SITE_URL || 'https://caught-between.example',
  trailingSlash: 'ignore',
  // English at /, French at /fr/ (pages in src/pages/ and src/pages/fr/, one view per page in
  // src/views/ with a `lang` prop).
  i18n: { locales: ['en', 'fr'], defaultLocale: 'en', routing: { prefixDefaultLocale: false } },
  build: { format: 'directory', inlineStylesheets: 'always' },
  // No code blocks in the story; Shiki's inline styles would also trip the CSP.
  markdown: { syntaxHighlight: false },
  security: {
    // A <meta> CSP with hashes for Astro's bundled scripts and styles: no 'unsafe-inline'.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  devToolbar: { enabled: false },
  integrations: [frenchNotFound],
  vite: {
    build: {
      // Never inline assets as data: URIs (fonts, images), except tiny self-contained page
      // scripts (the story's load watchdog): Astro inlines those and hashes them into the CSP,
      // so they still run when the /_astro/ bundle cannot be fetched.
      assetsInlineLimit: (file, content) => /\.m?js$/.test(file) && content.length < 1024,
    },
  },
});
