// The raw inputs are exactly the files recorded (with sha256) in data/raw/LICENCES.md.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listRawFiles, readRecordedChecksums, renderLicences, verifyChecksums } from '../../data/scripts/checksums.ts';
import { LICENCES_MD } from '../../data/scripts/lib/paths.ts';
import { RAW_FILES } from '../../data/scripts/lib/raw-files.ts';

describe('raw data checksums', () => {
  it('every raw file is listed in LICENCES.md with a matching sha256', () => {
    expect(verifyChecksums(), 'run `npx node data/scripts/checksums.ts` for details').toEqual([]);
  });

  it('LICENCES.md lists every raw file and has a publisher and licence for each', () => {
    expect([...readRecordedChecksums().keys()].sort()).toEqual(listRawFiles());
    for (const f of RAW_FILES) {
      expect(f.publisher, f.path).not.toBe('');
      expect(f.licence, f.path).not.toBe('');
    }
  });

  it('LICENCES.md is up to date with data/scripts/lib/raw-files.ts', () => {
    expect(readFileSync(LICENCES_MD, 'utf8'), 'regenerate with `npx node data/scripts/checksums.ts --write`').toBe(renderLicences());
  });

  it('includes the world-atlas 110m countries and its licence', () => {
    const files = listRawFiles();
    expect(files).toContain('geo/world-atlas/countries-110m.json');
    expect(files).toContain('geo/world-atlas/LICENSE');
  });
});
