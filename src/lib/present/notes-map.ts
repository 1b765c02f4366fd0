// The notes window's map of a step, drawn in the browser when the step comes up (the "next"
// preview), by the same model and SVG writer as the build's static maps, at a slide's
// proportions: the page carries the scenes (story data), not 51 drawn maps it never shows.
import { readStoryData } from '../controller/story-data.ts';
import type { StoryData } from '../controller/story-data.ts';
import { buildMapModel } from '../map/model.ts';
import { modelToSvg } from '../map/svg-string.ts';
import type { EventRow } from '../map/types.ts';
import { EVENTS_FILE, dataUrl } from '../site/data-url.ts';

/** Downloadable maps and the notes preview: a 16:9 picture, the shape of a slide. */
export const NOTES_MAP = { width: 800, height: 450 } as const;

let data: StoryData | null = null;
let events: Promise<readonly EventRow[] | null> | null = null;

function loadEvents(): Promise<readonly EventRow[] | null> {
  events ??= fetch(dataUrl(EVENTS_FILE))
    .then((r) => (r.ok ? (r.json() as Promise<{ rows?: unknown }>) : null))
    .then((json) => (Array.isArray(json?.rows) ? (json.rows as EventRow[]) : null))
    .catch(() => null);
  return events;
}

/** Draws the map into `slot` (once); the scene is its data-scene. Failures leave the description. */
export async function drawNotesMap(slot: HTMLElement): Promise<void> {
  if (slot.dataset['drawn']) return;
  slot.dataset['drawn'] = 'pending';
  try {
    data ??= readStoryData();
    const scene = data.scenes[slot.dataset['scene'] ?? ''];
    if (!scene) throw new Error(`no scene ${slot.dataset['scene']}`);
    const rows = scene.events ? await loadEvents() : null;
    const model = buildMapModel(scene, data.index, { size: NOTES_MAP, mode: 'static', events: rows });
    const attrs: Record<string, string> = { class: 'map static-map', role: 'img', preserveAspectRatio: 'xMidYMid meet' };
    if (slot.dataset['labelledby']) attrs['aria-labelledby'] = slot.dataset['labelledby'];
    slot.innerHTML = modelToSvg(model, { attrs });
    slot.dataset['drawn'] = 'true';
  } catch (err) {
    slot.dataset['drawn'] = 'failed';
    console.warn('notes map unavailable', err);
  }
}
