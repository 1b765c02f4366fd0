// buildMapModel: the pure heart of the renderer. (resolved scene, geometry index, viewport) →
// a virtual SVG. The build-time renderer serialises it; the live renderer joins it into the DOM.
import { LEVELS } from '../geo/levels.ts';
import type { LevelId } from '../geo/levels.ts';
import { fitView } from '../geo/view.ts';
import { toUnit } from '../geo/mercator.ts';
import type { Insets, Size, View } from '../geo/view.ts';
import type { Box } from './layers/boxes.ts';
import { LEVEL_LAYERS } from './layers/geo-layers.ts';
import { labelNodes } from './layers/labels.ts';
import { markerNodes, placeMarkers } from './layers/markers.ts';
import { legendPanel } from './layers/panels.ts';
import type { Panel } from './layers/panels.ts';
import { deathsPanel } from './layers/deaths-chart.ts';
import type { DeathsPlacement } from './layers/deaths-chart.ts';
import { eventsLayer } from './layers/events.ts';
import { tollPanel } from './layers/toll-chart.ts';
import { locatorInset, scaleBar } from './layers/furniture.ts';
import type { EventRow, GeoIndex, MapModel, ResolvedScene, VNode } from './types.ts';

export type LayoutMode = 'wide' | 'narrow' | 'static';

export interface ModelOptions {
  size: Size;
  mode: LayoutMode;
  /**
   * UCDP event rows (events-2021.json `rows`) for scenes with `events`: read by the build,
   * fetched by the live map. Without them such a scene is drawn without its events.
   */
  events?: readonly EventRow[] | null;
  /** Measures label text as drawn (see LabelInput.measure); the live map passes one. */
  measure?: ((text: string, cls: string) => number) | undefined;
}

const MARGIN = 14;
/** A margin at the top on phones (the story bar sits above the map, not over it). */
const NARROW_TOP = 12;
/** On phones the step cards cover the lower part of the map (this share of its height). */
const NARROW_CARDS = 0.4;
/** …and an active card's top lands at this share of the height (src/scripts/story.ts). */
const NARROW_LANDING = 0.62;
/**
 * Where panels may start on phones: at the top of the map. The story bar sits above the map, and
 * the card read before the active one has faded by the time it scrolls up here (base.css:
 * card-leaves), so the band above the cards is the map's own.
 */
function narrowTop(_size: Size): number {
  return NARROW_TOP;
}

function baseInsets(size: Size, mode: LayoutMode): Insets {
  if (mode === 'narrow') {
    // Frame the subject above the cards.
    return { top: narrowTop(size), right: 16, bottom: Math.round(size.height * NARROW_CARDS), left: 16 };
  }
  return { top: 40, right: 28, bottom: 28, left: 28 };
}

/** Charts go full width at the top on phones and narrow maps; elsewhere the deaths chart sits centred at the bottom. */
export const chartAtTop = (size: Size, mode: LayoutMode): boolean => mode === 'narrow' || size.width < 560;

/** Where the deaths chart may go: the page furniture and panels it keeps clear of. */
export function deathsPlacement(scene: ResolvedScene, size: Size, mode: LayoutMode): DeathsPlacement {
  const atTop = chartAtTop(size, mode);
  // At the bottom, the chart stays below the legend (top left) if it reaches down to it.
  const legend = atTop ? null : legendPanel(scene, size.width, MARGIN, MARGIN);
  return {
    margin: MARGIN,
    narrow: atTop,
    top: mode === 'narrow' ? narrowTop(size) : MARGIN,
    // On phones the cards cover the map from here: the chart leaves room for the map above them.
    bottom: mode === 'narrow' ? Math.round(size.height * NARROW_LANDING) : size.height,
    avoid: legend?.box ?? null,
    // The story page's step counter ("23 / 51") sits in the map's bottom-right corner.
    foot: mode === 'wide' ? 34 : MARGIN,
  };
}

export function chartPanel(scene: ResolvedScene, size: Size, mode: LayoutMode): Panel | null {
  if (!scene.chart) return null;
  const avoidTop = mode === 'narrow' ? narrowTop(size) : MARGIN;
  if (scene.chart.kind === 'deaths') return deathsPanel(scene.chart, size, deathsPlacement(scene, size, mode));
  return tollPanel(scene.chart, size, MARGIN, avoidTop);
}

/** Is the chart below the map (the subject framed above it)? */
const chartBelow = (scene: ResolvedScene, size: Size, mode: LayoutMode): boolean => scene.chart?.kind === 'deaths' && !chartAtTop(size, mode);

/** The legend (and caption) panel: top left, below the chart on phones. */
function legendFor(scene: ResolvedScene, size: Size, mode: LayoutMode, chart: Panel | null): Panel | null {
  // On phones the page's chapter menu sits in the top-left corner: start below it.
  const top = mode === 'narrow' ? (chart ? chart.box.y1 + 8 : narrowTop(size)) : MARGIN;
  const legend = legendPanel(scene, size.width, top, MARGIN);
  if (!legend || !chart || !legendAtCards(scene, size, mode)) return legend;
  // On short phones a deaths chart leaves a thin band of map: the legend sits at the band's foot,
  // just above the cards, and the map is framed between the chart and the legend (see
  // sceneView), so the band holds the places the text names instead of a panel's padding.
  const foot = Math.round(size.height * NARROW_LANDING) - 6;
  return legendPanel(scene, size.width, Math.max(top, foot - (legend.box.y1 - legend.box.y0)), MARGIN);
}

/** Short phones with a deaths chart: the legend goes to the foot of the map band. */
const legendAtCards = (scene: ResolvedScene, size: Size, mode: LayoutMode): boolean =>
  mode === 'narrow' && scene.chart?.kind === 'deaths' && Math.round(size.height * NARROW_LANDING) - narrowTop(size) < 400;

export function sceneView(scene: ResolvedScene, size: Size, mode: LayoutMode, chart: Panel | null = chartPanel(scene, size, mode)): View {
  const insets = { ...baseInsets(size, mode) };
  if (chart) {
    if (chartAtTop(size, mode)) insets.top = Math.max(insets.top, chart.box.y1 + 8);
    else if (chartBelow(scene, size, mode)) insets.bottom = Math.max(insets.bottom, size.height - chart.box.y0 + 12);
    else insets.right = Math.max(insets.right, size.width - chart.box.x0 + 12);
  }
  // On phones the legend spans most of the width: frame the subject below it, not under it.
  const legend = mode === 'narrow' ? legendFor(scene, size, mode, chart) : null;
  if (legend && legendAtCards(scene, size, mode)) insets.bottom = Math.max(insets.bottom, size.height - legend.box.y0 + 6);
  else if (legend) insets.top = Math.max(insets.top, legend.box.y1 + 8);
  return fitView(scene.bounds, size, insets);
}

/** Which detail levels a scene draws. The continent sits under the region level as context. */
export function sceneLevels(scene: ResolvedScene): LevelId[] {
  return (['africa', 'region', 'city'] as const).filter((level) =>
    LEVEL_LAYERS[level].some(({ layer }) => scene.layers.includes(layer)),
  );
}

export function buildMapModel(scene: ResolvedScene, index: GeoIndex, opts: ModelOptions): MapModel {
  const { size, mode } = opts;
  const chart = chartPanel(scene, size, mode);
  const view = sceneView(scene, size, mode, chart);
  const levels = sceneLevels(scene).map((level) => ({
    level,
    // One group per layer: the live map fades whole layers in and out (one tween each), and
    // features that stay only change class.
    nodes: LEVEL_LAYERS[level]
      .filter(({ layer }) => scene.layers.includes(layer))
      .map(({ layer, build }): VNode => ({ tag: 'g', key: `layer:${layer}`, attrs: { class: `layer layer-${layer}` }, children: build(scene, index) })),
  }));

  const legend = legendFor(scene, size, mode, chart);
  const blocked: Box[] = [legend?.box, chart?.box].filter((b): b is Box => Boolean(b));
  // The page shows the step's date in the map's top-right corner (outside the SVG) on wide screens.
  if (mode === 'wide') blocked.push({ x0: size.width - 190, y0: 0, x1: size.width, y1: 46 });
  // On phones, labels stay out from under the chapter menu and the step cards.
  if (mode === 'narrow') {
    blocked.push({ x0: 0, y0: 0, x1: size.width, y1: narrowTop(size) });
    blocked.push({ x0: 0, y0: Math.round(size.height * NARROW_LANDING), x1: size.width, y1: size.height });
  }
  // Scale bar and locator on zoomed maps: just above the cards on phones, bottom left otherwise.
  const furnitureY =
    mode === 'narrow' ? Math.round(size.height * NARROW_LANDING) - 10 : chart && chartBelow(scene, size, mode) ? chart.box.y0 - 10 : size.height - 18;
  let scale = mode === 'static' && size.width < 300 ? null : scaleBar(view, size, { x: MARGIN + 4, y: furnitureY }, scene.locale ?? 'en-GB');
  const locatorW = size.width < 560 ? 76 : 96;
  const locatorProbe = locatorInset(view, size, { x: 0, y: 0 }, locatorW, index.layers.countries.ids);
  const locator = locatorProbe
    ? locatorInset(view, size, { x: size.width - MARGIN - locatorW, y: furnitureY - (locatorProbe.box.y1 - locatorProbe.box.y0) + (mode === 'narrow' ? 0 : -16) }, locatorW, index.layers.countries.ids)
    : null;
  if (locator) blocked.push(locator.box);
  const showMarkers = scene.layers.includes('markers');
  const placed = showMarkers ? placeMarkers(scene.markers, view, size) : [];
  const overlay: VNode[] = [];
  // Events sit under the markers and labels, in screen space like them.
  if (scene.events && opts.events && scene.layers.includes('events')) {
    const events = eventsLayer({ events: scene.events, rows: opts.events, view, size, blocked: chart ? [chart.box] : [] });
    if (events) overlay.push(events);
  }
  if (showMarkers) overlay.push({ tag: 'g', key: 'markers', attrs: { class: 'markers' }, children: markerNodes(placed) });
  const place = (furniture: Box | null): ReturnType<typeof labelNodes> =>
    scene.layers.includes('labels')
      ? labelNodes({ markers: placed, labels: scene.labels, view, size, blocked: furniture ? [...blocked, furniture] : blocked, margin: 6, measure: opts.measure })
      : { nodes: [], placed: [], dropped: [] };
  let labelResult = place(scale?.box ?? null);
  // A place the text names matters more than the scale bar: where the bar's corner costs a named
  // label (small phones, crowded bands), the bar moves to the other side, or else is left out.
  if (scale && labelResult.dropped.some((d) => d.named)) {
    const w = scale.box.x1 - scale.box.x0;
    const right = (locator ? locator.box.x0 - 8 : size.width - MARGIN) - w + 4;
    const moved = scaleBar(view, size, { x: right, y: furnitureY }, scene.locale ?? 'en-GB');
    const tryMoved = moved ? place(moved.box) : null;
    if (moved && tryMoved && !tryMoved.dropped.some((d) => d.named)) {
      scale = moved;
      labelResult = tryMoved;
    } else {
      const without = place(null);
      if (without.dropped.filter((d) => d.named).length < labelResult.dropped.filter((d) => d.named).length) {
        scale = null;
        labelResult = without;
      }
    }
  }
  if (scale) blocked.push(scale.box);
  if (scene.layers.includes('labels')) {
    overlay.push({
      tag: 'g',
      key: 'labels',
      attrs: { class: 'labels' },
      children: labelResult.nodes,
    });
  }
  if (chart) overlay.push(chart.node);
  if (scale) overlay.push(scale.node);
  if (locator) overlay.push(locator.node);
  const anchors: Record<string, readonly [number, number]> = {};
  for (const pm of placed) {
    const at = toUnit(pm.marker.at);
    anchors[`marker:${pm.marker.id}`] = at;
    anchors[`label:marker:${pm.marker.id}`] = at;
    anchors[`label:marker:${pm.marker.id}:leader`] = at;
  }
  for (const l of scene.labels) anchors[`label:${l.id}`] = toUnit(l.at);
  if (legend) overlay.push(legend.node);

  return {
    width: size.width,
    height: size.height,
    view,
    levels,
    overlay,
    anchors,
    labels: { placed: labelResult.placed, dropped: labelResult.dropped, blocked },
    state: sceneStateSummary(scene),
  };
}

/** A compact, order-independent summary of what a scene draws; compared by tests. */
export function sceneStateSummary(scene: ResolvedScene): MapModel['state'] {
  const hl = Object.entries(scene.highlight)
    .flatMap(([layer, hs]) => hs.map((h) => `${layer}:${h.id}:${h.tone}`))
    .sort()
    .join(' ');
  return {
    scene: scene.id,
    camera: scene.camera,
    highlight: hl,
    markers: scene.markers.map((m) => m.id).sort().join(' '),
  };
}

export { LEVELS };
