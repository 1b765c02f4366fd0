// Build-time: /embed/<chapter>/oembed.json (and /fr/…): the oEmbed description of a chapter's
// embed ("rich": the iframe code), found through the <link rel="alternate"
// type="application/json+oembed"> of the embed page and of the story. Built from the same snippet
// functions as the story's embed dialog.
import type { APIRoute } from 'astro';
import { loadStory } from '../content/story.ts';
import { t } from '../i18n/index.ts';
import type { Lang } from '../i18n/index.ts';
import { EMBED_HEIGHT, EMBED_WIDTH, FALLBACK_SIZE, fallbackUrl, iframeSnippet } from './snippet.ts';

export async function oembedPaths(lang: Lang) {
  const chapters = (await loadStory(lang)).filter((c) => c.steps.length > 0);
  return chapters.map((c) => ({
    params: { chapter: c.entry.data.id },
    props: { lang, title: c.entry.data.title, number: c.entry.data.number },
  }));
}

export const oembedGET: APIRoute = ({ params, props, site }) => {
  const origin = (site ?? new URL('https://caught-between.example')).origin;
  const chapter = String(params['chapter']);
  const { lang, title, number } = props as { lang: Lang; title: string; number: number };
  const words = { frame: t(lang, 'embed.frameTitle'), alt: t(lang, 'embed.fallbackAlt') };
  const body = {
    version: '1.0',
    type: 'rich',
    title: `${t(lang, 'site.title')} — ${t(lang, 'ui.chapter')} ${number}${t(lang, 'ui.colon')} ${title}`,
    provider_name: t(lang, 'site.title'),
    provider_url: `${origin}/`,
    html: iframeSnippet({ origin, chapter, title, lang, words }),
    width: EMBED_WIDTH,
    height: EMBED_HEIGHT,
    thumbnail_url: fallbackUrl({ origin, chapter, lang }),
    thumbnail_width: FALLBACK_SIZE.width,
    thumbnail_height: FALLBACK_SIZE.height,
    cache_age: 86400,
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
