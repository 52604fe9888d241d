import type { Scene } from 'phaser';
import unionUrl from '../../assets/art/union-committee.svg?no-inline';
import studioUrl from '../../assets/art/studio-committee.svg?no-inline';
import tableUrl from '../../assets/art/table.svg?no-inline';

/**
 * The game's source art (assets/art, SVG, original) as Phaser textures. Each is rasterised once at
 * the size the table draws it; a scene that starts again finds them already loaded. If a file
 * cannot load (an old offline copy), the scene draws its simple shapes instead.
 */
export const ART = {
  union: { key: 'art-union-committee', url: unionUrl, width: 184, height: 250 },
  studio: { key: 'art-studio-committee', url: studioUrl, width: 184, height: 250 },
  table: { key: 'art-table', url: tableUrl, width: 888, height: 272 },
} as const;

export function loadArt(scene: Scene): void {
  for (const a of Object.values(ART)) if (!scene.textures.exists(a.key)) scene.load.svg(a.key, a.url, { width: a.width, height: a.height });
}
