// End-to-end tests of the data pipeline: runs data/scripts/build.ts as a separate process
// (as `npm run data` does) and checks determinism, the golden manifest and data invariants.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { maxPolygonArea } from '../../data/scripts/lib/geo.ts';
import { SIZE_LIMITS } from '../../data/scripts/lib/limits.ts';
import { sha256 } from '../../data/scripts/lib/io.ts';
import { BUILD_SCRIPT, GOLDEN_MANIFEST, RAW_DIR, REPO_ROOT } from '../../data/scripts/lib/paths.ts';

const REGENERATE =
  'If you changed the data on purpose, regenerate it with `npx node data/scripts/build.ts --write-golden` ' +
  'and commit data/golden-manifest.json.';

const tempDirs: string[] = [];
function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

/** Runs the build with the current Node (vitest runs on the project's Node 24). */
function runBuild(outDir: string, env: NodeJS.ProcessEnv = {}): ReturnType<typeof spawnSync> {
  return spawnSync(process.execPath, [BUILD_SCRIPT, '--out', outDir], {
    cwd: tmpdir(), // the script must not depend on the working directory
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(path.relative(dir, full).split(path.sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

interface ManifestFile {
  files: { path: string; bytes: number; sha256: string }[];
}

let outA = '';
let outB = '';
const read = (rel: string): string => readFileSync(path.join(outA, rel), 'utf8');
const readJson = <T>(rel: string): T => JSON.parse(read(rel)) as T;
const topo = (name: string): Topology => readJson<Topology>(`geo/${name}.topo.json`);
const features = (t: Topology, object: string) => {
  const o = t.objects[object] as GeometryCollection<Record<string, unknown>> | undefined;
  if (!o) throw new Error(`missing object ${object}`);
  return feature(t, o).features;
};

beforeAll(() => {
  outA = tempDir('data-build-a-');
  outB = tempDir('data-build-b-');
  for (const out of [outA, outB]) {
    const result = runBuild(out);
    if (result.status !== 0) throw new Error(`build failed (exit ${result.status}):\n${String(result.stderr)}`);
  }
}, 120_000);

afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

describe('data build', () => {
  it('is deterministic: two builds are byte-identical', () => {
    const files = listFiles(outA);
    expect(listFiles(outB)).toEqual(files);
    for (const f of files) {
      expect(readFileSync(path.join(outB, f)).equals(readFileSync(path.join(outA, f))), `${f} differs`).toBe(true);
    }
  });

  it('writes a manifest that lists every file with its size and sha256', () => {
    const manifest = readJson<ManifestFile>('manifest.json');
    expect(manifest.files.map((f) => f.path)).toEqual(listFiles(outA).filter((f) => f !== 'manifest.json'));
    for (const f of manifest.files) {
      const content = readFileSync(path.join(outA, f.path));
      expect(content.length, f.path).toBe(f.bytes);
      expect(sha256(content), f.path).toBe(f.sha256);
    }
  });

  it('matches the committed golden manifest', () => {
    const hashes = (m: ManifestFile): Record<string, string> => Object.fromEntries(m.files.map((f) => [f.path, f.sha256]));
    const golden = JSON.parse(readFileSync(GOLDEN_MANIFEST, 'utf8')) as ManifestFile;
    expect(hashes(readJson<ManifestFile>('manifest.json')), `generated data differs from data/golden-manifest.json. ${REGENERATE}`).toEqual(
      hashes(golden),
    );
  });

  it('keeps the map files within their size budgets', () => {
    expect(Object.keys(SIZE_LIMITS).length).toBe(3);
    for (const [file, limit] of Object.entries(SIZE_LIMITS)) {
      expect(statSync(path.join(outA, file)).size, file).toBeLessThanOrEqual(limit);
    }
  });

  it('fails with a clear message when a raw file is missing', () => {
    const raw = tempDir('data-raw-missing-');
    cpSync(RAW_DIR, raw, { recursive: true });
    unlinkSync(path.join(raw, 'geo', 'rivers_ne50m.geojson'));
    const result = runBuild(tempDir('data-out-'), { DATA_RAW_DIR: raw });
    expect(result.status).toBe(1);
    expect(String(result.stderr)).toMatch(/missing raw file data\/raw\/geo\/rivers_ne50m\.geojson/);
  });

  it('fails with a clear message on a schema mismatch', () => {
    const raw = tempDir('data-raw-schema-');
    cpSync(RAW_DIR, raw, { recursive: true });
    const file = path.join(raw, 'facts', 'timeline.json');
    const timeline = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>[];
    delete timeline[0]?.['date'];
    writeFileSync(file, JSON.stringify(timeline));
    const result = runBuild(tempDir('data-out-'), { DATA_RAW_DIR: raw });
    expect(result.status).toBe(1);
    expect(String(result.stderr)).toMatch(/schema mismatch in data\/raw\/facts\/timeline\.json[\s\S]*0\.date/);
  });
});

describe('generated maps', () => {
  it('has the 10 Mali regions of the 2021 COD, with French names', () => {
    const regions = features(topo('west-africa'), 'mali_regions');
    expect(regions).toHaveLength(10);
    const names = regions.map((f) => f.properties?.['name']);
    expect(names).toContain('Tombouctou');
    expect(names).toContain('Ménaka');
    expect(regions.map((f) => f.id)).toEqual(['ML01', 'ML02', 'ML03', 'ML04', 'ML05', 'ML06', 'ML07', 'ML08', 'ML09', 'ML10']);
    const total = regions.reduce((s, f) => s + Number(f.properties?.['area_km2']), 0);
    expect(total).toBeGreaterThan(1_200_000); // Mali ≈ 1.24 million km²
    expect(total).toBeLessThan(1_290_000);
  });

  it('has the rivers, lakes and countries of the region', () => {
    const wa = topo('west-africa');
    expect(features(wa, 'rivers').map((f) => f.id).sort()).toEqual(
      ['bafing', 'benue', 'black-volta', 'niger', 'senegal', 'volta', 'white-volta'],
    );
    expect(features(wa, 'lakes').length).toBeGreaterThanOrEqual(3);
    const mali = features(wa, 'countries').find((f) => f.id === '466');
    expect(mali?.properties).toEqual({ name: 'Mali', name_fr: 'Mali', iso_a3: 'MLI' });
  });

  it('has Bamako with its 6 communes, the river and the runway', () => {
    const bko = topo('bamako');
    expect(features(bko, 'district').map((f) => f.id)).toEqual(['ML09']);
    const communes = features(bko, 'communes');
    expect(communes).toHaveLength(6);
    expect(communes.map((f) => f.properties?.['name'])).toContain('Commune VI');
    expect(features(bko, 'river').map((f) => f.id)).toEqual(['niger']);
    expect(features(bko, 'runway').map((f) => f.id)).toEqual(['GABS-06-24']);
  });

  it('gives every Africa feature an id and keeps the small West African states', () => {
    const africa = features(topo('africa'), 'countries');
    expect(africa.every((f) => typeof f.id === 'string' && f.id !== '')).toBe(true);
    for (const id of ['270', '768', '204', '466', '710', '818']) expect(africa.map((f) => f.id)).toContain(id);
  });

  it('has no polygon that d3 would read as the whole globe minus the shape (area > 2π sr)', () => {
    for (const name of ['africa', 'west-africa', 'bamako']) {
      expect(maxPolygonArea(topo(name)), name).toBeLessThan(2 * Math.PI);
    }
  });
});

describe('generated data', () => {
  type Cited = { sources: string[] };
  it('cites only source keys that exist in sources.json', () => {
    const sources = readJson<Record<string, { kind: string }>>('sources.json');
    const attack = readJson<{
      sites: Cited[];
      timeOfDay: Cited[];
      estimates: Cited[];
      aftermath: Cited[];
      presidentialPlane: Cited;
    }>('bamako-attack.json');
    const cited: [string, Cited][] = [
      ...readJson<(Cited & { id: string })[]>('places.json').map((p): [string, Cited] => [`places ${p.id}`, p]),
      ...readJson<(Cited & { id: string })[]>('timeline.json').map((t): [string, Cited] => [`timeline ${t.id}`, t]),
      ...readJson<(Cited & { id: string })[]>('glossary.json').map((g): [string, Cited] => [`glossary ${g.id}`, g]),
      ...[...attack.sites, ...attack.timeOfDay, ...attack.estimates, ...attack.aftermath, attack.presidentialPlane].map(
        (x, i): [string, Cited] => [`bamako-attack #${i}`, x],
      ),
    ];
    for (const [where, item] of cited) {
      expect(item.sources.length, where).toBeGreaterThan(0);
      for (const key of item.sources) expect(sources[key], `${where} cites ${key}`).toBeDefined();
    }
    for (const key of ['DATA_NE', 'DATA_OCHA', 'DATA_GEONAMES', 'DATA_PLACES', 'DATA_OURAIRPORTS', 'DATA_UCDP', 'DATA_OWID']) {
      expect(sources[key]?.kind, key).toBe('data');
    }
  });

  it('copies the yearly death totals from the CSV exactly', () => {
    const csv = readFileSync(path.join(REPO_ROOT, 'data', 'raw', 'conflict', 'yearly_totals_by_country_wide.csv'), 'utf8');
    const [header, ...lines] = csv.trim().split('\n');
    const cols = (header ?? '').split(',');
    const expected = new Map<string, number>();
    for (const line of lines) {
      const cells = line.split(',');
      const get = (c: string): string => cells[cols.indexOf(c)] ?? '';
      expected.set(`${get('country')}|${get('year')}`, Number(get('total_best')));
    }
    const deaths = readJson<{ years: number[]; series: { country: string; total: number[] }[] }>('deaths-yearly.json');
    expect(deaths.years[0]).toBe(2010);
    expect(deaths.years.at(-1)).toBe(2023);
    expect(deaths.series.map((s) => s.country)).toEqual(['Mali', 'Burkina Faso', 'Niger']);
    let n = 0;
    for (const s of deaths.series) {
      s.total.forEach((v, i) => {
        expect(v, `${s.country} ${deaths.years[i]}`).toBe(expected.get(`${s.country}|${deaths.years[i]}`));
        n++;
      });
    }
    expect(n).toBe(expected.size);
    // The CSV download carries the same numbers.
    expect(read('deaths-yearly.csv').trim().split('\n')).toHaveLength(expected.size + 1);
  });

  it('keeps places unique, sorted, with French names', () => {
    const places = readJson<{ id: string; name_fr: string; approximate: boolean }[]>('places.json');
    const ids = places.map((p) => p.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    const byId = new Map(places.map((p) => [p.id, p]));
    expect(byId.get('timbuktu')?.name_fr).toBe('Tombouctou');
    expect(byId.get('faladie_gendarmerie_school')?.approximate).toBe(true);
    expect(byId.get('bko_airport')?.approximate).toBe(true);
    expect(byId.has('agadez_ab201')).toBe(false); // no verified coordinates
    expect(byId.get('segou')?.name_fr).toBe('Ségou');
  });

  it('writes 2021 events only, consistently in the three formats', () => {
    const events = readJson<{ fields: string[]; rows: unknown[][]; kept: number }>('events-2021.json');
    expect(events.fields).toEqual(['id', 'date', 'lon', 'lat', 'best', 'group', 'country', 'type']);
    expect(events.rows).toHaveLength(events.kept);
    expect(events.rows.every((r) => String(r[1]).startsWith('2021-'))).toBe(true);
    const geojson = readJson<{ features: unknown[] }>('events-2021.geojson');
    expect(geojson.features).toHaveLength(events.rows.length);
    expect(read('events-2021.csv').trim().split('\n')).toHaveLength(events.rows.length + 1);
  });
});
