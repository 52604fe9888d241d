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

/** Shrink a one-line text to fit a width (rare long values); never grows it. */
export function fitText(t: GameObjects.Text, maxWidth: number): void {
  t.setScale(1);
  if (t.width > maxWidth) t.setScale(maxWidth / t.width);
}

export function setColour(t: GameObjects.Text, colour: number): void {
  const c = css(colour);
  if (t.style.color !== c) t.setColor(c);
}
