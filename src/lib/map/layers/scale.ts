// Minimal linear scale with "nice" ticks, so the client bundle does not carry d3-scale (and
// d3-format, d3-time…) for two charts. Same behaviour as d3's for our domains: [0, max] and years.
export interface Linear {
  (v: number): number;
  domain(): [number, number];
  range(r: [number, number]): Linear;
  invert(px: number): number;
  ticks(count: number): number[];
}

function tickStep(span: number, count: number): number {
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const err = raw / power;
  return power * (err >= 7.07 ? 10 : err >= 3.16 ? 5 : err >= 1.41 ? 2 : 1);
}

export function linear(domain: [number, number], range: [number, number] = [0, 1], niceCount = 0): Linear {
  let [d0, d1] = domain;
  if (niceCount > 0 && d1 > d0) {
    const step = tickStep(d1 - d0, niceCount);
    d0 = Math.floor(d0 / step) * step;
    d1 = Math.ceil(d1 / step) * step;
  }
  let [r0, r1] = range;
  const scale = ((v: number) => (d1 === d0 ? r0 : r0 + ((v - d0) / (d1 - d0)) * (r1 - r0))) as Linear;
  scale.domain = () => [d0, d1];
  scale.range = (r) => {
    [r0, r1] = r;
    return scale;
  };
  scale.invert = (px) => (r1 === r0 ? d0 : d0 + ((px - r0) / (r1 - r0)) * (d1 - d0));
  scale.ticks = (count) => {
    const step = tickStep(d1 - d0, count);
    const out: number[] = [];
    for (let v = Math.ceil(d0 / step) * step; v <= d1 + step * 1e-9; v += step) out.push(Math.round(v / step) * step);
    return out;
  };
  return scale;
}

/** A polyline as SVG path data. */
export function polyline(points: readonly (readonly [number, number])[]): string {
  return points.map(([px, py], i) => `${i ? 'L' : 'M'}${px},${py}`).join('');
}
