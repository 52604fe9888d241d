import { AUTO, Game, Scale } from 'phaser';
import type { AppStore } from '../app/store';
import { GAME_HEIGHT, GAME_WIDTH, palette } from './palette';
import { TitleScene } from './scenes/TitleScene';

/**
 * Boot Phaser into the reserved container. The store is injected (no module singleton) and
 * reaches every scene through its start data. Phaser's keyboard is off: the DOM controls
 * own the keyboard, so Phaser never swallows Space or the arrow keys.
 */
export function createGame(parent: HTMLElement, store: AppStore): Game {
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
  });
  game.scene.add('title', TitleScene, true, { store });
  return game;
}
