// The controller: the only path from any input (scroll, keys, links, presenter, embeds) to the
// picture. Everything calls setStep(id); setStep updates the step UI, the URL and the map.
import type { LiveMap } from '../map/live-map.ts';
import type { StoryData } from './story-data.ts';

export type StepSource = 'scroll' | 'key' | 'link' | 'init' | 'nav';

export interface ControllerOptions {
  data: StoryData;
  map: LiveMap | null;
  /** Called after the active step changed (UI: active class, progress, URL, announcements). */
  onChange: (id: string, index: number, source: StepSource) => void;
}

export interface Controller {
  setStep(id: string, source: StepSource): Promise<void>;
  current(): string | null;
  next(): string | null;
  prev(): string | null;
  ids(): readonly string[];
}

export function createController(opts: ControllerOptions): Controller {
  const ids = opts.data.steps.map((s) => s.id);
  const sceneOf = new Map(opts.data.steps.map((s) => [s.id, s.scene]));
  let active: string | null = null;
  let pending: Promise<void> = Promise.resolve();

  function neighbour(delta: number): string | null {
    const i = active ? ids.indexOf(active) : -1;
    return ids[Math.min(ids.length - 1, Math.max(0, i + delta))] ?? null;
  }

  return {
    async setStep(id, source) {
      if (!sceneOf.has(id) || id === active) return pending;
      active = id;
      opts.onChange(id, ids.indexOf(id), source);
      const scene = opts.data.scenes[sceneOf.get(id) ?? ''];
      if (opts.map && scene) {
        // A link or the first paint cuts straight to the picture; scrolling and keys fly.
        pending = opts.map.render(scene, { animate: source !== 'link' && source !== 'init' });
      }
      return pending;
    },
    current: () => active,
    next: () => neighbour(1),
    prev: () => neighbour(-1),
    ids: () => ids,
  };
}
