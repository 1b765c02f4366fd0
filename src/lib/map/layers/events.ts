// UCDP events (2021) as circles in screen space: area proportional to the best estimate of deaths,
// coloured by actor family. Biggest first, so small events drawn later stay visible on top.
// The rows are an input of the model (ModelOptions.events), loaded by the build or fetched by the
// live map: the layer itself stays pure.
import { toUnit } from '../../geo/mercator.ts';
import { round, unitToScreen } from '../../geo/view.ts';
import type { Size, View } from '../../geo/view.ts';
import type { Box } from './boxes.ts';
import type { EventGroup, EventRow, ResolvedEvents, VNode } from '../types.ts';

/** Radius in px of the smallest dot (also events with no recorded deaths) and of the largest. */
export const EVENT_MIN_R = 2;
export const EVENT_MAX_R = 14;
/**
 * Deaths at which a dot reaches EVENT_MAX_R. Fixed (not the maximum of the rows drawn) so the
 * same event has the same size in every scene. The largest 2021 event in the file has 170
 * (Niger, 21 March 2021); larger values would be clamped.
 */
export const EVENT_MAX_DEATHS = 170;

export const EVENT_GROUPS: readonly EventGroup[] = ['jnim', 'is', 'state', 'militia', 'other'];

// Area ∝ deaths: radius grows with the square root, clamped at the largest event.
const radius = (best: number): number => EVENT_MAX_R * Math.sqrt(Math.min(best, EVENT_MAX_DEATHS) / EVENT_MAX_DEATHS);

/** Screen radius of an event with `best` deaths: area ∝ deaths, never below EVENT_MIN_R. */
export function eventRadius(best: number): number {
  return Math.max(EVENT_MIN_R, radius(Math.max(0, best)));
}

export interface EventsInput {
  events: ResolvedEvents;
  rows: readonly EventRow[];
  view: View;
  size: Size;
  /** Panels (the chart): events under them are not drawn. */
  blocked: readonly Box[];
}

/** The events layer as one group of circles, or null when there is nothing to draw. */
export function eventsLayer(input: EventsInput): VNode | null {
  const { events, rows, view, size, blocked } = input;
  const groups = new Set(events.groups);
  const year = String(events.year);
  const dots: { row: EventRow; x: number; y: number; r: number }[] = [];
  for (const row of rows) {
    const [, date, lon, lat, best, group] = row;
    if (!groups.has(group) || !date.startsWith(year)) continue;
    const [x, y] = unitToScreen(toUnit([lon, lat]), view, size);
    const r = eventRadius(best);
    // Off screen, or under a panel: not drawn (keeps the static SVGs small).
    if (x < -r || y < -r || x > size.width + r || y > size.height + r) continue;
    if (blocked.some((b) => x > b.x0 && x < b.x1 && y > b.y0 && y < b.y1)) continue;
    dots.push({ row, x, y, r });
  }
  if (dots.length === 0) return null;
  dots.sort((a, b) => b.r - a.r || a.row[0] - b.row[0]);
  return {
    tag: 'g',
    key: 'events',
    attrs: { class: 'events', 'data-count': dots.length },
    children: dots.map(({ row, x, y, r }) => ({
      tag: 'circle',
      key: `ev:${row[0]}`,
      attrs: { cx: round(x, 1), cy: round(y, 1), r: round(r, 1), class: `event event-${row[5]}` },
    })),
  };
}

/** Legend swatch for an actor family (a dot of its colour) or for the size key (two dots). */
export function eventSwatch(kind: `event-${EventGroup}` | 'event-size'): VNode {
  if (kind === 'event-size') {
    return {
      tag: 'g',
      key: 'sw',
      attrs: { class: 'event-size-key' },
      children: [
        { tag: 'circle', key: 'big', attrs: { cx: 7, cy: -4, r: 6.5, class: 'event event-size' } },
        { tag: 'circle', key: 'small', attrs: { cx: 7, cy: 0.5, r: EVENT_MIN_R, class: 'event event-size' } },
      ],
    };
  }
  return { tag: 'circle', key: 'sw', attrs: { cx: 7, cy: -4, r: 5.5, class: `event ${kind}` } };
}
