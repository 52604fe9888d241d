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

/**
 * The box's home in the page layout, found once while it is there: a table screen built while
 * another still held the box used to take that screen's slot for the home, and giving the box
 * back then put it into a screen that was gone (a playtester's illustration vanished after
 * "Play this round again").
 */
let homeSpot: { parent: HTMLElement; before: Node | null } | null = null;
function homeOf(stage: HTMLElement): { parent: HTMLElement; before: Node | null } | null {
  if (!homeSpot && stage.parentElement && !stage.parentElement.closest('.stage-slot')) homeSpot = { parent: stage.parentElement, before: stage.nextSibling };
  return homeSpot;
}

export function borrowStage(): BorrowedStage {
  const stage = document.getElementById('stage');
  const spot = stage ? homeOf(stage) : null;
  const home = spot?.parent ?? null;
  const before = spot?.before ?? null;
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
