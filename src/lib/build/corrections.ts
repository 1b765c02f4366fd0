// Build-time: where readers report an error. A static site has no form handler, so the page links
// to an address set when the site is built: CORRECTIONS_URL, a mailto: address or an issue
// tracker / form URL (https:). Without it, corrections@<the site's host> (Astro's `site` setting).
import type { Lang } from '../i18n/index.ts';

export interface ReportLink {
  href: string;
  text: string;
}

const WORDS: Record<Lang, { form: string }> = {
  en: { form: 'the corrections page' },
  fr: { form: 'la page des corrections' },
};

export function correctionsLink(lang: Lang, site: URL | undefined, env: Record<string, string | undefined> = process.env): ReportLink {
  const raw = env['CORRECTIONS_URL']?.trim();
  if (raw) {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new Error(`CORRECTIONS_URL is not a URL: "${raw}" (use mailto:someone@example.org or an https:// address)`);
    }
    if (url.protocol === 'mailto:') return { href: url.href, text: decodeURIComponent(url.pathname) };
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw new Error(`CORRECTIONS_URL must be a mailto: or http(s): address, not "${url.protocol}"`);
    }
    return { href: url.href, text: `${WORDS[lang].form} (${url.host}${url.pathname === '/' ? '' : url.pathname})` };
  }
  if (!site) throw new Error('No CORRECTIONS_URL and no `site` in astro.config.mjs: set one so readers can report errors');
  const address = `corrections@${site.hostname}`;
  return { href: `mailto:${address}`, text: address };
}
