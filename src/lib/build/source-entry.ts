// Build-time: how one source reads on the sources page and under each step. The fact sheet keeps
// its sources as found (a publisher field such as "RFI via ru24.net" or "5.180.24.3 mirror", dates
// such as "2024-09 (day not shown)"); readers get the original publication first, then where the
// copy we read lives, a date written once in their language (or "undated"), and a warning where an
// address looks dead or is incomplete.
import { formatWhen } from '../i18n/dates.ts';
import type { Lang } from '../i18n/index.ts';
import type { Source } from './geo-data.ts';

type Words = Record<Lang, string>;

const WIKI: Words = { en: 'Wikipedia', fr: 'Wikipédia' };
const FR_WIKI: Words = { en: 'French Wikipedia', fr: 'Wikipédia en français' };
const RU_WIKI: Words = { en: 'Russian Wikipedia', fr: 'Wikipédia en russe' };

/**
 * Copies of encyclopaedia articles on mirror sites, by source key: the encyclopaedia is named
 * first, the mirror's address after it. (The fact sheet's convention: "Wikipedia (mirror)" means
 * a copy of a Wikipedia article on a mirror site.)
 */
const MIRRORS: Record<string, Words> = {
  AIRPORT_FRWP: FR_WIKI,
  DEFRWIKI_GOSSI: FR_WIKI,
  PTFRWIKI_TINZ: FR_WIKI,
  FRANCOWIKI_MOURA: FR_WIKI,
  MENAKA_FR: FR_WIKI,
  FRWP_SOLHAN: FR_WIKI,
  GAO_RU: RU_WIKI,
  COTONOU_TMVE: WIKI,
  G5_WIKI: WIKI,
  INFOGALACTIC_NMC: WIKI,
  KIDAL_KIWIX: WIKI,
  KIDDLE_ISSP: WIKI,
  MOPTI_WIKI: WIKI,
  NEWSR_BARKHANE: WIKI,
  OUAGA_WIKI: WIKI,
  SAGAPEDIA_MOURA: WIKI,
  SERVAL_MIRROR: WIKI,
  STUDENTB_2012: WIKI,
  TIMBUKTU_KIWIX: WIKI,
  UNCENSORED_BAMAKO: WIKI,
  WIKIWAND_ISSP: WIKI,
  WIKIX_BARS: WIKI,
  WIKIX_KIDALOFF: WIKI,
  WM_2006: WIKI,
  WM_TAKUBA: WIKI,
  WM_TINZ: WIKI,
  WN_SAHEL: WIKI,
  WPMIRROR_BARS: WIKI,
  WP_1990: WIKI,
  WP_BARKHANE_OLD: WIKI,
  ALG_TINZ: WIKI,
  ATOZ_TINZ: WIKI,
  AQIM_WIKI: WIKI,
  ABSASTRO_ECOWAS: WIKI,
  MENAKA_CERCLE: WIKI,
  SEVARE_PIGLIX: WIKI,
  TESSALIT_FR: FR_WIKI,
  GAO_RAILWAY: { en: 'An encyclopedic summary (source not named)', fr: 'Un résumé encyclopédique (source non nommée)' },
  SOLHAN_DE: { en: 'German Wikipedia', fr: 'Wikipédia en allemand' },
  COTONOU_CA: { en: 'Catalan Wikipedia', fr: 'Wikipédia en catalan' },
  // News-agency copies whose publisher field names the host first.
  AFP_ACTUAL: { en: 'AFP', fr: 'AFP' },
  RFI_CODELIST_NIGER: { en: 'RFI / AFP', fr: 'RFI / AFP' },
  BETALV_AFP: { en: 'AFP', fr: 'AFP' },
  LEPOLITIQUE_PB: { en: 'Le Monde', fr: 'Le Monde' },
  PRAVDA_LM: { en: 'Le Monde', fr: 'Le Monde' },
  MINUTEBF_SABRE: { en: 'TV5Monde', fr: 'TV5Monde' },
};

/** Originals the fact sheet names by their address (a site that is itself the publisher). */
const NAMES: Record<string, Words> = {
  NIAMEY_SIMPLE: { en: 'Simple English Wikipedia', fr: 'Wikipédia en anglais simple' },
  IVY: { en: 'ivy.fm', fr: 'ivy.fm' },
  ONWAR: { en: 'OnWar.com', fr: 'OnWar.com' },
  NIAMEY_SCO: { en: 'Scots Wikipedia', fr: 'Wikipédia en scots' },
  SIMPLEWP_2020: { en: 'Simple English Wikipedia', fr: 'Wikipédia en anglais simple' },
  SIMPLEWP_SOLHAN: { en: 'Simple English Wikipedia', fr: 'Wikipédia en anglais simple' },
};

/** Addresses that look dead (an IP address, an odd port, a closed site) or are incomplete. */
const DEAD: Record<string, 'may-be-gone' | 'incomplete'> = {
  SERVAL_MIRROR: 'may-be-gone',
  UNCENSORED_BAMAKO: 'may-be-gone',
  ABOUT_SAHEL: 'may-be-gone',
  AFRICANEWS_AC: 'incomplete',
};

const T = {
  copyOn: { en: 'copy on', fr: 'copie sur' },
  citedBy: { en: 'as cited by', fr: 'cité par' },
  summaryBy: { en: 'summarised by', fr: 'résumé par' },
  undated: { en: 'undated', fr: 'sans date' },
  mayBeGone: { en: 'This copy’s address may no longer work.', fr: 'L’adresse de cette copie ne fonctionne peut-être plus.' },
  incomplete: {
    en: 'The address in our records is incomplete: search the publisher’s site for the title.',
    fr: 'L’adresse dont nous disposons est incomplète : cherchez le titre sur le site de l’éditeur.',
  },
} satisfies Record<string, Words>;

/** The fact sheet's date notes, in both languages. An unknown note fails the build. */
const DATE_NOTES: Record<string, Words> = {
  'day not shown': { en: 'day not shown', fr: 'jour non indiqué' },
  'day not shown in archived copy': { en: 'day not shown in the archived copy', fr: 'jour non indiqué dans la copie archivée' },
  // "see notes" pointed to the fact sheet's §1, which says what bounds the date.
  'day not shown in archived copy; see notes': {
    en: 'day not shown in the archived copy; published on or after 19 September 2024',
    fr: 'jour non indiqué dans la copie archivée ; publié le 19 septembre 2024 ou après',
  },
  'inferred from text': { en: 'inferred from the text', fr: 'déduite du texte' },
};

const MONTH_ONLY = (lang: Lang, year: number, month: number): string => formatWhen(`${year}-${String(month).padStart(2, '0')}`, lang);

/**
 * A source's date in the reader's language, written once: "17 September 2024", "September 2024
 * (day not shown)", "3 or 4 January 2024", or "undated". Never "n.d.." with a second full stop:
 * the caller adds the sentence's stop.
 */
export function formatSourceDate(date: string | null, lang: Lang): string {
  if (date === null) return T.undated[lang];
  const or = lang === 'en' ? 'or' : 'ou';
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:\/(\d{2,4}))?(?: \((.+)\))?$/.exec(date);
  if (!m) throw new Error(`source date not understood: "${date}"`);
  const [, y, mo, d, alt, note] = m;
  let text: string;
  if (y && mo && d && alt) {
    // "2024-01-03/04": one of two days.
    const [first, second] = [formatWhen(`${y}-${mo}-${d}`, lang), formatWhen(`${y}-${mo}-${alt}`, lang)];
    text = `${first.split(' ')[0]} ${or} ${second}`;
  } else if (y && mo && alt) {
    // "2021-12/2022": December 2021 or 2022.
    text = `${MONTH_ONLY(lang, Number(y), Number(mo))} ${or} ${alt}`;
  } else text = formatWhen([y, mo, d].filter(Boolean).join('-'), lang);
  if (!note) return text;
  // "2024 (Jan/Feb, day not shown)": the months are in the note.
  const months = /^(Jan)\/(Feb), (.+)$/.exec(note);
  if (months && !mo) {
    const jan = MONTH_ONLY(lang, Number(y), 1).split(' ')[0];
    const feb = MONTH_ONLY(lang, Number(y), 2);
    return `${jan} ${or} ${feb} (${noteText(months[3]!, lang, date)})`;
  }
  return `${text} (${noteText(note, lang, date)})`;
}

function noteText(note: string, lang: Lang, date: string): string {
  const words = DATE_NOTES[note];
  if (!words) throw new Error(`source date note not translated: "${note}" in "${date}" (add it to DATE_NOTES)`);
  return words[lang];
}

export interface SourceEntry {
  /** The original publication, named first. */
  publisher: string;
  /** Where the copy we read lives, e.g. "copy on ru24.net". */
  via: string | null;
  title: string;
  date: string;
  /** Null when the address is known to be incomplete. */
  href: string | null;
  warning: string | null;
}

function host(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** Sources the fact sheet lists but never opened (cited by another source): never listed. */
export const wasAccessed = (s: Source): boolean => !/\bNOT accessed\b/i.test(s.title);

/** Keys whose publisher field looks like an address but is the original publisher. */
export const isNamedOriginal = (key: string): boolean => key in NAMES;

export function sourceEntry(key: string, s: Source, lang: Lang): SourceEntry {
  const base = { date: formatSourceDate(s.date, lang), href: DEAD[key] === 'incomplete' ? null : s.url };
  const warning = DEAD[key] === 'incomplete' ? T.incomplete[lang] : DEAD[key] === 'may-be-gone' ? T.mayBeGone[lang] : null;
  const title = s.title.replace(/\s*\(URL truncated\)$/, '');
  const mirror = MIRRORS[key];
  if (mirror) return { ...base, warning, title, publisher: mirror[lang], via: `${T.copyOn[lang]} ${host(s.url)}` };
  const named = NAMES[key];
  if (named) return { ...base, warning, title, publisher: named[lang], via: null };
  const rules: [RegExp, (m: RegExpExecArray) => [string, string]][] = [
    [/^(.+?) \((?:page )?copy on (.+)\)$/, (m) => [m[1]!, `${T.copyOn[lang]} ${m[2]}`]],
    [/^(.+?) \(copy of (.+)\)$/, (m) => [m[2]!, `${T.copyOn[lang]} ${m[1]}`]],
    // "… via github.com/factbook/factbook.json (at commit 8662a8b, 2026-05-17)": the commit note
    // is for the fact sheet; the entry's date already says when that copy was made.
    [/^(.+?) via (.+)$/, (m) => [m[1]!, `${T.copyOn[lang]} ${m[2]!.replace(/\s*\((?:at |mirror )?commit [^)]*\)$/, '')}`]],
    [/^(.+?),? citing (.+)$/, (m) => [m[2]!, `${T.citedBy[lang]} ${m[1]}`]],
    [/^(.+?), summarising (.+)$/, (m) => [m[2]!, `${T.summaryBy[lang]} ${m[1]}`]],
  ];
  for (const [re, parts] of rules) {
    const m = re.exec(s.publisher);
    if (m) {
      const [publisher, via] = parts(m);
      return { ...base, warning, title, publisher, via };
    }
  }
  return { ...base, warning, title, publisher: s.publisher === 'Wikipedia' ? WIKI[lang] : s.publisher, via: null };
}
