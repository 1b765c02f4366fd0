// A scene is the complete, declarative picture of one step. It never says "what changes":
// every step's state is whole, so a reader who jumps, deep-links or reloads sees the same map.
import type { Bounds } from '../geo/view.ts';

/** Named camera presets (see cameras.ts). */
export type CameraId =
  | 'africa'
  | 'west-africa'
  | 'sahel'
  | 'g5-sahel'
  | 'mali'
  | 'mali-north'
  | 'central-mali'
  | 'tri-border'
  | 'coast'
  | 'bamako'
  | 'faladie'
  | 'airport';

/** Map layers, bottom to top. Each is one module in src/lib/map/layers. */
export type LayerId =
  | 'africa' // the continent at 1:110m (overview)
  | 'countries' // West Africa at 1:50m, with borders
  | 'sahel' // a schematic band where the Sahel lies (no source draws its border)
  | 'regions' // Mali's administrative regions (OCHA 2021)
  | 'rivers' // rivers and lakes
  | 'bamako' // Bamako district, communes, river, runway
  | 'events' // UCDP events (loaded on demand)
  | 'markers'
  | 'labels';

/** How strongly something is drawn; the palette maps tones to colour-blind-safe colours. */
/**
 * The story's one colour key (README, "Colour key"): focus = Mali, Burkina Faso and Niger (the
 * juntas, the Alliance of Sahel States) in every chapter; coast = the coastal states; alert =
 * violence (attacks, seized regions); context and muted = other places, quietly. No land is blue.
 */
export type Tone = 'focus' | 'context' | 'alert' | 'muted' | 'coast';

export interface Highlight {
  /** Feature id in its layer: ISO numeric for countries, P-code for regions, slug for rivers. */
  id: string;
  tone: Tone;
}

export type MarkerKind = 'capital' | 'city' | 'site' | 'base' | 'base-closed' | 'event';

export interface Marker {
  /** Place id (src/generated/places.json). */
  place: string;
  kind: MarkerKind;
  /** Draw the label next to the marker (placed without collisions). */
  label?: boolean;
  /** Higher wins when labels collide. */
  priority?: number;
  /** Draw a dashed circle of this radius (km) instead of a point: for approximate sites. */
  approximateKm?: number;
  pulse?: boolean;
  /** Override the label text key (i18n), e.g. to add "(approximate)". */
  labelKey?: string;
}

export interface MapLabel {
  /** i18n key of the text, or a feature reference whose name is used. */
  textKey?: string;
  feature?: { layer: 'countries' | 'regions' | 'africa' | 'communes'; id: string };
  at?: readonly [number, number];
  /**
   * Screen offset in px from `at` (x right, y down): for a label that must keep the same place
   * next to a drawn feature at every zoom, e.g. beside the end of a line.
   */
  offset?: readonly [number, number];
  kind: 'country' | 'region' | 'water' | 'area' | 'note';
  priority?: number;
}

export interface LegendItem {
  swatch: Tone | MarkerKind | 'approximate' | 'sahel';
  labelKey: string;
}

export interface TollChart {
  kind: 'toll';
}

/** Yearly deaths 2010–2023 (UCDP via OWID) for Mali, Burkina Faso and Niger. */
export interface DeathsChart {
  kind: 'deaths';
  /** Countries drawn (ISO3), the others are hidden. */
  countries: readonly ('MLI' | 'BFA' | 'NER')[];
  /** Draw the series only up to this year (reveals the story year by year). */
  throughYear: number;
  /** Years to mark with a vertical rule and a label key, e.g. the 2020 coup. */
  marks: readonly { year: number; labelKey: string }[];
}

export type Chart = TollChart | DeathsChart;

/** UCDP events on the map (2021, loaded on demand): points sized by deaths, coloured by actor. */
export interface EventsLayer {
  year: 2021;
  /** Actor families to draw; the others are hidden. */
  groups: readonly ('jnim' | 'is' | 'state' | 'militia' | 'other')[];
}

export interface SceneState {
  id: string;
  camera: CameraId;
  layers: readonly LayerId[];
  highlight: {
    africa: readonly Highlight[];
    countries: readonly Highlight[];
    regions: readonly Highlight[];
    rivers: readonly Highlight[];
    communes: readonly Highlight[];
  };
  markers: readonly Marker[];
  labels: readonly MapLabel[];
  legend: readonly LegendItem[];
  chart: Chart | null;
  events: EventsLayer | null;
  /** i18n key of a short caption drawn on the map, e.g. a caveat. */
  captionKey: string | null;
}

export interface Camera {
  id: CameraId;
  bounds: Bounds;
}
