// Which offline set a page asks the service worker to store (pure, unit-tested). The sets are
// built by scripts/service-worker.ts: a reader's set holds the story of one language; a
// classroom set adds the teacher's pages and the map downloads of that language.
import { neutralPath } from '../i18n/paths.ts';
import type { Lang } from '../i18n/paths.ts';

/** Teachers' pages: opening one stores the classroom set of its language. */
const CLASSROOM = /^\/(?:guide|present|notes|worksheet|handout)\//;

export type OfflineRole = 'reader' | 'classroom';

export function roleOf(pathname: string): OfflineRole {
  return CLASSROOM.test(neutralPath(pathname)) ? 'classroom' : 'reader';
}

/** The set a page at `pathname`, in `lang`, asks for: e.g. "reader-en", "classroom-fr". */
export function offlineSet(pathname: string, lang: Lang): string {
  return `${roleOf(pathname)}-${lang}`;
}
