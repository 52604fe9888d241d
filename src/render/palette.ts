/** Colours shared by the scenes; they match the CSS custom properties in src/ui/styles.css. */
export const palette = {
  night: 0x0d1424,
  panel: 0x16213a,
  line: 0x33446b,
  ink: 0xf5efe0,
  inkDim: 0xc9c2b0,
  union: 0xf2b134,
  studio: 0x5fc4c0,
  danger: 0xff7b6b,
  ok: 0x8fd694,
} as const;

export const css = (hex: number): string => `#${hex.toString(16).padStart(6, '0')}`;

export const GAME_WIDTH = 1280;
export const GAME_HEIGHT = 720;
