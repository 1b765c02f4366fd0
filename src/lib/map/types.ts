// Contracts between the build-time resolver, the pure model builder and the two renderers
// (SVG string at build time, live DOM in the browser).
import type { LevelId } from '../geo/levels.ts';
import type { Bounds } from '../geo/view.ts';
import type { Chart, Highlight, LayerId, LegendItem, MarkerKind } from '../scenes/types.ts';

/** A scene with every reference resolved (places → coordinates, keys → text in one language). */
export interface ResolvedScene {
  id: string;
  camera: string;
  bounds: Bounds;
  layers: readonly LayerId[];
  highlight: Record<'africa' | 'countries' | 'regions' | 'rivers' | 'communes', readonly Highlight[]>;
  markers: readonly ResolvedMarker[];
  labels: readonly ResolvedLabel[];
  legend: readonly { swatch: LegendItem['swatch']; text: string }[];
  caption: string | null;
  chart: ResolvedChart | null;
}

export interface ResolvedMarker {
  id: string;
  kind: MarkerKind;
  at: readonly [number, number];
  text: string | null;
  priority: number;
  approximateKm: number | null;
  pulse: boolean;
}

export interface ResolvedLabel {
  id: string;
  text: string;
  at: readonly [number, number];
  kind: 'country' | 'region' | 'water' | 'area' | 'note';
  priority: number;
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
  kind: Chart['kind'];
  title: string;
  axis: string;
  estimates: readonly TollEstimate[];
  none: string;
}

export type ResolvedChart = ResolvedToll;

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
  /** Summary of what is drawn, written to data-* attributes. */
  state: { scene: string; camera: string; highlight: string; markers: string };
}

export const geoId = (layer: GeoLayerKey, id: string): string => `g-${layer}-${id}`;
export const meshId = (layer: GeoLayerKey): string => `g-${layer}-mesh`;
