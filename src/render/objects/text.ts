import type { GameObjects, Scene, Types } from 'phaser';
import { DISPLAY_FONT, FONT, css, palette } from '../palette';

export interface TextOpts {
  /** Logical pixels at 1280×720; 20 is the floor for anything a player must read. */
  size?: number;
  colour?: number;
  bold?: boolean;
  display?: boolean;
  wrap?: number;
  maxLines?: number;
  align?: 'left' | 'center' | 'right';
  originX?: number;
  originY?: number;
}

export function addText(scene: Scene, x: number, y: number, s: string, o: TextOpts = {}): GameObjects.Text {
  const style: Types.GameObjects.Text.TextStyle = {
    fontFamily: o.display ? DISPLAY_FONT : FONT,
    fontSize: `${o.size ?? 20}px`,
    color: css(o.colour ?? palette.ink),
    fontStyle: o.bold ? 'bold' : 'normal',
    align: o.align ?? 'left',
    padding: { top: 2, bottom: 2 },
  };
  if (o.wrap) style.wordWrap = { width: o.wrap, useAdvancedWrap: true };
  if (o.maxLines) style.maxLines = o.maxLines;
  return scene.add.text(x, y, s, style).setOrigin(o.originX ?? 0, o.originY ?? 0);
}

/**
 * The smallest a shrunk text may get, in logical pixels: in projector mode the canvas is at least
 * 1,536 px wide on a 1920×1080 screen, so 18 logical px are at least 24 px there.
 */
export const MIN_TEXT_PX = 18;

/**
 * Fit a one-line text into a width: shrink it (never below MIN_TEXT_PX), and if it is still too
 * long, cut it with an ellipsis (the DOM beside the canvas carries every word). Never grows it.
 */
export function fitText(t: GameObjects.Text, maxWidth: number): void {
  t.setScale(1);
  if (t.width <= maxWidth) return;
  const size = parseFloat(String(t.style.fontSize)) || 20;
  const least = Math.min(1, MIN_TEXT_PX / size);
  const scale = maxWidth / t.width;
  if (scale >= least) {
    t.setScale(scale);
    return;
  }
  t.setScale(least);
  const full = t.text;
  let lo = 0;
  let hi = full.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    t.setText(`${full.slice(0, mid).trimEnd()}\u2026`);
    if (t.width * least <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  t.setText(`${full.slice(0, lo).trimEnd()}\u2026`);
}

export function setColour(t: GameObjects.Text, colour: number): void {
  const c = css(colour);
  if (t.style.color !== c) t.setColor(c);
}
