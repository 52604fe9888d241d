import { makeClassCode, parseClassCode, randomSeed } from '../../app/codes';
import { SCENARIOS, type Difficulty, type GameConfig, type Pace } from '../../sim';
import { h } from '../dom';
import type { UiContext } from '../mount';

import { radioGroup } from '../forms';

const SIDE_WORDS: Record<GameConfig['human'], string> = { union: "the actors' union", studio: "the studios' alliance", both: 'two players on one device (hot-seat)' };

/** A class code in words, read back from the code itself (so what is shown is what it holds). */
export function describeCode(code: string): string {
  const r = parseClassCode(code);
  if (!r.ok) return r.error;
  const c = r.value;
  const sc = SCENARIOS[c.scenario];
  return `${sc ? sc.title : c.scenario} · students play ${SIDE_WORDS[c.human]} · ${c.human === 'both' ? 'no computer' : `${c.difficulty} computer`} · ${c.pace} pace · seed ${c.seed}`;
}

/** (a) Create a class code: settings, a fresh random seed, the code and a link, with copy buttons. */
export function classCodeBlock(ctx: UiContext): HTMLElement {
  const { services, announcer } = ctx;
  const cfg: GameConfig = { scenario: Object.keys(SCENARIOS).includes('2026') ? '2026' : Object.keys(SCENARIOS)[0]!, seed: '', human: 'union', difficulty: 'normal', pace: 'standard' };
  const out = h('output', { id: 't-code', for: 't-create-form', 'aria-live': 'polite' });
  const words = h('p', { class: 'hint', id: 't-code-words' });
  const link = h('a', { class: 't-link', id: 't-code-link', href: '#', rel: 'noopener noreferrer', target: '_blank' });
  const msg = h('p', { class: 'hint', role: 'status' });
  const err = h('p', { class: 'field-error', role: 'alert' });
  const copyCode = h('button', { type: 'button', class: 'btn small', disabled: true }, 'Copy the code');
  const copyLink = h('button', { type: 'button', class: 'btn small', disabled: true }, 'Copy the link');
  const bigBtn = h('button', { type: 'button', class: 'btn small primary', disabled: true, on: { click: () => showFull(code, url) } }, 'Show the code full-screen');
  const result = h(
    'div',
    { class: 't-code', hidden: true },
    h('p', {}, h('span', { class: 'visually-hidden' }, 'Class code: '), out),
    words,
    h('p', {}, 'Link that opens the round: ', link),
    h('div', { class: 'actions' }, bigBtn, copyCode, copyLink),
    msg,
  );
  let code = '';
  let url = '';

  const create = (e: Event) => {
    e.preventDefault();
    const made = makeClassCode({ ...cfg, seed: randomSeed(services.random) });
    if (!made.ok) {
      err.textContent = made.error;
      return;
    }
    err.textContent = '';
    code = made.value;
    url = `${services.pageUrl()}?class=${encodeURIComponent(code)}`;
    out.textContent = code;
    words.textContent = describeCode(code);
    link.textContent = url;
    link.href = url;
    copyCode.disabled = false;
    copyLink.disabled = false;
    bigBtn.disabled = false;
    msg.textContent = '';
    result.hidden = false;
    announcer.say(`Class code ${code.split('').join(' ')} created.`);
  };
  const copy = async (text: string, what: string) => {
    msg.textContent = (await services.copy(text)) ? `${what} copied.` : `Your browser would not copy: select the ${what.toLowerCase()} and copy it.`;
  };
  copyCode.addEventListener('click', () => void copy(code, 'The code'));
  copyLink.addEventListener('click', () => void copy(url, 'The link'));

  const form = h(
    'form',
    { id: 't-create-form', on: { submit: create } },
    h(
      'div',
      { class: 't-options' },
      radioGroup(
        't-scenario',
        'Scenario',
        Object.values(SCENARIOS).map((s) => ({ value: s.id, label: s.title })),
        cfg.scenario,
        (v) => (cfg.scenario = v),
      ),
      radioGroup<GameConfig['human']>(
        't-side',
        'Students play',
        [
          { value: 'union', label: "The actors' union" },
          { value: 'studio', label: "The studios' alliance" },
          { value: 'both', label: 'Both sides, in pairs (hot-seat)' },
        ],
        cfg.human,
        (v) => (cfg.human = v),
      ),
      radioGroup<Difficulty>(
        't-difficulty',
        'The computer negotiator',
        [
          { value: 'easy', label: 'Easy', help: 'Concedes early.' },
          { value: 'normal', label: 'Normal', help: 'Concedes steadily.' },
          { value: 'hard', label: 'Hard', help: 'Holds firm until late.' },
        ],
        cfg.difficulty,
        (v) => (cfg.difficulty = v),
      ),
      radioGroup<Pace>(
        't-pace',
        'Pace',
        [
          { value: 'standard', label: 'Standard', help: 'About 20–30 minutes.' },
          { value: 'quick', label: 'Quick', help: 'About 10 minutes.' },
        ],
        cfg.pace,
        (v) => (cfg.pace = v),
      ),
    ),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'btn primary' }, 'Create a class code')),
    err,
  );
  return h(
    'section',
    { class: 't-block t-create', 'aria-labelledby': 't-create-title' },
    h('h3', { id: 't-create-title' }, 'Create a class code'),
    h('p', {}, 'Everyone who joins with the same code plays the identical round: the same scenario, side, computer and hidden draws. Each new code gets a fresh random seed.'),
    form,
    result,
  );
}

/**
 * The class code across a projected screen: the code in letters as large as the screen allows,
 * what it sets up, and the link. Escape or the button closes it (and leaves full screen).
 */
export function showFull(code: string, url: string): void {
  const back = document.activeElement as HTMLElement | null;
  const close = h('button', { type: 'button', class: 'btn primary' }, 'Close');
  const dlg = h(
    'dialog',
    { class: 'code-full', 'aria-labelledby': 'code-full-title' },
    h('h2', { id: 'code-full-title' }, 'Class code'),
    h('p', { class: 'code-full-code', 'aria-label': code.split('').join(' ') }, code),
    h('p', { class: 'code-full-words' }, describeCode(code)),
    h('p', { class: 'code-full-how' }, 'Open Strike Clock, choose \u201cJoin a class\u201d and type this code. Or open: ', h('span', { class: 't-link' }, url)),
    h('div', { class: 'actions' }, close),
  );
  const done = () => dlg.close();
  close.addEventListener('click', done);
  dlg.addEventListener('close', () => {
    dlg.remove();
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    back?.focus();
  });
  document.body.appendChild(dlg);
  dlg.showModal();
  close.focus();
  // A real full screen where the browser allows it (the overlay fills the window either way).
  void document.documentElement.requestFullscreen?.().catch(() => {});
}
