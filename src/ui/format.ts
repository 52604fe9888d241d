/** The shared number formats (src/app/format.ts: the DOM and the canvas use the same ones), and side names. */
export { dateOf, dollars, moneyK, pct, pct1, plural, points, pointsWord, pts, share, signedPoints, daysWord } from '../app/format';

export const sideName = (side: 'union' | 'studio'): string => (side === 'union' ? 'Union' : 'Studios');
export const sideLong = (side: 'union' | 'studio'): string => (side === 'union' ? "the actors' union" : "the studios' alliance");
