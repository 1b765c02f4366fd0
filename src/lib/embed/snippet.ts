// The embed codes a journalist pastes: a plain iframe (fixed height, works everywhere) and the
// pym.js variant (the iframe sizes itself). Pure string builders shared by the build (oEmbed
// files, embed pages) and the story page's embed dialog, so every copy of the code is the same.

import { localePath } from '../i18n/paths.ts';
import type { Lang } from '../i18n/paths.ts';

export type EmbedLayout = 'stepper' | 'cards';

/** The words inside the codes, in the chapter's language (dictionary keys embed.frameTitle and
 *  embed.fallbackAlt; the story's dialog passes them in data attributes). */
export interface EmbedWords {
  /** The iframe's accessible name; `{title}` is the chapter's title. */
  frame: string;
  /** The fallback image's alt text; `{title}`, and `{url}` the interactive version's address. */
  alt: string;
}


/** Height of the plain iframe: the stepper fits in it at article widths (~600–700 px). */
export const EMBED_HEIGHT = 700;
/** Width a CMS should reserve when it asks (oEmbed); the iframe itself is width="100%". */
export const EMBED_WIDTH = 640;
export const FALLBACK_SIZE = { width: 1200, height: 800 } as const;

export interface EmbedTarget {
  /** Where the site is served, e.g. "https://caught-between.example" (no trailing slash needed). */
  origin: string;
  chapter: string;
  /** The chapter's title, for the iframe's accessible name. */
  title: string;
  /** The edition: /embed/<chapter>/ or /fr/embed/<chapter>/. English by default. */
  lang?: Lang;
  layout?: EmbedLayout;
  words: EmbedWords;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeAttr(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

export function embedPath(chapter: string, lang: Lang = 'en'): string {
  return localePath(lang, `/embed/${chapter}/`);
}

export function embedUrl(t: EmbedTarget): string {
  const url = new URL(embedPath(t.chapter, t.lang), t.origin);
  if (t.layout === 'cards') url.searchParams.set('layout', 'cards');
  return url.href;
}

export function fallbackUrl(t: Pick<EmbedTarget, 'origin' | 'chapter' | 'lang'>): string {
  return new URL(`${embedPath(t.chapter, t.lang)}fallback.png`, t.origin).href;
}

export function oembedUrl(t: Pick<EmbedTarget, 'origin' | 'chapter' | 'lang'>): string {
  return new URL(`${embedPath(t.chapter, t.lang)}oembed.json`, t.origin).href;
}

const fill = (template: string, values: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);

export function frameTitle(title: string, words: EmbedWords): string {
  return fill(words.frame, { title });
}

/** The plain iframe: no script on the host page; a fixed height the stepper fits in. */
export function iframeSnippet(t: EmbedTarget, height: number = EMBED_HEIGHT): string {
  return (
    `<iframe src="${escapeAttr(embedUrl(t))}" title="${escapeAttr(frameTitle(t.title, t.words))}" ` +
    `width="100%" height="${height}" loading="lazy" style="border:0;width:100%;max-width:1200px;display:block;margin:0 auto"></iframe>`
  );
}

/** The pym.js code: pym's loader replaces the fallback image with a self-sizing iframe. */
export function pymSnippet(t: EmbedTarget, pymSrc = 'https://YOUR-SITE.example/path/to/pym.v1.min.js'): string {
  const id = `caught-between-${t.chapter}${t.layout === 'cards' ? '-cards' : ''}`;
  return (
    `<div id="${id}" data-pym-src="${escapeAttr(embedUrl(t))}" data-pym-title="${escapeAttr(frameTitle(t.title, t.words))}">` +
    `<img src="${escapeAttr(fallbackUrl(t))}" alt="${escapeAttr(fill(t.words.alt, { title: t.title, url: embedUrl({ ...t, layout: 'stepper' }) }))}" ` +
    `width="${FALLBACK_SIZE.width}" height="${FALLBACK_SIZE.height}" style="width:100%;height:auto">` +
    `</div>\n<script src="${escapeAttr(pymSrc)}"></script>`
  );
}
