// /embed/<chapter>/oembed.json: the oEmbed description of a chapter's embed ("rich": the iframe
// code), found through the <link rel="alternate" type="application/json+oembed"> of the embed
// page and of the story. Built from the same snippet functions as the story's embed dialog.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadStory } from '../../../lib/content/story.ts';
import { EMBED_HEIGHT, EMBED_WIDTH, FALLBACK_SIZE, fallbackUrl, iframeSnippet } from '../../../lib/embed/snippet.ts';
import { t } from '../../../lib/i18n/index.ts';

export const getStaticPaths = (async () => {
  const chapters = (await loadStory('en')).filter((c) => c.steps.length > 0);
  return chapters.map((c) => ({
    params: { chapter: c.entry.data.id },
    props: { title: c.entry.data.title, number: c.entry.data.number },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props, site }) => {
  const origin = (site ?? new URL('https://caught-between.example')).origin;
  const chapter = String(params['chapter']);
  const { title, number } = props as { title: string; number: number };
  const body = {
    version: '1.0',
    type: 'rich',
    title: `${t('en', 'site.title')} — ${t('en', 'ui.chapter')} ${number}: ${title}`,
    provider_name: t('en', 'site.title'),
    provider_url: `${origin}/`,
    html: iframeSnippet({ origin, chapter, title }),
    width: EMBED_WIDTH,
    height: EMBED_HEIGHT,
    thumbnail_url: fallbackUrl({ origin, chapter }),
    thumbnail_width: FALLBACK_SIZE.width,
    thumbnail_height: FALLBACK_SIZE.height,
    cache_age: 86400,
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
