// Big type that still fits: the slide's text starts at full size and shrinks (down to a floor)
// only when a long step would overflow its panel. The scale is a CSS custom property (--fit),
// set through the CSSOM, which the page's CSP allows (inline style attributes it would not).
const MIN = 0.6;

export function fitText(slide: HTMLElement, panel: HTMLElement): number {
  const fits = (scale: number): boolean => {
    slide.style.setProperty('--fit', String(scale));
    return panel.scrollHeight <= panel.clientHeight + 1;
  };
  if (fits(1)) return 1;
  let lo = MIN;
  let hi = 1;
  if (!fits(lo)) return lo; // still too long at the floor: the panel scrolls
  for (let i = 0; i < 7; i++) {
    const mid = (lo + hi) / 2;
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  fits(lo);
  return lo;
}
