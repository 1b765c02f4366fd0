// The three paths side by side: a step's Markdown table read as one card per path (a column of
// the table), so the comparison can be laid out as stacked cards on a phone and side by side on
// a wide screen, without rewriting its (quoted, attributed) words. Pure; runs at build time.
export interface ComparisonRow {
  label: string;
  text: string;
}
export interface ComparisonPath {
  title: string;
  rows: ComparisonRow[];
}
export interface Comparison {
  /** The table's corner cell ("Path" / « Voie »): what the columns are. */
  caption: string;
  paths: ComparisonPath[];
}

const cells = (line: string): string[] =>
  line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => c.trim());

// Cells are plain text with **bold** row labels: the only Markdown a comparison cell uses.
const plain = (md: string): string => md.replace(/\*\*(.+?)\*\*/g, '$1').replace(/\\([|*_])/g, '$1');

/** The first pipe table in a Markdown body with a header row and at least one row, or null. */
export function parseComparison(body: string): Comparison | null {
  const lines = body.split('\n').filter((l) => l.trim().startsWith('|'));
  if (lines.length < 3 || !/^\s*\|?\s*:?-{3,}/.test(lines[1] ?? '')) return null;
  const head = cells(lines[0]!).map(plain);
  const rows = lines.slice(2).map((l) => cells(l).map(plain));
  if (head.length < 2 || rows.some((r) => r.length !== head.length)) return null;
  return {
    caption: head[0]!,
    paths: head.slice(1).map((title, i) => ({
      title,
      rows: rows.map((r) => ({ label: r[0]!, text: r[i + 1]! })),
    })),
  };
}
