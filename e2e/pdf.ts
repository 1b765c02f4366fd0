// Reading printed PDFs in tests: the text of each page (poppler's pdftotext), so tests check
// what is on paper (page numbers, the address, words split across lines), not the DOM.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

export type Paper = 'A4' | 'Letter';

/** Prints the page as the browser's "Save as PDF" does and returns the file and each page's text. */
export async function printPages(page: Page, format: Paper, keep?: string): Promise<{ file: string; pages: string[] }> {
  await page.evaluate(() => document.fonts.ready);
  const pdf = await page.pdf({ format, printBackground: true });
  const file = keep ?? join(mkdtempSync(join(tmpdir(), 'kit-pdf-')), 'out.pdf');
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const pages = text.split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return { file, pages };
}

/** The printable width of each paper at 96 px an inch, less the 14 mm side margins (base.css). */
const PRINT_WIDTH: Record<Paper, number> = { A4: Math.floor(((210 - 28) / 25.4) * 96), Letter: Math.floor((8.5 - 28 / 25.4) * 96) };

/** Elements that print past the paper's edge or are cut off inside their box, on that paper. */
export async function clippedInPrint(page: Page, paper: Paper): Promise<string[]> {
  await page.setViewportSize({ width: PRINT_WIDTH[paper], height: 1000 });
  await page.emulateMedia({ media: 'print' });
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('main *, header *')) {
      const style = getComputedStyle(el);
      // Inside an SVG, shapes may run past its viewBox by design (the map is clipped to its frame).
      if (style.display === 'none' || el.closest('.visually-hidden') || (el instanceof SVGElement && !(el instanceof SVGSVGElement))) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.right > width + 1 || r.left < -1) out.push(`${el.tagName.toLowerCase()}.${String(el.getAttribute('class'))} off the page: ${Math.round(r.right)} > ${width}`);
      else if (['auto', 'scroll', 'hidden'].includes(style.overflowX) && el.scrollWidth > el.clientWidth + 1) out.push(`${el.tagName.toLowerCase()}.${String(el.getAttribute('class'))} cut off`);
    }
    return out;
  });
}
