import type { Screen } from '../app/store';

export type ArtKey = 'title' | 'table';

/** Which illustration goes with each screen of the DOM interface (Phaser-free, so testable in Node). */
export function artFor(screen: Screen): ArtKey {
  switch (screen) {
    case 'briefing':
    case 'handover':
    case 'table':
    case 'ending':
    case 'debrief':
      return 'table';
    case 'title':
    case 'setup':
    case 'teacher':
    case 'glossary':
    case 'guide':
      return 'title';
  }
}
