// Validates the built HTML with the W3C Nu HTML Checker (vnu-jar, needs Java ≥ 11).
//
//   node scripts/check-html.ts [distDir]      exit code 1 when the validator reports an error
//
// Errors are reported as is, except the validator's own known gaps listed in KNOWN_FALSE_POSITIVES
// (standard CSS it does not know yet). Keep that list short and exact.
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

export interface KnownGap {
  /** The validator's message, exactly. */
  message: RegExp;
  /** The excerpt it quotes, when the message alone is too broad (a parse error). */
  extract?: RegExp;
  why: string;
}

/**
 * The Nu checker's CSS database lags the specs: it rejects standard CSS that every current
 * browser supports. Each entry names the feature; anything else is reported.
 */
export const KNOWN_FALSE_POSITIVES: readonly KnownGap[] = [
  { message: /^CSS: “vector-effect”: Property “vector-effect” doesn't exist\.$/, why: 'SVG 2 vector-effect' },
  { message: /^CSS: “paint-order”: Property “paint-order” doesn't exist\.$/, why: 'CSS Fill and Stroke 3 paint-order' },
  { message: /^CSS: “container-(type|name)”: Property “container-\1” doesn't exist\.$/, why: 'CSS Containment 3 container queries' },
  { message: /^CSS: Unrecognized at-rule “@container”$/, why: 'CSS Containment 3 container queries' },
  { message: /^CSS: “container”: Property “container” doesn't exist\.$/, why: 'CSS Containment 3 container shorthand' },
  { message: /^CSS: “[a-z-]+”: Parse Error\.$/, extract: /\dcq(?:w|h|i|b|min|max)\b/, why: 'CSS Containment 3 container query units (cqw…)' },
  { message: /^CSS: “animation-(timeline|range)”: Property “animation-\1” doesn't exist\.$/, why: 'Scroll-driven Animations (animation-timeline, animation-range)' },
  // Media Queries 4 range syntax, e.g. @media (width <= 700px), (aspect-ratio <= 1).
  { message: /^CSS: “[^”]*” is not a “(width|height|aspect-ratio)” value$/, extract: /(width|height|aspect-ratio)\s*[<>]=?/, why: 'Media Queries 4 range syntax' },
  { message: /^CSS: Parse Error\.$/, extract: /@media\s*\((width|height|aspect-ratio)\s*[<>]=?/, why: 'Media Queries 4 range syntax' },
];

export function isKnownGap(m: VnuMessage): boolean {
  return KNOWN_FALSE_POSITIVES.some((k) => k.message.test(m.message) && (!k.extract || k.extract.test(m.extract ?? '')));
}

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
  const ignored = messages.filter(isKnownGap);
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
