// Puts the page's #print-address (data-address) into --print-address, which the @page margin
// boxes print on every page (base.css, "Classroom kit"). A CSS string, so quotes are escaped.
const address = document.getElementById('print-address')?.dataset['address'];
if (address) {
  document.documentElement.style.setProperty('--print-address', JSON.stringify(address));
}
