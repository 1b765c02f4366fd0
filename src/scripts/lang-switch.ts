// The language switch keeps the reader where they are: the other edition's same page, at the
// same step and in the same mode. Every page keeps its step in its address (#step in the story,
// ?step= in presenter mode, notes and embeds), so following the link with the current query and
// hash is enough. Without JavaScript the link still opens the other edition's same page.
for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')) {
  const follow = (): void => {
    const target = new URL(link.href);
    target.search = location.search;
    target.hash = location.hash;
    link.href = target.href;
  };
  // pointerdown/focus as well as click: "open in new tab" and middle clicks read the href early.
  for (const type of ['pointerdown', 'focus', 'click'] as const) link.addEventListener(type, follow);
}
