// bamako-attack.json: the 17 September 2024 attack — sites, the day hour by hour,
// the competing death tolls, and what followed.
import { fail, jsonFile, readRawJson } from './lib/io.ts';
import type { OutputFile } from './lib/io.ts';
import { BamakoAttack } from './lib/schemas.ts';
import type { CasualtyEstimate } from './lib/schemas.ts';
import { loadSourceIndex } from './lib/sources-index.ts';
import { slugify } from './lib/slug.ts';

export type Qualifier = 'about' | 'more-than' | 'at-least' | 'exact' | 'range';

export interface Killed {
  value: number | null;
  qualifier: Qualifier | null;
  high?: number;
}

/**
 * Turns a toll as the fact sheet words it into a number, using only that wording. A
 * pattern must match at the START of the text, so a number that is not a death toll
 * further on in the sentence is never picked up.
 *
 *   77 (a number)                        → exact 77
 *   "about 100 ('une centaine')"         → about 100        ("about 60 …" likewise)
 *   "more than 70 (about 20 of them …)"  → more-than 70
 *   "77–100 (Malian forces)"             → range 77, high 100
 *   "'at least 77'"                      → at-least 77 (quoted wording of the article;
 *                                          "at least" includes 77 itself, so it is not
 *                                          "more-than")
 *   "'an estimated 77'"                  → about 77
 *   null (the authorities gave none)     → null
 *   "'a hundred' killed or wounded …"    → null: JNIM's claim counts killed AND wounded
 *                                          together; kept as text only
 *   "funerals of about 50 … announced"   → null: a number of funerals, not a toll;
 *                                          kept as text only
 *   anything else                        → null (text only), never a guess
 */
export function parseKilled(killed: string | number | null): Killed {
  if (killed === null) return { value: null, qualifier: null };
  if (typeof killed === 'number') return { value: killed, qualifier: 'exact' };
  const text = killed.replace(/^['‘’"]/, '').trim();
  let m: RegExpExecArray | null;
  if ((m = /^(\d+)\s*[–-]\s*(\d+)\b/.exec(text))) return { value: Number(m[1]), qualifier: 'range', high: Number(m[2]) };
  if ((m = /^(?:about|an estimated)\s+(\d+)\b/i.exec(text))) return { value: Number(m[1]), qualifier: 'about' };
  if ((m = /^more than\s+(\d+)\b/i.exec(text))) return { value: Number(m[1]), qualifier: 'more-than' };
  if ((m = /^at least\s+(\d+)\b/i.exec(text))) return { value: Number(m[1]), qualifier: 'at-least' };
  if ((m = /^(\d+)$/.exec(text))) return { value: Number(m[1]), qualifier: 'exact' };
  return { value: null, qualifier: null };
}

function estimateNote(e: CasualtyEstimate): string | null {
  const parts = [
    e.wording,
    e.named_victims === undefined ? undefined : `${e.named_victims} victims named`,
    e.attackers === undefined ? undefined : `Attackers: ${e.attackers}`,
    e.other,
  ].filter((x): x is string => x !== undefined && x !== '');
  return parts.length ? parts.join('. ') : null;
}

export function buildBamakoAttack(): OutputFile[] {
  const index = loadSourceIndex();
  const raw = 'facts/bamako-attack.json';
  const a = readRawJson(raw, BamakoAttack);
  const keys = (s: Parameters<typeof index.keysFor>[0], where: string): string[] => index.keysFor(s, `${raw} ${where}`);

  const estimates = a.casualty_estimates.map((e, i) => ({
    id: slugify(e.source_type),
    who: e.source_type,
    date: e.date ?? null,
    killedText: e.killed === null ? null : String(e.killed),
    killed: parseKilled(e.killed),
    woundedText: e.wounded === undefined || e.wounded === null ? null : String(e.wounded),
    note: estimateNote(e),
    sources: keys(e.sources, `casualty_estimates[${i}]`),
  }));
  const ids = estimates.map((e) => e.id);
  const dup = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dup) fail(`${raw}: two casualty estimates share the id ${dup}`);

  const out = {
    date: a.date,
    weekday: a.weekday,
    sites: a.sites.map((s) => ({
      id: s.id,
      name: s.name,
      articleWording: s.article_wording,
      lat: s.lat,
      lon: s.lon,
      // Both points are stand-ins: the school is placed at neighbourhood level, and
      // Air Base 101 uses the airport's point.
      approximate: /approximate/i.test(s.coord_status),
      details: s.details,
      sources: keys(s.sources, `site ${s.id}`),
    })),
    // Order as in the fact sheet (chronological).
    timeOfDay: a.timeline_of_day.map((t, i) => ({ time: t.time_local, event: t.event, sources: keys(t.sources, `timeline_of_day[${i}]`) })),
    // Order as in the fact sheet: official first, then agencies, then claims.
    estimates,
    guidance: a.toll_guidance,
    aftermath: a.arrests_and_aftermath.map((x, i) => ({ fact: x.fact, sources: keys(x.sources, `arrests_and_aftermath[${i}]`) })),
    presidentialPlane: {
      fact: a.presidential_plane.fact,
      caution: a.presidential_plane.caution,
      sources: keys(a.presidential_plane.sources, 'presidential_plane'),
    },
  };
  return [jsonFile('bamako-attack.json', out, 2)];
}
