// Reading inputs (with clear errors) and writing outputs (deterministically).
import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { rawPath } from './paths.ts';

/** An expected failure: bad or missing input. build.ts prints only its message. */
export class DataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataError';
  }
}

export function fail(message: string): never {
  throw new DataError(message);
}

/** One generated file, kept in memory until every module has succeeded. */
export interface OutputFile {
  /** Path relative to the output directory, with forward slashes. */
  path: string;
  content: string;
}

export function readRawText(rel: string): string {
  const file = rawPath(rel);
  if (!existsSync(file)) {
    fail(`missing raw file data/raw/${rel} (copy it from the sources listed in data/raw/LICENCES.md)`);
  }
  return readFileSync(file, 'utf8');
}

/** Parses a raw JSON file and validates it, so a changed upstream schema stops the build. */
export function readRawJson<S extends z.ZodType>(rel: string, schema: S): z.output<S> {
  const text = readRawText(rel);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    fail(`data/raw/${rel} is not valid JSON: ${(error as Error).message}`);
  }
  return validate(json, schema, `data/raw/${rel}`);
}

export function validate<S extends z.ZodType>(value: unknown, schema: S, label: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issues = result.error.issues
      .slice(0, 10)
      .map((issue) => `  - at ${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
      .join('\n');
    const more = result.error.issues.length > 10 ? `\n  … and ${result.error.issues.length - 10} more` : '';
    fail(`schema mismatch in ${label}:\n${issues}${more}`);
  }
  return result.data;
}

/**
 * JSON with object keys sorted at every level, so output never depends on the order
 * in which code happened to add properties. `indent` 0 gives the compact form used
 * for the big files (geometry, events). Always ends with a newline.
 */
export function stableStringify(value: unknown, indent = 0): string {
  return JSON.stringify(sortKeys(value), null, indent > 0 ? indent : undefined) + '\n';
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) {
    fail(`refusing to write a non-finite number (${value}) to JSON`);
  }
  return value;
}

export function jsonFile(path: string, value: unknown, indent = 0): OutputFile {
  return { path, content: stableStringify(value, indent) };
}

export function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Plain code-point comparison (not locale-dependent, so identical on every machine). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Rounds to a fixed number of decimals; -0 becomes 0 so the JSON text is stable. */
export function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Math.round(value * f) / f;
  return r === 0 ? 0 : r;
}
