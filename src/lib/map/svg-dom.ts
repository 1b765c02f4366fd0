// Live renderer: joins a list of virtual nodes into a DOM parent by key (d3 keyed join), so
// re-rendering the same model is a no-op and a new model only touches what differs.
import { select } from 'd3-selection';
import type { VNode } from './types.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

function setAttrs(el: Element, attrs: VNode['attrs']): void {
  for (const [k, v] of Object.entries(attrs)) {
    const s = String(v);
    if (el.getAttribute(k) !== s) el.setAttribute(k, s);
  }
}

export interface JoinHooks {
  enter?: (el: Element) => void;
  exit?: (el: Element) => void;
}

export function joinNodes(parent: Element, nodes: readonly VNode[], hooks: JoinHooks = {}): void {
  // Elements are keyed by their data-key attribute (not by their bound datum), so an element
  // that is fading out (its data-key removed) is never matched again. d3 calls the key function
  // with `this` = each existing child, then with `this` = the parent for each new datum.
  select(parent)
    .selectChildren<Element, VNode>()
    .data<VNode>([...nodes], function (this: Element | VNode[], d: VNode) {
      return this !== parent && this instanceof Element ? (this.getAttribute('data-key') ?? '') : d.key;
    })
    .join(
      (enter) =>
        enter.append((d) => {
          const el = document.createElementNS(SVG_NS, d.tag);
          el.setAttribute('data-key', d.key);
          return el;
        }).each(function () {
          hooks.enter?.(this);
        }),
      (update) => update,
      (exit) =>
        exit.each(function () {
          if (hooks.exit) hooks.exit(this);
          else this.remove();
        }),
    )
    .each(function (d) {
      if (this.tagName !== d.tag) {
        // Same key, different element: replace it (keys are unique per tag in practice).
        const el = document.createElementNS(SVG_NS, d.tag);
        el.setAttribute('data-key', d.key);
        this.replaceWith(el);
        setAttrs(el, d.attrs);
        if (d.text !== undefined) el.textContent = d.text;
        if (d.children) joinNodes(el, d.children);
        return;
      }
      setAttrs(this, d.attrs);
      if (d.text !== undefined) {
        if (this.textContent !== d.text) this.textContent = d.text;
      } else if (d.children) joinNodes(this, d.children);
    });
}
