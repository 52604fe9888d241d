import { h } from './dom';
import type { ScreenView, UiContext } from './mount';

type Factory = (ctx: UiContext) => ScreenView;

/**
 * A screen whose code loads on demand, in its own chunk, so the first paint carries only what
 * the title needs (the budget: 60 kB of script before the first interaction). The chunks are
 * fetched as soon as the title has painted (see `prefetchScreens`), so a player never waits; if
 * one is not there yet, the screen says so in its place for the moment it takes. Once loaded,
 * the real screen takes over: its updates, its clean-up, and the focus if its stand-in had it.
 */
export function lazyView(load: () => Promise<Factory>, title: string): Factory {
  let ready: Factory | null = null;
  const get = () => load().then((f) => (ready = f));
  return (ctx) => {
    if (ready) return ready(ctx);
    const heading = h('h2', { tabindex: -1 }, title);
    const el = h('section', { class: 'screen', 'aria-busy': 'true' }, heading, h('p', { role: 'status' }, 'Opening\u2026'));
    let real: ScreenView | null = null;
    let gone = false;
    get()
      .then((f) => {
        if (gone) return;
        real = f(ctx);
        const hadFocus = el.contains(document.activeElement);
        el.replaceWith(real.el);
        real.update?.();
        if (hadFocus) (real.focus ?? real.el.querySelector<HTMLElement>('h2, h1'))?.focus();
      })
      .catch((e: unknown) => {
        if (gone) return;
        el.removeAttribute('aria-busy');
        el.replaceChildren(
          heading,
          h('p', { class: 'field-error', role: 'alert' }, `This screen could not be opened: ${e instanceof Error ? e.message : String(e)}. Reload the page: your round is saved.`),
          h('div', { class: 'actions' }, h('button', { type: 'button', class: 'btn primary', on: { click: () => ctx.services.reload() } }, 'Reload')),
        );
      });
    return {
      el,
      update: () => real?.update?.(),
      destroy: () => {
        gone = true;
        real?.destroy?.();
      },
    };
  };
}

const loaders: (() => Promise<unknown>)[] = [];
/** Register a screen chunk to fetch after the first paint. */
export function lazyChunk<T>(load: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | null = null;
  const once = () => (p ??= load());
  loaders.push(once);
  return once;
}
/** Fetch every lazy screen's code now (called once the title has painted). */
export function prefetchScreens(): void {
  for (const l of loaders) void l().catch(() => {});
}
