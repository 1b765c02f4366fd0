// Integrity of the build, without a browser: valid HTML (W3C Nu checker), every internal link,
// fragment and id reference resolving, and reproducible output (two clean builds, same bytes).
//
// Checks the site in dist/ (or $SERVE_ROOT, the folder the browser tests serve).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { checkLinks } from '../scripts/check-links.ts';
import { formatMessage, isKnownGap, validateHtml } from '../scripts/check-html.ts';

const DIST = resolve(process.env['SERVE_ROOT'] ?? 'dist');
const ROOT = resolve(import.meta.dirname, '..');

test.describe('built HTML', () => {
  test('the W3C Nu HTML Checker reports no errors', async () => {
    test.setTimeout(180_000);
    const report = validateHtml(DIST);
    expect(report.files.length).toBeGreaterThan(0);
    expect(report.errors.map(formatMessage), report.errors.map(formatMessage).join('\n')).toEqual([]);
    // Only the validator's listed gaps were set aside.
    expect(report.ignored.every(isKnownGap)).toBe(true);
    test.info().annotations.push({ type: 'vnu', description: `${report.files.length} files, ${report.ignored.length} known validator gaps ignored` });
  });

  test('every internal link, #fragment and id reference resolves; no id is used twice', () => {
    const report = checkLinks(DIST);
    expect(report.pages.length).toBeGreaterThan(0);
    expect(report.checked).toBeGreaterThan(100);
    expect(report.problems, report.problems.join('\n')).toEqual([]);
    test.info().annotations.push({ type: 'links', description: `${report.pages.length} pages, ${report.checked} internal references, ${report.external.length} external links (not fetched)` });
  });

  test('the link checker catches what it should (broken path, fragment, idref, duplicate id, javascript:)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-links-'));
    try {
      mkdirSync(join(dir, 'a'));
      writeFileSync(join(dir, 'a', 'index.html'), '<!doctype html><title>a</title><h1 id="top-a">A</h1>');
      writeFileSync(
        join(dir, 'index.html'),
        `<!doctype html><title>t</title>
        <a href="/a/">ok</a> <a href="/a#top-a">ok</a> <a href="#here">ok</a> <span id="here"></span>
        <a href="https://caught-between.example/a/#top-a">ok, absolute</a> <a href="https://elsewhere.example/">external</a>
        <a href="/missing/">1</a> <a href="/a/#nope">2</a> <a href="#gone">3</a>
        <svg aria-labelledby="nobody" role="img"><use href="#no-def"></use></svg>
        <p id="twice"></p><p id="twice"></p> <a href="javascript:alert(1)">7</a>
        <style>@font-face{src:url(/fonts/none.woff2)}</style>`,
      );
      const report = checkLinks(dir, 'https://caught-between.example');
      expect(report.external).toEqual(['https://elsewhere.example/']);
      expect(report.problems).toHaveLength(8);
      for (const needle of ['/missing/', '#nope', 'id="gone"', 'id="nobody"', 'id="no-def"', 'duplicate id="twice"', 'javascript:', 'none.woff2']) {
        expect(report.problems.some((p) => p.includes(needle)), needle).toBe(true);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** Every file under `dir`, as paths relative to `root`. */
function files(dir: string, root = dir): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...files(full, root));
    else out.push(relative(root, full));
  }
  return out;
}

test.describe('reproducible build', () => {
  test('two clean builds produce byte-identical output', async () => {
    test.setTimeout(420_000);
    const node = process.execPath;
    const env = { ...process.env, PATH: `${join(ROOT, 'node_modules', '.bin')}:${process.env['PATH'] ?? ''}`, ASTRO_TELEMETRY_DISABLED: '1' };
    const run = (args: string[]): void => {
      const r = spawnSync(node, args, { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      expect(r.status, `${args.join(' ')}\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`).toBe(0);
    };
    // What `npm run prebuild` does: generated data (deterministic, byte for byte), fonts, data files.
    run(['data/scripts/build.ts']);
    run(['scripts/copy-fonts.ts']);
    run(['scripts/copy-data.ts']);
    const tmp = mkdtempSync(join(tmpdir(), 'caught-between-build-'));
    try {
      const outs = [join(tmp, 'a'), join(tmp, 'b')];
      for (const out of outs) run([join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', out, '--silent']);
      const [a, b] = outs.map((o) => files(o)) as [string[], string[]];
      expect(a.length).toBeGreaterThan(10);
      expect(b, 'the same files').toEqual(a);
      const differ = a.filter((f) => !readFileSync(join(outs[0]!, f)).equals(readFileSync(join(outs[1]!, f))));
      expect(differ, 'files whose bytes differ between the two builds').toEqual([]);
      test.info().annotations.push({ type: 'files', description: `${a.length} files compared` });
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
