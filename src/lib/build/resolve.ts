// Build-time: resolve a scene's references (places, features, i18n keys, chart data) into a
// self-contained ResolvedScene in one language. The browser only ever sees resolved scenes.
import { LOCALE, t } from '../i18n/index.ts';
import type { DictKey, Lang } from '../i18n/index.ts';
import { CAMERAS } from '../scenes/cameras.ts';
import type { DeathsChart, MapLabel, SceneState } from '../scenes/types.ts';
import type {
  DeathsSeries,
  EventRow,
  ResolvedChart,
  ResolvedDeaths,
  ResolvedEvents,
  ResolvedLabel,
  ResolvedMarker,
  ResolvedScene,
  ResolvedToll,
  TollEstimate,
} from '../map/types.ts';
import { geoContains } from 'd3-geo';
import type { GeoPermissibleObjects } from 'd3-geo';
import type { Bounds } from '../geo/view.ts';
import { geoBundle } from './defs.ts';
import { places, readGenerated } from './geo-data.ts';

function text(lang: Lang, key: string): string {
  return t(lang, key as DictKey);
}

/**
 * Where an area's name goes in a view: its usual point when that is in view, else the middle of
 * the part of the area the camera shows (a country named by the text but centred off screen
 * is still named, on the part of it the reader sees).
 */
function labelPointIn(geometry: GeoPermissibleObjects, usual: [number, number], bounds: Bounds): [number, number] {
  const [[w, s], [e, n]] = bounds;
  const mx = (e - w) * 0.1;
  const my = (n - s) * 0.1;
  const [x, y] = usual;
  if (x > w + mx && x < e - mx && y > s + my && y < n - my) return usual;
  const inside: [number, number][] = [];
  const N = 16;
  for (let i = 1; i < N; i++) {
    for (let j = 1; j < N; j++) {
      const p: [number, number] = [w + ((e - w) * i) / N, s + ((n - s) * j) / N];
      if (geoContains(geometry, p)) inside.push(p);
    }
  }
  if (inside.length === 0) return usual;
  const cx = inside.reduce((a, p) => a + p[0], 0) / inside.length;
  const cy = inside.reduce((a, p) => a + p[1], 0) / inside.length;
  return inside.reduce((best, p) => (Math.hypot(p[0] - cx, p[1] - cy) < Math.hypot(best[0] - cx, best[1] - cy) ? p : best));
}

function labelText(lang: Lang, label: MapLabel, bounds: Bounds): { text: string; at: [number, number]; id: string; name: string } {
  if (label.feature) {
    const key = `${label.feature.layer}:${label.feature.id}`;
    const f = geoBundle().features.get(key);
    if (!f) throw new Error(`label refers to unknown feature ${key}`);
    const name = lang === 'en' ? f.name : (f.name_fr ?? f.name);
    const at: [number, number] = label.at ? [label.at[0], label.at[1]] : labelPointIn(f.geometry, f.labelAt, bounds);
    return { text: label.textKey ? text(lang, label.textKey) : name, at, id: key, name };
  }
  if (!label.textKey || !label.at) throw new Error('a label needs a feature, or a text key and a position');
  // A free label (the Niger, the tri-border area) counts as named when the text uses its words.
  return { text: text(lang, label.textKey), at: [label.at[0], label.at[1]], id: label.textKey, name: text(lang, label.textKey) };
}

interface AttackFile {
  estimates: {
    id: string;
    who: string;
    killedText: string | null;
    killed: { value: number | null; qualifier: TollEstimate['qualifier']; high?: number };
  }[];
}

/** Display order and short labels of the estimates shown on the toll chart. */
const TOLL_ROWS: { match: RegExp; who: DictKey; text: (v: number, high?: number) => string }[] = [
  { match: /le monde/i, who: 'toll.who.lemonde', text: (v) => `~${v}` },
  { match: /^rfi/i, who: 'toll.who.rfi', text: (v) => `>${v}` },
  { match: /afp, citing a security source/i, who: 'toll.who.afpSecurity', text: (v) => `${v}` },
  { match: /afp, citing an authenticated/i, who: 'toll.who.afpDocument', text: (v) => `~${v}` },
];

function resolveToll(lang: Lang): ResolvedToll {
  const attack = readGenerated<AttackFile>('bamako-attack.json');
  const estimates: TollEstimate[] = [];
  for (const row of TOLL_ROWS) {
    const e = attack.estimates.find((x) => row.match.test(x.who));
    if (!e || e.killed.value === null) throw new Error(`toll estimate not found: ${row.match}`);
    estimates.push({
      id: e.id,
      who: t(lang, row.who),
      value: e.killed.value,
      high: e.killed.high ?? null,
      qualifier: e.killed.qualifier,
      text: row.text(e.killed.value, e.killed.high),
    });
  }
  return { kind: 'toll', title: text(lang, 'chart.toll.title'), axis: text(lang, 'chart.toll.axis'), none: text(lang, 'chart.toll.none'), estimates };
}

interface DeathsFile {
  years: number[];
  series: { country: string; iso_a3: string; total: number[] }[];
}

/** The yearly deaths chart: the numbers exactly as in deaths-yearly.json, the words in `lang`. */
export function resolveDeaths(chart: DeathsChart, lang: Lang): ResolvedDeaths {
  const file = readGenerated<DeathsFile>('deaths-yearly.json');
  const series: DeathsSeries[] = chart.countries.map((iso) => {
    const s = file.series.find((x) => x.iso_a3 === iso);
    if (!s) throw new Error(`deaths chart: no series for ${iso} in deaths-yearly.json`);
    if (s.total.length !== file.years.length) throw new Error(`deaths chart: ${iso} has ${s.total.length} values for ${file.years.length} years`);
    return { iso, name: text(lang, `chart.deaths.${iso}`), values: [...s.total] };
  });
  const first = file.years[0]!;
  const last = file.years[file.years.length - 1]!;
  for (const m of chart.marks) {
    if (m.year < first || m.year > last) throw new Error(`deaths chart: mark ${m.labelKey} at ${m.year} is outside ${first}–${last}`);
  }
  return {
    kind: 'deaths',
    title: text(lang, 'chart.deaths.title'),
    axis: text(lang, 'chart.deaths.axis'),
    note: text(lang, 'chart.deaths.note'),
    source: text(lang, 'chart.deaths.source'),
    locale: LOCALE[lang],
    years: [...file.years],
    series,
    throughYear: Math.min(last, Math.max(first, chart.throughYear)),
    marks: chart.marks.map((m) => ({ year: m.year, text: text(lang, m.labelKey) })),
  };
}

function resolveChart(scene: SceneState, lang: Lang): ResolvedChart | null {
  if (!scene.chart) return null;
  return scene.chart.kind === 'toll' ? resolveToll(lang) : resolveDeaths(scene.chart, lang);
}

interface EventsFile {
  fields: string[];
  rows: EventRow[];
}

let eventsCache: readonly EventRow[] | null = null;
/**
 * Build time only: the UCDP 2021 events (src/generated/events-2021.json) for the static maps,
 * passed to buildMapModel as `events`. The browser fetches the same file from /data/ instead.
 */
export function eventRows(): readonly EventRow[] {
  eventsCache ??= readGenerated<EventsFile>('events-2021.json').rows;
  return eventsCache;
}

/** The scene's legend; with events, a row per actor family drawn, and the "event" row as a size key. */
function resolveLegend(scene: SceneState, lang: Lang, events: ResolvedEvents | null): ResolvedScene['legend'] {
  const legend: ResolvedScene['legend'][number][] = scene.legend.map((l) => ({ swatch: l.swatch, text: text(lang, l.labelKey) }));
  if (!events) return legend;
  const eventMarkers = scene.markers.some((m) => m.kind === 'event');
  return [
    // Without event markers, an "event" legend row can only mean the UCDP dots: show their sizes.
    ...legend.map((l) => (l.swatch === 'event' && !eventMarkers ? { ...l, swatch: 'event-size' as const } : l)),
    ...events.groups.map((g) => ({ swatch: `event-${g}` as const, text: text(lang, `legend.event.${g}`) })),
  ];
}

/** Letters only, no accents, one kind of apostrophe: how names are matched in running text. */
const fold = (s: string): string =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’ʼ`]/g, "'").toLowerCase();

/** Whether `text` names `name` as a whole word ("Gao" in "…in Gao;", not in "Gaoual"). */
export function namesPlace(text: string, name: string): boolean {
  if (!name) return false;
  const n = fold(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${n}(?![\\p{L}\\p{N}])`, 'u').test(fold(text));
}

/**
 * Resolve a scene in one language. `stepText` (the step's own words) marks the places it names,
 * so the label layer places them first and never drops them.
 */
export function resolveScene(scene: SceneState, lang: Lang, stepText = ''): ResolvedScene {
  const chart = resolveChart(scene, lang);
  const markers: ResolvedMarker[] = scene.markers.map((m) => {
    const p = places().get(m.place);
    if (!p) throw new Error(`scene ${scene.id}: unknown place "${m.place}"`);
    const name = lang === 'en' ? p.name : (p.name_fr ?? p.name);
    const label = m.label ? (m.labelKey ? text(lang, m.labelKey) : name) : null;
    return {
      id: m.place,
      kind: m.kind,
      at: [p.lon, p.lat],
      text: label,
      short: label && name.length < label.length ? name : null,
      priority: m.priority ?? 1,
      ...(label && namesPlace(stepText, name) ? { named: true } : {}),
      approximateKm: m.approximateKm ?? null,
      pulse: m.pulse ?? false,
    };
  });
  const labels: ResolvedLabel[] = scene.labels.map((l) => {
    const r = labelText(lang, l, CAMERAS[scene.camera].bounds);
    // A country the deaths chart names in its direct labels is named there, not on the map.
    const inChart = chart?.kind === 'deaths' && chart.series.some((c) => c.name === r.name);
    const named = !inChart && namesPlace(stepText, r.name);
    return { id: r.id, text: r.text, at: r.at, ...(l.offset ? { offset: l.offset } : {}), kind: l.kind, priority: l.priority ?? 1, ...(named ? { named } : {}) };
  });
  const events: ResolvedEvents | null =
    scene.events && scene.layers.includes('events') ? { year: scene.events.year, groups: [...scene.events.groups] } : null;
  return {
    id: scene.id,
    camera: scene.camera,
    bounds: CAMERAS[scene.camera].bounds,
    layers: scene.layers,
    highlight: scene.highlight,
    markers,
    labels,
    legend: resolveLegend(scene, lang, events),
    caption: scene.captionKey ? text(lang, scene.captionKey) : null,
    chart,
    locale: LOCALE[lang],
    events,
  };
}
