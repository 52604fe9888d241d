import type { Source } from '../../sim';
import { h } from '../dom';

const KIND: Record<Source['kind'], string> = { primary: 'primary source', secondary: 'news report', derived: 'our estimate', provisional: 'provisional' };

/** A source line for a figure shown to players: the citation, its kind, and a link if there is one. */
export function sourceNote(src: Source): HTMLElement {
  return h(
    'p',
    { class: 'source' },
    h('span', { class: 'source-kind' }, `Source (${KIND[src.kind]}): `),
    src.text,
    src.url ? [' ', h('a', { href: src.url, rel: 'noopener noreferrer', target: '_blank' }, 'link')] : null,
  );
}
