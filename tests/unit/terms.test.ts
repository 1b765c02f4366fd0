import { describe, expect, it } from 'vitest';
import { defineInHtml, firstUses, readingMinutes, termPatterns } from '../../src/lib/content/terms.ts';
import type { GlossaryEntry } from '../../src/lib/build/glossary.ts';

const entry = (id: string, term: string): GlossaryEntry => ({
  id,
  term,
  expansion: '',
  aka: [],
  definition: '',
  notes: null,
  relatedTimelineIds: [],
  sources: [],
});

describe('glossary terms in place', () => {
  it('matches acronyms exactly and words in any case, on word boundaries', () => {
    const [jnim] = termPatterns(entry('jnim', 'JNIM'));
    expect(jnim!.test('JNIM claimed it')).toBe(true);
    expect(jnim!.test('jnim')).toBe(false);
    expect(termPatterns(entry('barkhane', 'Operation Barkhane'))[0]!.test('Barkhane’s bases')).toBe(true);
    expect(termPatterns(entry('junta', 'Junta'))[0]!.test('the juntas')).toBe(false);
    expect(termPatterns(entry('junta', 'Junta'))[0]!.test('the junta said')).toBe(true);
  });

  it('defines a term once per group: the story is one group, an embed one chapter', () => {
    const g = [entry('jnim', 'JNIM')];
    const steps = [
      { id: 'a', text: 'JNIM struck' },
      { id: 'b', text: 'JNIM again' },
      { id: 'c', text: 'and JNIM' },
    ];
    const story = firstUses([{ steps }], g);
    expect(story.get('a')?.map((e) => e.id)).toEqual(['jnim']);
    expect(story.get('b')).toEqual([]);
    expect(story.get('c')).toEqual([]);
    const embed = firstUses([{ steps: steps.slice(2) }], g);
    expect(embed.get('c')?.map((e) => e.id)).toEqual(['jnim']);
  });

  const markup = { glossaryHref: (e: GlossaryEntry) => `/sources/#term-${e.id}`, glossaryLabel: 'Glossary' };
  const jnim = { ...entry('jnim', 'JNIM'), expansion: 'Group for Supporting Islam and Muslims', definition: 'Al-Qaeda’s branch <in> the Sahel.' };

  it('turns only the first use of a term into a button that controls its popover', () => {
    const html = defineInHtml('<p>JNIM struck. Later JNIM said so.</p>', [jnim], markup);
    expect(html.match(/<button/g)).toHaveLength(1);
    expect(html).toContain('<button type="button" class="term" popovertarget="term-def-jnim" aria-controls="term-def-jnim" data-term="jnim">JNIM</button>');
    expect(html).toContain('<span class="term-def" id="term-def-jnim" popover>');
    // The definition is escaped, links to the glossary, and the later use stays plain text.
    expect(html).toContain('Al-Qaeda’s branch &lt;in&gt; the Sahel.');
    expect(html).toContain('<a class="term-def-more" href="/sources/#term-jnim">Glossary</a>');
    expect(html.endsWith('</span> struck. Later JNIM said so.</p>')).toBe(true);
  });

  it('never defines inside a link or a tag, and keeps two terms in their order', () => {
    const sahel = entry('sahel', 'Sahel');
    const html = defineInHtml('<p><a href="/x" title="JNIM">JNIM</a> in the Sahel; JNIM again.</p>', [jnim, sahel], markup);
    expect(html.startsWith('<p><a href="/x" title="JNIM">JNIM</a> in the <button')).toBe(true);
    expect(html.indexOf('data-term="sahel"')).toBeLessThan(html.indexOf('data-term="jnim"'));
    expect(html.match(/<button/g)).toHaveLength(2);
    expect(defineInHtml('<p>nothing here</p>', [jnim], markup)).toBe('<p>nothing here</p>');
  });

  it('estimates reading time at 200 words a minute', () => {
    expect(readingMinutes(['word '.repeat(1000)])).toBe(5);
    expect(readingMinutes([''])).toBe(1);
  });
});
