// Builds every generated data file of the site from data/raw/ (no network, no /work/shared).
//
//   npx node data/scripts/build.ts                 → src/generated/
//   npx node data/scripts/build.ts --out <dir>     → another folder (tests use temp dirs)
//   npx node data/scripts/build.ts --write-golden  → also rewrites data/golden-manifest.json
//
// All files are computed in memory first and written only if every step succeeded, so a
// failed build never leaves a half-updated output folder.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DataError, fail } from './lib/io.ts';
import type { OutputFile } from './lib/io.ts';
import { DEFAULT_OUT_DIR, GOLDEN_MANIFEST, REPO_ROOT } from './lib/paths.ts';
import { SIZE_LIMITS } from './lib/limits.ts';
import { buildAfrica } from './geo-africa.ts';
import { buildWestAfrica } from './geo-west-africa.ts';
import { buildBamako } from './geo-bamako.ts';
import { buildPlaces } from './places.ts';
import { buildSources } from './sources.ts';
import { buildTimeline } from './timeline.ts';
import { buildGlossary } from './glossary.ts';
import { buildBamakoAttack } from './bamako-attack.ts';
import { buildDeathsYearly } from './deaths-yearly.ts';
import { buildEvents2021 } from './events-2021.ts';
import { buildManifest, manifestFile } from './manifest.ts';
import type { Manifest } from './manifest.ts';

/** One entry per output module, in the order they run. */
export const STEPS: readonly (readonly [string, () => OutputFile[]])[] = [
  ['geo-africa', buildAfrica],
  ['geo-west-africa', buildWestAfrica],
  ['geo-bamako', buildBamako],
  ['sources', buildSources],
  ['places', buildPlaces],
  ['timeline', buildTimeline],
  ['glossary', buildGlossary],
  ['bamako-attack', buildBamakoAttack],
  ['deaths-yearly', buildDeathsYearly],
  ['events-2021', buildEvents2021],
];

export interface BuildResult {
  files: OutputFile[];
  manifest: Manifest;
}

/** Runs every step and returns the files (manifest last) without writing anything. */
export function buildAll(): BuildResult {
  const files: OutputFile[] = [];
  for (const [name, step] of STEPS) {
    try {
      files.push(...step());
    } catch (error) {
      if (error instanceof DataError) throw new DataError(`[${name}] ${error.message}`);
      throw error;
    }
  }
  const seen = new Set<string>();
  for (const f of files) {
    if (seen.has(f.path)) fail(`two steps write ${f.path}`);
    seen.add(f.path);
    const limit = SIZE_LIMITS[f.path];
    const bytes = Buffer.byteLength(f.content, 'utf8');
    if (limit !== undefined && bytes > limit) {
      fail(`${f.path} is ${bytes} bytes, over its budget of ${limit} (simplify more, see data/README.md)`);
    }
  }
  const manifest = buildManifest(files);
  return { files: [...files, manifestFile(manifest)], manifest };
}

function writeFiles(outDir: string, files: readonly OutputFile[]): void {
  for (const f of files) {
    const target = path.join(outDir, ...f.path.split('/'));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, f.content);
  }
}

interface Args {
  outDir: string;
  writeGolden: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { outDir: DEFAULT_OUT_DIR, writeGolden: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--out') {
      const dir = argv[++i];
      if (!dir) fail('--out needs a directory');
      args.outDir = path.resolve(dir);
    } else if (a === '--write-golden') args.writeGolden = true;
    else if (a === '--help' || a === '-h') {
      console.log('usage: node data/scripts/build.ts [--out <dir>] [--write-golden]');
      process.exit(0);
    } else fail(`unknown argument ${a} (usage: node data/scripts/build.ts [--out <dir>] [--write-golden])`);
  }
  return args;
}

/** Repo-relative when inside the repository, absolute otherwise. */
function displayPath(p: string): string {
  const rel = path.relative(REPO_ROOT, p);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : p;
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const { files, manifest } = buildAll();
  writeFiles(args.outDir, files);
  for (const f of manifest.files) console.log(`${String(f.bytes).padStart(8)}  ${f.path}`);
  console.log(`wrote ${files.length} files to ${displayPath(args.outDir)}`);

  const current = manifestFile(manifest).content;
  if (args.writeGolden) {
    writeFileSync(GOLDEN_MANIFEST, current);
    console.log(`updated ${displayPath(GOLDEN_MANIFEST)}`);
  } else if (!existsSync(GOLDEN_MANIFEST) || readFileSync(GOLDEN_MANIFEST, 'utf8') !== current) {
    // Not fatal here (the tests enforce it): a deliberate data change is normal while working.
    console.warn(
      'note: output differs from data/golden-manifest.json; if you changed the data on purpose, ' +
        'run `npx node data/scripts/build.ts --write-golden` and commit the new golden file.',
    );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    main();
  } catch (error) {
    if (error instanceof DataError) {
      console.error(`data build failed: ${error.message}`);
    } else {
      console.error('data build failed with an unexpected error:');
      console.error(error);
    }
    process.exit(1);
  }
}
