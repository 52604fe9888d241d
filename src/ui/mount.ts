import type { AppStore, Screen } from '../app/store';

export interface UiContext {
  store: AppStore;
  root: HTMLElement;
  layout: HTMLElement;
  announcer: HTMLElement;
}

/** Mount the DOM interface: it re-renders the current screen whenever the store's screen changes. */
export function mountUi(ctx: UiContext): void {
  const { store, root, layout } = ctx;
  let shown: Screen | null = null;

  const render = () => {
    const { screen, prefs } = store.getState();
    document.documentElement.classList.toggle('large-text', prefs.largeText);
    if (screen === shown) return;
    const first = shown === null;
    shown = screen;
    layout.dataset.screen = screen;
    if (screen === 'title') {
      // The title markup ships in index.html so that it paints before any script runs.
      if (!first) root.replaceChildren(titleScreen());
      wire(root, store);
      return;
    }
    root.replaceChildren(placeholderFor(screen, store));
    root.focus();
  };
  store.subscribe(render);
  render();
}

function titleScreen(): HTMLElement {
  const section = document.createElement('section');
  section.className = 'screen';
  section.setAttribute('aria-labelledby', 'title-start');
  section.innerHTML = `<h2 id="title-start" class="visually-hidden">Start</h2>
    <p class="lede">No account, no install. A round takes 10 to 30 minutes.</p>
    <div class="actions"><button type="button" class="btn primary" data-action="start">Start a round</button></div>`;
  return section;
}

function wire(root: HTMLElement, store: AppStore): void {
  const start = root.querySelector<HTMLButtonElement>('[data-action="start"]');
  start?.addEventListener('click', () => store.setState({ screen: 'setup' }));
}

function placeholderFor(screen: Screen, store: AppStore): HTMLElement {
  const section = document.createElement('section');
  section.className = 'screen';
  const h = document.createElement('h2');
  h.textContent = screen;
  const back = document.createElement('button');
  back.type = 'button';
  back.className = 'btn';
  back.textContent = 'Back to the title';
  back.addEventListener('click', () => store.setState({ screen: 'title' }));
  section.append(h, back);
  return section;
}
