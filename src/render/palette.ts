/** Colours shared by the scenes; they match the CSS custom properties in src/ui/styles.css. */
export const palette = {
  night: 0x0d1424,
  panel: 0x16213a,
  panel2: 0x1d2a47,
  line: 0x33446b,
  ink: 0xf5efe0,
  inkDim: 0xc9c2b0,
  union: 0xf2b134,
  studio: 0x5fc4c0,
  danger: 0xff7b6b,
  ok: 0x8fd694,
  focus: 0xffe27a,
  /** Paper of cards and news clippings, and the dark inks printed on it. */
  paper: 0xf5efe0,
  paperInk: 0x0d1424,
  paperDim: 0x4a4f5c,
  paperRed: 0xa61e14,
  /** The bargaining table: dark walnut with a lighter edge. */
  wood: 0x3a2a1e,
  woodEdge: 0x5e4531,
  neutral: 0x8a93a8,
  strike: 0xc0392b,
} as const;

export const css = (hex: number): string => `#${hex.toString(16).padStart(6, '0')}`;

export const GAME_WIDTH = 1280;
export const GAME_HEIGHT = 720;

/** System fonts only: nothing is fetched. */
export const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Ubuntu, "Noto Sans", sans-serif';
export const DISPLAY_FONT = '"Iowan Old Style", "Palatino Linotype", Palatino, "Book Antiqua", Georgia, serif';
