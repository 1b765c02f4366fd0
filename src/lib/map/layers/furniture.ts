// Map furniture a top desk draws on zoomed maps: a scale bar (where distance matters) and a
// locator inset (where am I?) once the view is zoomed in past the region. Screen-space panels.
import { LEVELS } from '../../geo/levels.ts';
import { toUnit } from '../../geo/mercator.ts';
import { round } from '../../geo/view.ts';
import type { Size, View } from '../../geo/view.ts';
import type { Box } from './boxes.ts';
import type { Panel } from './panels.ts';
import { geoId, meshId } from '../types.ts';
import type { VNode } from '../types.ts';

const EARTH_KM = 6371.0088;
const NICE_KM = [0.5, 1, 2, 5, 10, 20, 50, 100, 200, 250, 500, 1000];

/** Kilometres per screen pixel at the view's centre (Mercator: scale grows with 1/cos φ). */
export function kmPerPx(view: View, size: Size): number {
  const lat = 2 * Math.atan(Math.exp(-view.y)) - Math.PI / 2;
  return (view.w / size.width) * EARTH_KM * Math.cos(lat);
}

/** Views wider than this (km across) are overviews: no scale bar, no locator. */
export const SCALE_MAX_KM = 2600;
export const LOCATOR_MAX_KM = 900;

/** A scale bar about 60–130 px long with a round distance, or null on overview maps. */
export function scaleBar(view: View, size: Size, at: { x: number; y: number }, locale: string): Panel | null {
  const kpp = kmPerPx(view, size);
  if (kpp * size.width > SCALE_MAX_KM) return null;
  const km = [...NICE_KM].reverse().find((k) => k / kpp <= 130 && k / kpp >= 40) ?? null;
  if (km === null) return null;
  const len = round(km / kpp, 1);
  const text = `${new Intl.NumberFormat(locale).format(km)}\u00a0km`;
  const node: VNode = {
    tag: 'g',
    key: 'scale-bar',
    attrs: { class: 'scale-bar', transform: `translate(${round(at.x, 1)} ${round(at.y, 1)})` },
    children: [
      { tag: 'path', key: 'bar', attrs: { class: 'scale-line', d: `M0,-5V0H${len}V-5` } },
      { tag: 'text', key: 't', attrs: { class: 'scale-text', x: round(len + 6, 1), y: 0 }, text },
    ],
  };
  const w = len + 8 + text.length * 7;
  return { node, box: { x0: at.x - 4, y0: at.y - 16, x1: at.x + w, y1: at.y + 6 } };
}

/** The region the locator shows: Mali and its neighbours. */
const LOCATOR_BOUNDS = [[-17.5, 4.5], [16, 25]] as const;
const MALI = '466';

/**
 * A small inset of West Africa with Mali, and a box where the map is looking; or null when the
 * view is not zoomed in past the region. Drawn from the page's own geometry (<use>).
 */
export function locatorInset(view: View, size: Size, at: { x: number; y: number }, width: number, countries: readonly string[]): Panel | null {
  const kpp = kmPerPx(view, size);
  if (kpp * size.width > LOCATOR_MAX_KM) return null;
  const level = LEVELS.region;
  const toLevel = (ll: readonly [number, number]): [number, number] => {
    const [ux, uy] = toUnit(ll);
    return [ux * level.scale + level.offset[0], uy * level.scale + level.offset[1]];
  };
  const [x0, y1] = toLevel(LOCATOR_BOUNDS[0]);
  const [x1, y0] = toLevel(LOCATOR_BOUNDS[1]);
  const vw = x1 - x0;
  const vh = y1 - y0;
  const height = round((width * vh) / vw, 1);
  // The current view's extent, in level coordinates.
  const halfW = view.w / 2;
  const halfH = (view.w * size.height) / size.width / 2;
  const vx0 = (view.x - halfW) * level.scale + level.offset[0];
  const vy0 = (view.y - halfH) * level.scale + level.offset[1];
  const rw = Math.max(vw * 0.025, view.w * level.scale);
  const rh = Math.max(vw * 0.025, halfH * 2 * level.scale);
  const node: VNode = {
    tag: 'g',
    key: 'locator',
    attrs: { class: 'locator', transform: `translate(${round(at.x, 1)} ${round(at.y, 1)})`, 'aria-hidden': 'true' },
    children: [
      { tag: 'rect', key: 'bg', attrs: { class: 'locator-bg', width, height, rx: 3 } },
      {
        tag: 'svg',
        key: 'map',
        attrs: { width, height, viewBox: `${round(x0, 1)} ${round(y0, 1)} ${round(vw, 1)} ${round(vh, 1)}` },
        children: [
          ...countries.map((id): VNode => ({ tag: 'use', key: id, attrs: { href: `#${geoId('countries', id)}`, class: id === MALI ? 'locator-mali' : 'locator-land' } })),
          { tag: 'use', key: 'borders', attrs: { href: `#${meshId('countries')}`, class: 'locator-borders' } },
          {
            tag: 'rect',
            key: 'view',
            attrs: { class: 'locator-view', x: round(vx0 + (view.w * level.scale - rw) / 2, 1), y: round(vy0 + (halfH * 2 * level.scale - rh) / 2, 1), width: round(rw, 1), height: round(rh, 1) },
          },
        ],
      },
    ],
  };
  const box: Box = { x0: at.x, y0: at.y, x1: at.x + width, y1: at.y + height };
  return { node, box };
}
