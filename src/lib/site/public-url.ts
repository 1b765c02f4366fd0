// The one rule for a page's public address (QR codes, printed addresses, canonical and embed
// links). The deployment's origin is `site` in astro.config.mjs, read from SITE_URL at build
// time; build-time code only (it reads import.meta.env, which Astro fills in).
const FALLBACK_SITE = 'https://caught-between.example';

/** The site's public origin and base path, e.g. "https://news.example.org/projects/mali/". */
export function siteRoot(): URL {
  const site = import.meta.env.SITE || FALLBACK_SITE;
  const base = (import.meta.env.BASE_URL || '/').replace(/\/?$/, '/');
  return new URL(base, site);
}

/** The public URL of a site path such as "/fr/present/?step=moura" (leading slash optional). */
export function publicUrl(path: string): string {
  return new URL(path.replace(/^\//, ''), siteRoot()).href;
}

/** A short readable form for print: "caught-between.example/fr/present/?step=moura". */
export function shortAddress(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}
