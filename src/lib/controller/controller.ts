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
  /** `speed`: for scrolling, how fast the page moves (px/s) as the step arrives. */
  setStep(id: string, source: StepSource, speed?: number): Promise<void>;
  current(): string | null;
  next(): string | null;
  prev(): string | null;
  ids(): readonly string[];
}

const SKIM_MS = 1000;
/** A reader scrolling faster than this (about a phone screen a second) is flinging, not reading:
 *  a flight would not land before the step is gone, and every frame of it repaints the map
 *  while the page scrolls (the costliest thing the story does; see README, Performance). */
export const FLING_PX_PER_S = 900;

export function createController(opts: ControllerOptions): Controller {
  const ids = opts.data.steps.map((s) => s.id);
  const sceneOf = new Map(opts.data.steps.map((s) => [s.id, s.scene]));
  let active: string | null = null;
  let pending: Promise<void> = Promise.resolve();
  /** When scrolling last changed the step: a reader flinging through the story (a new step less
   *  than SKIM_MS after the last) sees cuts, not a string of camera flights. */
  let lastScroll = -Infinity;

  function neighbour(delta: number): string | null {
    const i = active ? ids.indexOf(active) : -1;
    return ids[Math.min(ids.length - 1, Math.max(0, i + delta))] ?? null;
  }

  return {
    async setStep(id, source, speed = 0) {
      if (!sceneOf.has(id) || id === active) return pending;
      active = id;
      opts.onChange(id, ids.indexOf(id), source);
      const scene = opts.data.scenes[sceneOf.get(id) ?? ''];
      if (opts.map && scene) {
        // A link or the first paint cuts straight to the picture; scrolling and keys fly, unless
        // the reader is skimming: flinging, or arriving less than SKIM_MS after the last step.
        const now = performance.now();
        const skimming = source === 'scroll' && (now - lastScroll < SKIM_MS || speed >= FLING_PX_PER_S);
        if (source === 'scroll') lastScroll = now;
        pending = opts.map.render(scene, { animate: source !== 'link' && source !== 'init' && !skimming });
      }
      return pending;
    },
    current: () => active,
    next: () => neighbour(1),
    prev: () => neighbour(-1),
    ids: () => ids,
  };
}
