// Build-time: the JSON a page embeds for its client script (resolved scenes + geometry index)
// for any list of steps: the whole story, one chapter (embeds) or presenter mode.
import type { CollectionEntry } from 'astro:content';
import type { Lang } from '../i18n/index.ts';
import type { StoryData } from '../controller/story-data.ts';
import type { ResolvedScene } from '../map/types.ts';
import { scene } from '../scenes/index.ts';
import { geoBundle } from './defs.ts';
import { resolveScene } from './resolve.ts';

export function resolvedScenes(steps: readonly CollectionEntry<'steps'>[], lang: Lang): Record<string, ResolvedScene> {
  const out: Record<string, ResolvedScene> = {};
  for (const s of steps) out[s.data.scene] ??= resolveScene(scene(s.data.scene), lang, s.body ?? '');
  return out;
}

export function storyData(steps: readonly CollectionEntry<'steps'>[], lang: Lang): StoryData {
  return {
    index: geoBundle().index,
    scenes: resolvedScenes(steps, lang),
    steps: steps.map((s) => ({ id: s.data.id, scene: s.data.scene, chapter: s.data.chapter })),
  };
}

/** JSON for a <script type="application/json"> block: "<" escaped so it can never close the tag. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
