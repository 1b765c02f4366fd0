// The data the build embeds in the page for the client: resolved scenes and the geometry index.
import type { GeoIndex, ResolvedScene } from '../map/types.ts';

export interface StoryData {
  index: GeoIndex;
  scenes: Record<string, ResolvedScene>;
  steps: readonly { id: string; scene: string; chapter: string }[];
}

export function readStoryData(doc: Document = document): StoryData {
  const el = doc.getElementById('story-data');
  if (!el?.textContent) throw new Error('story data missing');
  const data = JSON.parse(el.textContent) as StoryData;
  if (!data.index || !data.scenes || !Array.isArray(data.steps)) throw new Error('story data malformed');
  return data;
}
