import type { GameObjects } from 'phaser';
import { Scene } from '../phaser';
import type { AppStore } from '../../app/store';
import { setCanvasLabel } from '../a11y';
import { bindStore } from '../bind';
import { GAME_HEIGHT, GAME_WIDTH, css, palette } from '../palette';
import { ART, loadArt } from '../artAssets';

export interface SceneData {
  store: AppStore;
}

/**
 * The title art: a studio lot at night under a marquee, a strike clock over the lot,
 * and the two committees' tables facing each other. Drawn with vector shapes: no
 * image files, no logos, no likenesses.
 */
export class TitleScene extends Scene {
  private store!: AppStore;
  private hand!: GameObjects.Graphics;
  private bulbs: GameObjects.Arc[] = [];
  private elapsed = 0;

  constructor() {
    super('title');
  }

  init(data: SceneData): void {
    this.store = data.store;
    // The scene object is reused when the title is shown again: start from a clean slate.
    this.bulbs = [];
    this.elapsed = 0;
  }

  preload(): void {
    loadArt(this);
  }

  create(): void {
    setCanvasLabel(this, 'Title picture: a studio lot at night under a strike clock, with the union committee (four members in work clothes) and the studio alliance (four executives in suits) at their tables.');
    const w = GAME_WIDTH;
    const h = GAME_HEIGHT;
    const g = this.add.graphics();

    // Sky and searchlights.
    g.fillGradientStyle(0x0a1020, 0x0a1020, 0x1c2a4a, 0x1c2a4a, 1);
    g.fillRect(0, 0, w, h);
    g.fillStyle(palette.ink, 0.05);
    g.fillTriangle(180, h, 330, 0, 420, 0);
    g.fillTriangle(1100, h, 900, 0, 990, 0);

    // Soundstages: arched roofs along the horizon.
    const groundY = 520;
    for (let i = 0; i < 7; i++) {
      const x = 40 + i * 180;
      const sw = 160;
      const sh = 110 + ((i * 37) % 60);
      g.fillStyle(0x141f38, 1);
      g.fillRect(x, groundY - sh, sw, sh);
      g.fillEllipse(x + sw / 2, groundY - sh, sw, 46);
      g.fillStyle(palette.line, 1);
      g.fillRect(x + sw / 2 - 14, groundY - 44, 28, 44);
      g.fillStyle(palette.ink, 0.12);
      g.fillRect(x + 12, groundY - sh + 20, sw - 24, 6);
    }
    g.fillStyle(0x0b1222, 1);
    g.fillRect(0, groundY, w, h - groundY);

    // The clock.
    const cx = w / 2;
    const cy = 250;
    const r = 150;
    g.fillStyle(palette.night, 1);
    g.fillCircle(cx, cy, r + 14);
    g.lineStyle(10, palette.union, 1);
    g.strokeCircle(cx, cy, r + 8);
    g.fillStyle(0x1a2644, 1);
    g.fillCircle(cx, cy, r);
    for (let i = 0; i < 60; i++) {
      const a = (i / 60) * Math.PI * 2;
      const long = i % 5 === 0;
      const r0 = long ? r - 26 : r - 12;
      g.lineStyle(long ? 6 : 2, palette.ink, long ? 0.95 : 0.5);
      g.lineBetween(cx + Math.cos(a) * r0, cy + Math.sin(a) * r0, cx + Math.cos(a) * (r - 4), cy + Math.sin(a) * (r - 4));
    }
    // A red arc: the strike days already lost.
    g.lineStyle(14, palette.danger, 0.85);
    g.beginPath();
    g.arc(cx, cy, r - 44, -Math.PI / 2, -Math.PI / 2 + Math.PI * 0.65, false);
    g.strokePath();

    this.hand = this.add.graphics({ x: cx, y: cy });
    this.drawHand();
    g.fillStyle(palette.union, 1);
    g.fillCircle(cx, cy, 10);

    // Marquee with bulbs.
    const mx = cx - 330;
    const my = 430;
    g.fillStyle(0x241a0a, 1);
    g.fillRoundedRect(mx, my, 660, 92, 14);
    g.lineStyle(4, palette.union, 1);
    g.strokeRoundedRect(mx, my, 660, 92, 14);
    this.add
      .text(cx, my + 46, 'NOW NEGOTIATING', {
        fontFamily: 'Georgia, serif',
        fontSize: '44px',
        color: css(palette.ink),
        fontStyle: 'bold',
      })
      .setOrigin(0.5);
    for (let i = 0; i < 22; i++) {
      const top = this.add.circle(mx + 15 + i * 30, my - 8, 5, palette.union, 1);
      const bottom = this.add.circle(mx + 15 + i * 30, my + 100, 5, palette.union, 1);
      this.bulbs.push(top, bottom);
    }

    // The two tables: union (amber, left), studios (teal, right), each labelled in words.
    this.drawTable(210, 620, palette.union, 'UNION COMMITTEE', ART.union.key);
    this.drawTable(w - 210, 620, palette.studio, 'STUDIO ALLIANCE', ART.studio.key);

    bindStore(
      this,
      this.store,
      (s) => s.prefs.reducedMotion,
      (still) => {
        if (still) for (const b of this.bulbs) b.setAlpha(1);
      },
    );
  }

  private drawTable(x: number, y: number, colour: number, label: string, art: string): void {
    // The committee's people (assets/art) behind their table; simple heads if the art is missing.
    if (this.textures.exists(art)) this.add.image(x, y - 14, art).setOrigin(0.5, 1).setScale(0.78);
    const g = this.add.graphics();
    g.fillStyle(colour, 1);
    g.fillRoundedRect(x - 170, y - 14, 340, 28, 8);
    if (!this.textures.exists(art))
      for (let i = 0; i < 4; i++) {
        g.fillStyle(colour, 0.85);
        g.fillCircle(x - 120 + i * 80, y - 40, 20);
        g.fillRoundedRect(x - 140 + i * 80, y - 22, 40, 14, 6);
      }
    this.add
      .text(x, y + 40, label, { fontFamily: 'system-ui, sans-serif', fontSize: '24px', color: css(colour), fontStyle: 'bold' })
      .setOrigin(0.5);
  }

  private drawHand(): void {
    this.hand.clear();
    this.hand.lineStyle(8, palette.ink, 1);
    this.hand.lineBetween(0, 0, 0, -118);
    this.hand.lineStyle(12, palette.ink, 1);
    this.hand.lineBetween(0, 0, 62, 0);
  }

  override update(_time: number, delta: number): void {
    if (this.store.getState().prefs.reducedMotion) return;
    this.elapsed += delta;
    this.hand.rotation += delta * 0.0004;
    const phase = Math.floor(this.elapsed / 450) % 2;
    this.bulbs.forEach((b, i) => b.setAlpha(i % 2 === phase ? 1 : 0.35));
  }
}
