// Validates the built HTML with the W3C Nu HTML Checker (vnu-jar, needs Java ≥ 11).
//
//   node scripts/check-html.ts [distDir]      exit code 1 when the validator reports an error
//
// Errors are reported as is, except the validator's own known gaps listed in KNOWN_FALSE_POSITIVES
// (valid CSS it does not know). Keep that list short and exact.
import { readdirSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

export interface HtmlReport {
  files: string[];
  errors: VnuMessage[];
  ignored: VnuMessage[];
}

/**
 * The Nu checker's CSS database lags the specs: these are standard properties that browsers
 * support (vector-effect: SVG 2; paint-order: CSS Fill and Stroke 3) used in base.css for the maps.
 */
export const KNOWN_FALSE_POSITIVES: readonly RegExp[] = [
  /^CSS: “vector-effect”: Property “vector-effect” doesn't exist\.$/,
  /^CSS: “paint-order”: Property “paint-order” doesn't exist\.$/,
];

const root = fileURLToPath(new URL('..', import.meta.url));
export const VNU_JAR = join(root, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...htmlFiles(full));
    else if (name.endsWith('.html')) out.push(full);
  }
  return out;
}

export function validateHtml(distDir = 'dist', java = process.env['JAVA'] ?? 'java'): HtmlReport {
  const files = htmlFiles(resolve(distDir));
  if (files.length === 0) throw new Error(`no HTML files under ${distDir}`);
  const run = spawnSync(java, ['-Xss4m', '-jar', VNU_JAR, '--errors-only', '--format', 'json', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  // vnu writes its JSON report to stderr and exits 1 when it found errors.
  const out = (run.stderr || run.stdout).trim();
  let parsed: { messages?: VnuMessage[] };
  try {
    parsed = JSON.parse(out) as { messages?: VnuMessage[] };
  } catch {
    throw new Error(`vnu did not return JSON (exit ${run.status}): ${out.slice(0, 500)}`);
  }
  const messages = (parsed.messages ?? []).filter((m) => m.type === 'error' || m.subType === 'fatal' || m.type === 'non-document-error');
  const ignored = messages.filter((m) => KNOWN_FALSE_POSITIVES.some((re) => re.test(m.message)));
  const errors = messages.filter((m) => !ignored.includes(m));
  return { files: files.map((f) => relative(process.cwd(), f)), errors, ignored };
}

export function formatMessage(m: VnuMessage): string {
  const where = `${(m.url ?? '').replace(/^file:/, '').replace(root, '')}:${m.lastLine ?? '?'}:${m.firstColumn ?? '?'}`;
  return `${where} ${m.message}${m.extract ? `  «${m.extract.replace(/\s+/g, ' ').trim()}»` : ''}`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const report = validateHtml(process.argv[2] ?? 'dist');
  process.stdout.write(`check-html: ${report.files.length} file(s), ${report.errors.length} error(s), ${report.ignored.length} known validator gap(s) ignored\n`);
  for (const m of report.errors) process.stdout.write(`  ✗ ${formatMessage(m)}\n`);
  process.exitCode = report.errors.length ? 1 : 0;
}
