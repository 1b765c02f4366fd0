// Contracts between the build-time resolver, the pure model builder and the two renderers
// (SVG string at build time, live DOM in the browser).
import type { LevelId } from '../geo/levels.ts';
import type { Bounds } from '../geo/view.ts';
import type { Box } from './layers/boxes.ts';
import type { DeathsChart, EventsLayer, Highlight, LayerId, LegendItem, MarkerKind } from '../scenes/types.ts';

/** A scene with every reference resolved (places → coordinates, keys → text in one language). */
export interface ResolvedScene {
  id: string;
  camera: string;
  bounds: Bounds;
  layers: readonly LayerId[];
  highlight: Record<'africa' | 'countries' | 'regions' | 'rivers' | 'communes', readonly Highlight[]>;
  markers: readonly ResolvedMarker[];
  labels: readonly ResolvedLabel[];
  legend: readonly { swatch: LegendSwatch; text: string }[];
  caption: string | null;
  chart: ResolvedChart | null;
  /** BCP 47 locale for numbers drawn on the map (the scale bar). */
  locale?: string;
  /** UCDP events to draw (the rows themselves are loaded separately: ModelOptions.events). */
  events?: ResolvedEvents | null;
}

/** Actor family of a UCDP event (data/scripts/events-2021.ts: first match in this order). */
export type EventGroup = EventsLayer['groups'][number];

/** Legend swatches: the scene's own, plus the event groups and the event size key. */
export type LegendSwatch = LegendItem['swatch'] | `event-${EventGroup}` | 'event-size';

export interface ResolvedEvents {
  year: EventsLayer['year'];
  groups: readonly EventGroup[];
}

/** One row of src/generated/events-2021.json: [id, date, lon, lat, best, group, country, type]. */
export type EventRow = readonly [id: number, date: string, lon: number, lat: number, best: number, group: EventGroup, country: string, type: string];

export interface ResolvedMarker {
  id: string;
  kind: MarkerKind;
  at: readonly [number, number];
  text: string | null;
  /**
   * The place's bare name when `text` says more ("Gao: main French base" → "Gao"): the label
   * falls back to it when the long text finds no room, rather than leaving the marker unnamed.
   */
  short?: string | null;
  priority: number;
  /** The step's text names this place: its label is placed first and never dropped. */
  named?: boolean;
  approximateKm: number | null;
  pulse: boolean;
}

export interface ResolvedLabel {
  id: string;
  text: string;
  at: readonly [number, number];
  /** Screen offset in px (MapLabel.offset). */
  offset?: readonly [number, number];
  kind: 'country' | 'region' | 'water' | 'area' | 'note';
  priority: number;
  /** The step's text names this place or feature (see ResolvedMarker.named). */
  named?: boolean;
}

export interface TollEstimate {
  id: string;
  who: string;
  value: number | null;
  high: number | null;
  qualifier: 'about' | 'more-than' | 'exact' | 'range' | null;
  text: string;
}

export interface ResolvedToll {
  kind: 'toll';
  title: string;
  axis: string;
  estimates: readonly TollEstimate[];
  none: string;
}

export interface DeathsSeries {
  iso: DeathsChart['countries'][number];
  /** Country name in the scene's language. */
  name: string;
  /** Deaths per year, one per `years` entry (UCDP best estimates, as published). */
  values: readonly number[];
}

/** The yearly deaths chart, resolved: the whole series (the panel draws up to throughYear). */
export interface ResolvedDeaths {
  kind: 'deaths';
  title: string;
  axis: string;
  note: string;
  source: string;
  /** BCP 47 locale for the numbers on the chart ("1,234" / "1 234"). */
  locale: string;
  years: readonly number[];
  series: readonly DeathsSeries[];
  throughYear: number;
  marks: readonly { year: number; text: string }[];
}

export type ResolvedChart = ResolvedToll | ResolvedDeaths;

/** What the page knows about the geometry in its <defs>: ids per layer and label anchors. */
export interface GeoIndex {
  layers: Record<GeoLayerKey, { level: LevelId; ids: readonly string[] }>;
}

export type GeoLayerKey =
  | 'africa'
  | 'countries'
  | 'regions'
  | 'rivers'
  | 'lakes'
  | 'district'
  | 'communes'
  | 'bamakoRiver'
  | 'runway';

/** A virtual SVG node. Keyed so the live renderer can join old and new. */
export interface VNode {
  tag: string;
  key: string;
  attrs: Record<string, string | number>;
  text?: string;
  children?: readonly VNode[];
}

export interface MapModel {
  width: number;
  height: number;
  /** The camera, for state comparison in tests and for flights. */
  view: { x: number; y: number; w: number };
  /** One group per detail level, transformed by the camera. */
  levels: readonly { level: LevelId; nodes: readonly VNode[] }[];
  /** Screen-space overlays, drawn after the camera settles. */
  overlay: readonly VNode[];
  /**
   * Where each screen-space overlay element (markers, their labels, area labels) is pinned to the
   * map, in unit space, keyed by VNode key. Not drawn: the live map uses it to carry labels and
   * markers along with the camera during a flight instead of hiding them.
   */
  anchors: Readonly<Record<string, readonly [number, number]>>;
  /** Label placement, for tests: where each label went, which found no room, what was off limits. */
  labels: {
    placed: readonly { key: string; text: string; box: Box; named: boolean }[];
    dropped: readonly { key: string; text: string; named: boolean }[];
    blocked: readonly Box[];
  };
  /** Summary of what is drawn, written to data-* attributes. */
  state: { scene: string; camera: string; highlight: string; markers: string };
}

export const geoId = (layer: GeoLayerKey, id: string): string => `g-${layer}-${id}`;
export const meshId = (layer: GeoLayerKey): string => `g-${layer}-mesh`;
