import { en } from './en.ts';
import type { Dict, DictKey } from './en.ts';

export type Lang = 'en';
export const LANGS: readonly Lang[] = ['en'];

const DICTS: Record<Lang, Dict> = { en };

export function t(lang: Lang, key: DictKey): string {
  return DICTS[lang][key];
}

export function isDictKey(key: string): key is DictKey {
  return Object.hasOwn(en, key);
}

export type { DictKey };
