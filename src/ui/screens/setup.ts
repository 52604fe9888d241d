import { EXAMPLE_CLASS_CODE, makeClassCode, parseClassCode, randomSeed } from '../../app/codes';
import { SCENARIOS, type Difficulty, type GameConfig, type Pace } from '../../sim';
import { h } from '../dom';
import { radioGroup } from '../forms';
import type { ScreenView, UiContext } from '../mount';
import { mayReplace } from '../replace';

const DIFFICULTIES: { value: Difficulty; label: string; help: string }[] = [
  { value: 'easy', label: 'Easy', help: 'A conceder: the other side gives ground early, and the studios settle for a little less.' },
  { value: 'normal', label: 'Normal', help: 'Steady: the other side concedes evenly as time and costs press.' },
  { value: 'hard', label: 'Hard', help: 'A hard bargainer: the other side holds firm until the pressure is extreme, and the studios\u2019 companies bear a strike longer.' },
];

/** Choose side, scenario, difficulty, pace; or paste a class code. */
export function setupScreen(ctx: UiContext): ScreenView {
  const { store, services } = ctx;
  const cfg: GameConfig = { scenario: '2023', seed: randomSeed(services.random), human: 'union', difficulty: 'normal', pace: 'standard' };
  const codeOut = h('output', { id: 'setup-code', for: 'setup-form' });
  const error = h('p', { class: 'field-error', role: 'alert', id: 'setup-error' });
  const showCode = () => {
    const c = makeClassCode(cfg);
    codeOut.textContent = c.ok ? c.value : '';
  };

  const difficulty = radioGroup('difficulty', 'The computer negotiator', DIFFICULTIES, cfg.difficulty, (v) => ((cfg.difficulty = v), showCode()));
  const sync = () => {
    difficulty.disabled = cfg.human === 'both';
    showCode();
  };

  const codeInput = h('input', { id: 'setup-class-code', autocomplete: 'off', spellcheck: false, 'aria-describedby': 'setup-code-help setup-error', placeholder: EXAMPLE_CLASS_CODE });
  const useCode = () => {
    const r = parseClassCode(codeInput.value);
    if (!r.ok) {
      error.textContent = r.error;
      codeInput.setAttribute('aria-invalid', 'true');
      codeInput.focus();
      return;
    }
    codeInput.removeAttribute('aria-invalid');
    error.textContent = '';
    void start(r.value);
  };

  const start = async (config: GameConfig) => {
    if (!(await mayReplace(ctx, 'Start the new round'))) return;
    const err = store.getState().startRound(config);
    if (err) {
      error.textContent = err.message;
      return;
    }
    store.getState().go('briefing');
  };

  const form = h(
    'form',
    {
      id: 'setup-form',
      class: 'setup',
      on: {
        submit: (e: Event) => {
          e.preventDefault();
          void start({ ...cfg });
        },
      },
    },
    radioGroup(
      'side',
      'Your side',
      [
        { value: 'union', label: "The actors' union", help: 'Win pay, streaming money and AI protections your members will ratify.' },
        { value: 'studio', label: "The studios' alliance", help: 'Keep costs down and the alliance together without losing a season.' },
        { value: 'both', label: 'Two players, one device', help: 'Hot-seat: each side plays in turn; a hand-over screen hides each briefing.' },
      ] as { value: GameConfig['human']; label: string; help: string }[],
      cfg.human,
      (v) => ((cfg.human = v), sync()),
    ),
    radioGroup(
      'scenario',
      'Scenario',
      Object.values(SCENARIOS).map((s) => ({ value: s.id, label: s.title, help: s.subtitle })),
      cfg.scenario,
      (v) => ((cfg.scenario = v), showCode()),
    ),
    difficulty,
    radioGroup(
      'pace',
      'Pace',
      [
        { value: 'standard', label: 'Standard', help: 'About 20–30 minutes.' },
        { value: 'quick', label: 'Quick', help: 'About 10 minutes: each session covers more days.' },
      ] as { value: Pace; label: string; help: string }[],
      cfg.pace,
      (v) => ((cfg.pace = v), showCode()),
    ),
    h('p', { class: 'code-line' }, 'Class code for these settings: ', codeOut, h('span', { class: 'hint' }, ' Share it and everyone plays the same round.')),
    h('div', { class: 'actions go-bar' }, h('button', { type: 'submit', class: 'btn primary' }, 'Open your briefing'), h('button', { type: 'button', class: 'btn', on: { click: () => store.getState().go('title') } }, 'Back')),
  );

  const el = h(
    'section',
    { class: 'screen', 'aria-labelledby': 'setup-title' },
    h('h2', { id: 'setup-title' }, 'Set up a round'),
    form,
    h(
      'div',
      { class: 'join' },
      h('h3', {}, 'Or use a class code'),
      h('label', { for: 'setup-class-code' }, 'Class code'),
      h('p', { class: 'hint', id: 'setup-code-help' }, 'The code sets the side, scenario, difficulty, pace and round for you.'),
      h('div', { class: 'inline' }, codeInput, h('button', { type: 'button', class: 'btn', on: { click: useCode } }, 'Use this code')),
    ),
    error,
  );
  sync();
  return { el };
}
