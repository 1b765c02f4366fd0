// Printing: sources sit in closed <details> on screen. Browsers that cannot style the details'
// content for print (::details-content) would drop them, so open every list while printing
// and restore the reader's choice afterwards.
const opened: HTMLDetailsElement[] = [];

window.addEventListener('beforeprint', () => {
  for (const d of document.querySelectorAll<HTMLDetailsElement>('details.step-sources:not([open])')) {
    d.open = true;
    opened.push(d);
  }
});
window.addEventListener('afterprint', () => {
  for (const d of opened.splice(0)) d.open = false;
});
