// The compact handout shows one chapter when the address says ?chapter=<id> (the links at the
// top), so a teacher prints just that chapter; an unknown id shows the whole handout.
const id = new URLSearchParams(location.search).get('chapter');
const chapters = [...document.querySelectorAll<HTMLElement>('.handout-chapter[data-chapter]')];
if (id && chapters.some((c) => c.dataset['chapter'] === id)) {
  for (const c of chapters) c.hidden = c.dataset['chapter'] !== id;
  document.documentElement.classList.add('handout-one');
  const all = document.getElementById('handout-all');
  if (all) all.hidden = false;
  for (const a of document.querySelectorAll<HTMLAnchorElement>('[data-chapter-link]')) {
    if (a.dataset['chapterLink'] === id) a.setAttribute('aria-current', 'page');
  }
}
