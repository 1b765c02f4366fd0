// @ts-check
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://caught-between.example',
  trailingSlash: 'ignore',
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
  vite: {
    build: {
      // Never inline assets as data: URIs (fonts, images), except tiny self-contained page
      // scripts (the story's load watchdog): Astro inlines those and hashes them into the CSP,
      // so they still run when the /_astro/ bundle cannot be fetched.
      assetsInlineLimit: (file, content) => /\.m?js$/.test(file) && content.length < 1024,
    },
  },
});
