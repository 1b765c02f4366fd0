// manifest.json: every output file with its size and sha256, sorted by path, so tests
// (and the site build, if it wants) can tell that generated files are complete and current.
import { compareStrings, sha256, stableStringify } from './lib/io.ts';
import type { OutputFile } from './lib/io.ts';

export const MANIFEST_FILE = 'manifest.json';

export interface Manifest {
  files: { path: string; bytes: number; sha256: string }[];
}

export function buildManifest(files: readonly OutputFile[]): Manifest {
  return {
    files: files
      .map((f) => ({ path: f.path, bytes: Buffer.byteLength(f.content, 'utf8'), sha256: sha256(f.content) }))
      .sort((a, b) => compareStrings(a.path, b.path)),
  };
}

export function manifestFile(manifest: Manifest): OutputFile {
  return { path: MANIFEST_FILE, content: stableStringify(manifest, 2) };
}
