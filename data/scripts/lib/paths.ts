// Where things live. Everything is resolved from this file's location, never from
// process.cwd(), so the build gives the same result whichever folder it is run from.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const LIB_DIR = path.dirname(fileURLToPath(import.meta.url));

/** Repository root (…/data/scripts/lib → …). */
export const REPO_ROOT = path.resolve(LIB_DIR, '..', '..', '..');
export const DATA_DIR = path.join(REPO_ROOT, 'data');
/**
 * The raw inputs. DATA_RAW_DIR overrides it so tests can run the build on a damaged copy
 * and check that it fails cleanly; normal use never sets it.
 */
export const RAW_DIR = process.env['DATA_RAW_DIR'] ? path.resolve(process.env['DATA_RAW_DIR']) : path.join(DATA_DIR, 'raw');
export const SCRIPTS_DIR = path.join(DATA_DIR, 'scripts');
export const LICENCES_MD = path.join(RAW_DIR, 'LICENCES.md');
export const GOLDEN_MANIFEST = path.join(DATA_DIR, 'golden-manifest.json');
export const DEFAULT_OUT_DIR = path.join(REPO_ROOT, 'src', 'generated');
export const BUILD_SCRIPT = path.join(SCRIPTS_DIR, 'build.ts');

/** Absolute path of a file under data/raw, from its path relative to data/raw. */
export function rawPath(rel: string): string {
  return path.join(RAW_DIR, ...rel.split('/'));
}
