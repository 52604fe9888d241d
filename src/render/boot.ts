import type { Game as PhaserGame } from 'phaser';
import { AUTO, Game, Scale } from './phaser';
import type { AppStore } from '../app/store';
import { GAME_HEIGHT, GAME_WIDTH, palette } from './palette';
import { DirectorScene } from './scenes/DirectorScene';
import { TableScene } from './scenes/TableScene';
import { TitleScene, type SceneData } from './scenes/TitleScene';

/**
 * Boot Phaser into the reserved container. The store is injected (no module singleton) and
 * reaches every scene through its start data. Phaser's keyboard is off: the DOM controls
 * own the keyboard, so Phaser never swallows Space or the arrow keys.
 *
 * The director (the only scene started here) follows the store's screen and runs the title
 * or the table illustration.
 */
export function createGame(parent: HTMLElement, store: AppStore): PhaserGame {
  const game = new Game({
    type: AUTO,
    parent,
    width: GAME_WIDTH,
    height: GAME_HEIGHT,
    backgroundColor: palette.night,
    banner: false,
    audio: { noAudio: true },
    input: { keyboard: false },
    scale: { mode: Scale.FIT, autoCenter: Scale.CENTER_BOTH },
    render: { antialias: true },
    // Enough for smooth tweens; half the work of 60 frames a second on a slow machine.
    fps: { limit: 30 },
  });
  const data: SceneData = { store };
  game.scene.add('title', TitleScene, false);
  game.scene.add('table', TableScene, false);
  game.scene.add('director', DirectorScene, true, data);
  return game;
}
