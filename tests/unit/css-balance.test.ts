// base.css is one long file that several hands append to: a lost closing brace nests every later
// rule inside the block above it (it once put the comparison's screen rules inside @media print)
// and still parses. Every top-level section must start at depth 0.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('base.css', () => {
  it('every section heading sits at the top level (braces balance)', () => {
    const css = readFileSync(new URL('../../src/styles/base.css', import.meta.url), 'utf8');
    const problems: string[] = [];
    let depth = 0;
    let line = 1;
    for (let i = 0; i < css.length; i++) {
      if (css.startsWith('/*', i)) {
        const end = css.indexOf('*/', i + 2);
        const comment = css.slice(i, end + 2);
        if (/^\/\* (?:={4,}|-{4,})/.test(comment) && depth !== 0) problems.push(`line ${line}: section "${comment.slice(0, 60)}" opens at depth ${depth}`);
        line += comment.split('\n').length - 1;
        i = end + 1;
        continue;
      }
      const c = css[i];
      if (c === '\n') line++;
      else if (c === '{') depth++;
      else if (c === '}') depth--;
    }
    expect(problems, problems.join('\n')).toEqual([]);
    expect(depth).toBe(0);
  });
});
