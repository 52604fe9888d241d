import { Scene, WEBGL } from '../phaser';
import type { AppStore } from '../../app/store';
import { artFor, type ArtKey } from '../art';
import { bindStore } from '../bind';
import type { SceneData } from './TitleScene';

/**
 * An invisible scene that follows the store's screen and keeps exactly one illustration
 * running: it stops the one that no longer fits and launches the one that does, passing the
 * store in the start data. Scene operations are queued by Phaser and applied in order on the
 * next step, so the scene it last asked for is the one that ends up running.
 */
export class DirectorScene extends Scene {
  private store!: AppStore;
  private current: ArtKey | null = null;

  constructor() {
    super('director');
  }

  init(data: SceneData): void {
    this.store = data.store;
    this.current = null;
  }

  /** Milliseconds since anything last moved or changed. */
  private idle = 0;

  create(): void {
    this.store.setState({ renderer: this.game.renderer.type === WEBGL ? 'webgl' : 'canvas' });
    // A turn-based table need not redraw 60 times a second: the loop sleeps when nothing has
    // moved for a while and wakes on any change of the store or of the window's size. That
    // spares a school Chromebook's battery and keeps the controls responsive.
    const wake = () => {
      this.idle = 0;
      if (!this.game.loop.running && !this.hidden()) this.game.loop.wake();
    };
    bindStore(this, this.store, (s) => s, wake);
    window.addEventListener('resize', wake);
    this.events.once('shutdown', () => window.removeEventListener('resize', wake));
    bindStore(
      this,
      this.store,
      (s) => artFor(s.screen),
      (key) => {
        if (key === this.current) return;
        if (this.current) this.scene.stop(this.current);
        const data: SceneData = { store: this.store };
        this.scene.launch(key, data);
        this.current = key;
      },
    );
  }

  override update(_time: number, delta: number): void {
    const moving = this.game.scene.getScenes(true).some((sc) => sc.tweens.getTweens().length > 0);
    this.idle = moving ? 0 : this.idle + delta;
    // Reading screens hide the illustration: nothing to draw until it shows again.
    if (this.idle > DirectorScene.IDLE_MS || this.hidden()) this.game.loop.sleep();
  }

  /** True when the canvas is not on screen (an ancestor has display: none). */
  private hidden(): boolean {
    const c = this.game.canvas;
    return !c.isConnected || c.offsetParent === null;
  }

  static readonly IDLE_MS = 2500;
}
