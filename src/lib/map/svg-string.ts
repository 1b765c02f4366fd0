// Build-time renderer: a MapModel as an SVG string. Used for every step's static map.
import { LEVELS } from '../geo/levels.ts';
import { levelMatrix, matrixAttr } from '../geo/view.ts';
import type { MapModel, VNode } from './types.ts';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeXml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESC[c] ?? c);

export function nodeToString(n: VNode): string {
  const attrs = Object.entries(n.attrs)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
  const inner = (n.text !== undefined ? escapeXml(n.text) : '') + (n.children ?? []).map(nodeToString).join('');
  return `<${n.tag}${attrs}>${inner}</${n.tag}>`;
}

export interface SvgOptions {
  /** Extra attributes for the root <svg> (role, aria-labelledby, class, data-*). */
  attrs: Record<string, string>;
}

export function modelToSvg(model: MapModel, opts: SvgOptions): string {
  const size = { width: model.width, height: model.height };
  const levels = model.levels
    .map(({ level, nodes }) => {
      const m = matrixAttr(levelMatrix(LEVELS[level], model.view, size));
      return `<g class="level level-${level}" transform="${m}">${nodes.map(nodeToString).join('')}</g>`;
    })
    .join('');
  const overlay = `<g class="overlay">${model.overlay.map(nodeToString).join('')}</g>`;
  const state = {
    'data-scene': model.state.scene,
    'data-camera': model.state.camera,
    'data-highlight': model.state.highlight,
    'data-markers': model.state.markers,
  };
  const attrs = Object.entries({ ...opts.attrs, ...state })
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${model.width} ${model.height}"${attrs}><rect class="sea" width="${model.width}" height="${model.height}"></rect>${levels}${overlay}</svg>`;
}
