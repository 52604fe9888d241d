/**
 * The illustration's box (#stage, with Phaser's canvas inside) lives in the page layout beside
 * the screens. The table screen borrows it into its own grid (beside the board at a desk, across
 * the top in projector mode), so the canvas, the other side's latest answer, the offer on the
 * table and the package form share one screen; the box goes home when the screen leaves. Moving
 * the element keeps the canvas and its WebGL context; a resize event makes Phaser measure again.
 */
export interface BorrowedStage {
  place(slot: HTMLElement): void;
  giveBack(): void;
}

export function borrowStage(): BorrowedStage {
  const stage = document.getElementById('stage');
  const home = stage?.parentElement ?? null;
  const before = stage?.nextSibling ?? null;
  const nudge = () => requestAnimationFrame(() => window.dispatchEvent(new Event('resize')));
  return {
    place(slot) {
      if (!stage || stage.parentElement === slot) return;
      slot.appendChild(stage);
      nudge();
    },
    giveBack() {
      if (!stage || !home || stage.parentElement === home) return;
      home.insertBefore(stage, before && before.parentNode === home ? before : null);
      nudge();
    },
  };
}
