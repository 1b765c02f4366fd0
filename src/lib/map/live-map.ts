// The live map: one SVG that follows the story. create(el) → { render, resize, destroy }.
// Camera moves are transform tweens (gsap) between fitted views, along d3.interpolateZoom's
// fly-to path; nothing is re-projected while the camera moves. Reduced motion = cuts.
import { interpolateZoom } from 'd3-interpolate';
import { gsap } from 'gsap';
import { LEVELS } from '../geo/levels.ts';
import type { LevelId } from '../geo/levels.ts';
import { levelMatrix, matrixAttr, round, unitToScreen, viewScale } from '../geo/view.ts';
import type { Size, View } from '../geo/view.ts';
import { buildMapModel } from './model.ts';
import type { LayoutMode } from './model.ts';
import { joinNodes } from './svg-dom.ts';
import { dataUrl, EVENTS_FILE } from '../site/data-url.ts';
import type { EventRow, GeoIndex, MapModel, ResolvedScene } from './types.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const LEVEL_ORDER: readonly LevelId[] = ['africa', 'region', 'city'];

export interface LiveMapOptions {
  index: GeoIndex;
  /** Whether motion is allowed right now (reduced-motion preference and the page toggle). */
  motion: () => boolean;
  mode: () => LayoutMode;
  /** Accessible name of the map (id of the element that labels it). */
  labelledBy?: string;
  /** Where the UCDP events are fetched from, the first time a scene shows them. */
  eventsUrl?: string;
}

/** The events file's rows, if it looks like one (src/generated/events-2021.json). */
function eventRowsOf(json: unknown): EventRow[] | null {
  const rows = (json as { rows?: unknown } | null)?.rows;
  if (!Array.isArray(rows)) return null;
  const ok = rows.every(
    (r) =>
      Array.isArray(r) &&
      r.length >= 6 &&
      typeof r[0] === 'number' &&
      typeof r[1] === 'string' &&
      Number.isFinite(r[2]) &&
      Number.isFinite(r[3]) &&
      Number.isFinite(r[4]) &&
      typeof r[5] === 'string',
  );
  return ok ? (rows as EventRow[]) : null;
}

export interface LiveMap {
  render(scene: ResolvedScene, opts?: { animate?: boolean }): Promise<void>;
  resize(): void;
  destroy(): void;
  readonly element: SVGSVGElement;
}

export function createLiveMap(container: HTMLElement, opts: LiveMapOptions): LiveMap {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('class', 'map live-map');
  svg.setAttribute('role', 'img');
  if (opts.labelledBy) svg.setAttribute('aria-labelledby', opts.labelledBy);
  const sea = document.createElementNS(SVG_NS, 'rect');
  sea.setAttribute('class', 'sea');
  svg.append(sea);
  const levelGroups = new Map<LevelId, SVGGElement>();
  for (const level of LEVEL_ORDER) {
    const g = document.createElementNS(SVG_NS, 'g');
    g.setAttribute('class', `level level-${level}`);
    svg.append(g);
    levelGroups.set(level, g);
  }
  const overlay = document.createElementNS(SVG_NS, 'g');
  overlay.setAttribute('class', 'overlay');
  svg.append(overlay);
  container.replaceChildren(svg);

  const ctx = gsap.context(() => {}, container);
  let size: Size = measure();
  let current: { scene: ResolvedScene; model: MapModel } | null = null;
  let view: View | null = null;
  let flight: gsap.core.Tween | null = null;
  let token = 0;

  // The UCDP events are not in the page: fetched once, the first time a scene shows them.
  // Until they arrive (or if they never do) the scene is drawn without them.
  let eventRows: readonly EventRow[] | null = null;
  let eventsLoad: Promise<void> | null = null;
  const eventsUrl = opts.eventsUrl ?? dataUrl(EVENTS_FILE);

  function loadEvents(): void {
    eventsLoad ??= fetch(eventsUrl)
      .then((res) => {
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        return res.json() as Promise<unknown>;
      })
      .then((json) => {
        const rows = eventRowsOf(json);
        if (!rows) throw new Error('unexpected events file');
        eventRows = rows;
        // Redraw the overlay of the scene on screen if it wanted them (a flight in progress
        // picks them up when it lands).
        if (current?.scene.events && svg.dataset['settled'] === 'true') {
          const model = modelFor(current.scene);
          current = { scene: current.scene, model };
          joinNodes(overlay, model.overlay);
        }
      })
      .catch((err: unknown) => {
        console.warn('events data unavailable', err);
        container.classList.add('data-failed');
      });
  }

  // Labels are placed with the widths of the face the page really draws: on a first visit that
  // can be a fallback font wider than Inter, whose estimated widths let labels run off the edge.
  const ruler = document.createElementNS(SVG_NS, 'text');
  ruler.setAttribute('aria-hidden', 'true');
  ruler.setAttribute('visibility', 'hidden');
  svg.append(ruler);
  const widths = new Map<string, number>();
  const measureText = (text: string, cls: string): number => {
    const k = `${cls}|${text}`;
    let w = widths.get(k);
    if (w === undefined) {
      ruler.setAttribute('class', cls);
      ruler.textContent = text;
      const len = ruler.getComputedTextLength();
      if (!(len > 0)) return 0; // not laid out (hidden page): the model estimates instead
      w = len + 3; // + the halo
      widths.set(k, w);
    }
    return w;
  };
  document.fonts?.addEventListener?.('loadingdone', () => widths.clear());

  function modelFor(scene: ResolvedScene): MapModel {
    if (scene.events) loadEvents();
    return buildMapModel(scene, opts.index, { size, mode: opts.mode(), events: eventRows, measure: measureText });
  }

  function measure(): Size {
    const r = container.getBoundingClientRect();
    return { width: Math.max(200, Math.round(r.width)), height: Math.max(200, Math.round(r.height)) };
  }

  function setCamera(v: View): void {
    view = v;
    for (const [level, g] of levelGroups) g.setAttribute('transform', matrixAttr(levelMatrix(LEVELS[level], v, size)));
  }

  function applyLevels(model: MapModel, fade: boolean): void {
    for (const level of LEVEL_ORDER) {
      const g = levelGroups.get(level);
      if (!g) continue;
      const nodes = model.levels.find((l) => l.level === level)?.nodes ?? [];
      joinNodes(g, nodes, fade ? fadeHooks : {});
    }
  }

  const fadeHooks = {
    enter: (el: Element) => {
      ctx.add(() => gsap.fromTo(el, { opacity: 0 }, { opacity: 1, duration: 0.5, delay: 0.2 }));
    },
    exit: (el: Element) => {
      el.removeAttribute('data-key'); // leaving: never matched again
      ctx.add(() => gsap.to(el, { opacity: 0, duration: 0.35, onComplete: () => el.remove() }));
    },
  };

  /**
   * Overlay elements pinned to a place on the map while the camera moves: each frame they are
   * carried to where their anchor is under the moving camera. `ref` is the view their drawn
   * position belongs to (the old view for leaving elements, the new one for the rest).
   */
  // `base` is the element's own translate (markers), read on the first frame, once the join has
  // written its attributes; null for elements drawn by x/y (labels).
  type Pinned = { el: Element; anchor: readonly [number, number]; ref: View; base?: readonly [number, number] | null };
  let pinned: Pinned[] = [];
  /** The events group is carried as a whole (one matrix), not dot by dot. */
  let pinnedGroups: { el: Element; ref: View }[] = [];

  const translateOf = (el: Element): readonly [number, number] | null => {
    const m = /^translate\(([-\d.e]+)[ ,]+([-\d.e]+)\)$/.exec(el.getAttribute('transform') ?? '');
    return m ? [Number(m[1]), Number(m[2])] : null;
  };

  function pin(el: Element, anchor: readonly [number, number] | undefined, ref: View): void {
    if (anchor) pinned.push({ el, anchor, ref });
  }

  function carry(v: View): void {
    for (const p of pinned) {
      const [x0, y0] = unitToScreen(p.anchor, p.ref, size);
      const [x1, y1] = unitToScreen(p.anchor, v, size);
      const dx = x1 - x0;
      const dy = y1 - y0;
      if (p.base === undefined) p.base = translateOf(p.el);
      const [bx, by] = p.base ?? [0, 0];
      p.el.setAttribute('transform', `translate(${round(bx + dx, 1)} ${round(by + dy, 1)})`);
    }
    for (const g of pinnedGroups) {
      // Screen positions drawn for `ref`, mapped to where they are under `v`: a scale about
      // the unit-space origin's screen position and a shift.
      const s = viewScale(v, size) / viewScale(g.ref, size);
      const [ox, oy] = unitToScreen([0, 0], g.ref, size);
      const [nx, ny] = unitToScreen([0, 0], v, size);
      g.el.setAttribute('transform', `matrix(${round(s, 5)} 0 0 ${round(s, 5)} ${round(nx - s * ox, 1)} ${round(ny - s * oy, 1)})`);
    }
  }

  function unpin(): void {
    for (const p of pinned) {
      if (p.base === undefined) continue; // never carried
      if (p.base) p.el.setAttribute('transform', `translate(${p.base[0]} ${p.base[1]})`);
      else p.el.removeAttribute('transform');
    }
    for (const g of pinnedGroups) g.el.removeAttribute('transform');
    pinned = [];
    pinnedGroups = [];
  }

  /** Overlay groups whose children come and go one by one (the rest are panels). */
  const ITEM_GROUPS = new Set(['markers', 'labels', 'events']);

  /**
   * Join the new overlay so that nothing blanks: what stays stays (fully visible), what leaves
   * fades out, what arrives fades in; during a flight (duration > 0) leaving and arriving items
   * cross-fade over the flight, so some labels are always on screen.
   */
  function joinOverlay(model: MapModel, old: MapModel | null, from: View, to: View, duration: number): void {
    const outT = Math.max(0.3, duration * 0.55);
    const inDelay = duration * 0.2;
    const inT = Math.max(0.35, duration * 0.6);
    const enter = (el: Element): void => {
      ctx.add(() => gsap.fromTo(el, { opacity: 0 }, { opacity: 1, duration: inT, delay: inDelay, ease: 'none' }));
      if (duration > 0) {
        const key = el.getAttribute('data-key') ?? '';
        if (key === 'events') pinnedGroups.push({ el, ref: to });
        else pin(el, model.anchors[key], to);
      }
    };
    const exit = (el: Element): void => {
      const key = el.getAttribute('data-key') ?? '';
      el.removeAttribute('data-key'); // leaving: never matched again
      if (duration > 0) {
        if (key === 'events') pinnedGroups.push({ el, ref: from });
        else pin(el, old?.anchors[key], from);
      }
      ctx.add(() => gsap.to(el, { opacity: 0, duration: outT, ease: 'none', onComplete: () => el.remove() }));
    };
    const hooks = { enter, exit };
    // Top level: panels and item groups. Item groups are joined shallowly here, then item by item.
    joinNodes(
      overlay,
      model.overlay.map((n) => {
        if (!ITEM_GROUPS.has(n.key)) return n;
        const { children: _items, ...shallow } = n; // no children: the join leaves them alone
        return shallow;
      }),
      hooks,
    );
    for (const n of model.overlay) {
      if (!ITEM_GROUPS.has(n.key)) continue;
      const g = overlay.querySelector(`:scope > [data-key="${n.key}"]`);
      if (!g) continue;
      const before = new Set([...g.children]);
      joinNodes(g, n.children ?? [], n.key === 'events' ? {} : hooks);
      if (duration > 0) {
        if (n.key === 'events') {
          if (!pinnedGroups.some((p) => p.el === g)) pinnedGroups.push({ el: g, ref: to });
          continue;
        }
        // Items that stay: carried along too, from where the new model draws them.
        for (const el of g.children) {
          const key = el.getAttribute('data-key');
          if (key && before.has(el) && !pinned.some((p) => p.el === el)) pin(el, model.anchors[key], to);
        }
      }
    }
  }

  function writeState(model: MapModel): void {
    svg.setAttribute('viewBox', `0 0 ${model.width} ${model.height}`);
    svg.setAttribute('width', String(model.width));
    svg.setAttribute('height', String(model.height));
    sea.setAttribute('width', String(model.width));
    sea.setAttribute('height', String(model.height));
    svg.dataset['scene'] = model.state.scene;
    svg.dataset['camera'] = model.state.camera;
    svg.dataset['highlight'] = model.state.highlight;
    svg.dataset['markers'] = model.state.markers;
  }

  function cut(scene: ResolvedScene, model: MapModel): void {
    flight?.kill();
    flight = null;
    unpin();
    setCamera(model.view);
    applyLevels(model, false);
    joinNodes(overlay, model.overlay);
    gsap.set(overlay, { opacity: 1 });
    writeState(model);
    current = { scene, model };
    svg.dataset['settled'] = 'true';
  }

  async function render(scene: ResolvedScene, ro: { animate?: boolean } = {}): Promise<void> {
    let model = modelFor(scene);
    const withEvents = eventRows;
    const my = ++token;
    const from = view;
    // A reader who moves on while the camera is still flying is going faster than the camera:
    // cut to the new picture rather than chain half-finished flights (and repaint every frame).
    const flying = flight !== null && flight.isActive();
    const animate = (ro.animate ?? true) && opts.motion() && from !== null && current !== null && !flying;
    if (!animate || !from) {
      cut(scene, model);
      return;
    }
    flight?.kill();
    unpin();
    const old = current?.model ?? null;
    writeState(model);
    svg.dataset['settled'] = 'false';
    current = { scene, model };
    applyLevels(model, true);
    const to = model.view;
    const same = Math.abs(from.x - to.x) < 1e-9 && Math.abs(from.y - to.y) < 1e-9 && Math.abs(from.w - to.w) < 1e-12;
    const interp = interpolateZoom([from.x, from.y, from.w], [to.x, to.y, to.w]);
    const duration = same ? 0 : Math.min(1.8, Math.max(0.7, (interp.duration / 1000) * 0.9));
    // Labels and markers stay on screen: they ride with the camera and cross-fade as it goes.
    joinOverlay(model, old, from, to, duration);
    if (!same) carry(from);
    await new Promise<void>((resolve) => {
      const proxy = { t: 0 };
      flight = gsap.to(proxy, {
        t: 1,
        duration,
        ease: 'power2.inOut',
        onUpdate: () => {
          const [x, y, w] = interp(proxy.t);
          const v = { x, y, w };
          setCamera(v);
          carry(v);
        },
        onComplete: resolve,
        onInterrupt: resolve,
      });
    });
    if (my === token) flight = null;
    if (my !== token) return; // a newer render took over
    unpin();
    setCamera(to);
    if (scene.events && eventRows !== withEvents) {
      // The events arrived while the camera flew: draw them where it lands.
      model = modelFor(scene);
      current = { scene, model };
      joinNodes(overlay, model.overlay);
    }
    svg.dataset['settled'] = 'true';
  }

  return {
    element: svg,
    render,
    resize() {
      const next = measure();
      if (next.width === size.width && next.height === size.height) return;
      size = next;
      // A flight in progress was aimed at a view fitted to the old size: end it here (the
      // interrupted render sees a newer token and stops) and cut to the view fitted to this size.
      token++;
      if (current) cut(current.scene, modelFor(current.scene));
    },
    destroy() {
      flight?.kill();
      ctx.revert();
      svg.remove();
    },
  };
}
