import clock from '../../assets/art/icon-clock.svg?no-inline';
import handshake from '../../assets/art/icon-handshake.svg?no-inline';
import news from '../../assets/art/icon-news.svg?no-inline';
import picket from '../../assets/art/icon-picket.svg?no-inline';
import { h } from './dom';

/** The game's icons (assets/art, original SVG). Decorative: the words beside them say it all. */
const ICONS = { clock, handshake, news, picket } as const;

export const icon = (name: keyof typeof ICONS): HTMLImageElement => h('img', { src: ICONS[name], alt: '', class: 'icon', width: 22, height: 22, 'aria-hidden': 'true' });
