import type { Scene } from 'phaser';

/**
 * The canvas container has role="img"; its accessible name says in one sentence what the
 * picture shows. The DOM controls carry everything else.
 */
export function setCanvasLabel(scene: Scene, text: string): void {
  const el = scene.scale.parent as HTMLElement | null;
  if (el && typeof el.getAttribute === 'function' && el.getAttribute('aria-label') !== text) el.setAttribute('aria-label', text);
}
