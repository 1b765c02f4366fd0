// Build-time: resolve a scene's references (places, features, i18n keys, chart data) into a
// self-contained ResolvedScene in one language. The browser only ever sees resolved scenes.
import { t } from '../i18n/index.ts';
import type { DictKey, Lang } from '../i18n/index.ts';
import { CAMERAS } from '../scenes/cameras.ts';
import type { MapLabel, SceneState } from '../scenes/types.ts';
import type { ResolvedLabel, ResolvedMarker, ResolvedScene, ResolvedToll, TollEstimate } from '../map/types.ts';
import { geoBundle } from './defs.ts';
import { places, readGenerated } from './geo-data.ts';

function text(lang: Lang, key: string): string {
  return t(lang, key as DictKey);
}

function labelText(lang: Lang, label: MapLabel): { text: string; at: [number, number]; id: string } {
  if (label.feature) {
    const key = `${label.feature.layer}:${label.feature.id}`;
    const f = geoBundle().features.get(key);
    if (!f) throw new Error(`label refers to unknown feature ${key}`);
    const name = lang === 'en' ? f.name : (f.name_fr ?? f.name);
    return { text: label.textKey ? text(lang, label.textKey) : name, at: label.at ? [label.at[0], label.at[1]] : f.labelAt, id: key };
  }
  if (!label.textKey || !label.at) throw new Error('a label needs a feature, or a text key and a position');
  return { text: text(lang, label.textKey), at: [label.at[0], label.at[1]], id: label.textKey };
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
const TOLL_ROWS: { match: RegExp; who: string; text: (v: number, high?: number) => string }[] = [
  { match: /le monde/i, who: 'Le Monde, citing a Malian officer', text: (v) => `~${v}` },
  { match: /^rfi/i, who: 'RFI, security and civilian sources', text: (v) => `>${v}` },
  { match: /afp, citing a security source/i, who: 'AFP, citing a security source', text: (v) => `${v}` },
  { match: /afp, citing an authenticated/i, who: 'AFP, citing an official document', text: (v) => `~${v}` },
];

function resolveToll(lang: Lang): ResolvedToll {
  const attack = readGenerated<AttackFile>('bamako-attack.json');
  const estimates: TollEstimate[] = [];
  for (const row of TOLL_ROWS) {
    const e = attack.estimates.find((x) => row.match.test(x.who));
    if (!e || e.killed.value === null) throw new Error(`toll estimate not found: ${row.match}`);
    estimates.push({
      id: e.id,
      who: row.who,
      value: e.killed.value,
      high: e.killed.high ?? null,
      qualifier: e.killed.qualifier,
      text: row.text(e.killed.value, e.killed.high),
    });
  }
  return { kind: 'toll', title: text(lang, 'chart.toll.title'), axis: text(lang, 'chart.toll.axis'), none: text(lang, 'chart.toll.none'), estimates };
}

export function resolveScene(scene: SceneState, lang: Lang): ResolvedScene {
  const markers: ResolvedMarker[] = scene.markers.map((m) => {
    const p = places().get(m.place);
    if (!p) throw new Error(`scene ${scene.id}: unknown place "${m.place}"`);
    const name = lang === 'en' ? p.name : p.name_fr;
    return {
      id: m.place,
      kind: m.kind,
      at: [p.lon, p.lat],
      text: m.label ? (m.labelKey ? text(lang, m.labelKey) : name) : null,
      priority: m.priority ?? 1,
      approximateKm: m.approximateKm ?? null,
      pulse: m.pulse ?? false,
    };
  });
  const labels: ResolvedLabel[] = scene.labels.map((l) => {
    const r = labelText(lang, l);
    return { id: r.id, text: r.text, at: r.at, kind: l.kind, priority: l.priority ?? 1 };
  });
  return {
    id: scene.id,
    camera: scene.camera,
    bounds: CAMERAS[scene.camera].bounds,
    layers: scene.layers,
    highlight: scene.highlight,
    markers,
    labels,
    legend: scene.legend.map((l) => ({ swatch: l.swatch, text: text(lang, l.labelKey) })),
    caption: scene.captionKey ? text(lang, scene.captionKey) : null,
    chart: scene.chart?.kind === 'toll' ? resolveToll(lang) : null,
  };
}
