/**
 * A tiny SVG builder in the spirit of `h()` (src/ui/dom.ts): attributes are set one by one and
 * text is always a text node, so a nickname or a label can never become markup.
 */
const NS = 'http://www.w3.org/2000/svg';

export type SvgAttrs = Record<string, string | number | null | undefined | false>;
export type SvgChild = SVGElement | string | number | null | undefined | false | SvgChild[];

export function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs: SvgAttrs = {}, ...children: SvgChild[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    el.setAttribute(k, String(v));
  }
  add(el, children);
  return el;
}

function add(el: SVGElement, children: SvgChild[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) add(el, c);
    else if (typeof c === 'string' || typeof c === 'number') el.appendChild(document.createTextNode(String(c)));
    else el.appendChild(c);
  }
}

/** Round a coordinate to 0.1 of a user unit: smaller markup, identical pictures. */
export const r1 = (v: number): number => Math.round(v * 10) / 10;

/** A polyline's `points` attribute. */
export const pointsAttr = (pts: readonly { x: number; y: number }[]): string => pts.map((p) => `${r1(p.x)},${r1(p.y)}`).join(' ');

let uid = 0;
/** Ids for patterns and clip paths: unique in the page even with several charts. */
export const svgId = (prefix: string): string => `${prefix}-${++uid}`;
