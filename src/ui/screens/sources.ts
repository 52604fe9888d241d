import type { Source } from '../../sim';
import { h } from '../dom';

const KIND: Record<Source['kind'], string> = { primary: 'primary source', secondary: 'news report', derived: 'our estimate', provisional: 'provisional' };

const HISTORY = 'Strike Clock\u2019s research notes on the history';
const THEORY = 'Strike Clock\u2019s research notes on bargaining theory';

/**
 * A source's citation in words a player reads: the game's internal file references
 * ("research/facts.md §8A", "facts §9") become what they are, the game's research notes.
 */
export function sourceWords(text: string): string {
  const sections = String.raw`\s*§\s*[\w.]+(?:\s*,\s*§\s*[\w.]+)*`;
  return text
    .replace(new RegExp(String.raw`research/facts\.md(?:${sections})?`, 'g'), HISTORY)
    .replace(new RegExp(String.raw`research/models\.md(?:${sections})?`, 'g'), THEORY)
    .replace(new RegExp(String.raw`\bfacts${sections}`, 'g'), HISTORY)
    .replace(/\(\s*\)/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** Where a link goes, in words: "worldscreen.com". */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return 'the source';
  }
}

/** A source line for a figure shown to players: the citation in words, its kind, and a link named by its site. */
export function sourceNote(src: Source): HTMLElement {
  return h(
    'p',
    { class: 'source' },
    h('span', { class: 'source-kind' }, `Source (${KIND[src.kind]}): `),
    sourceWords(src.text),
    src.url ? [' ', h('a', { href: src.url, rel: 'noopener noreferrer', target: '_blank' }, `Read it on ${siteOf(src.url)}`)] : null,
  );
}
