import { makeResultCode, MAX_NICKNAME } from '../../app/codes';
import { makeSave } from '../../app/persist';
import { debrief, getScenario, logText, spaceOf, utilityOf, type Debrief, type GameState, type Side } from '../../sim';
import { OUTCOME_WORDS } from '../../app/outcomes';
import { viewOf } from '../../app/view';
import { h } from '../dom';
import { dateOf, moneyK, pct, points, pts } from '../format';
import type { ScreenView, UiContext } from '../mount';
import { sourceNote } from './sources';
import { mayReplace } from '../replace';
import { icon } from '../icons';
import { p, scoreClause, scoreRoad } from '../scoreWords';

const ahead = (v: number, above: string, below: string, same: string): string => (Math.abs(v) < 0.05 ? same : `${points(Math.abs(v))} ${v > 0 ? above : below}`);

/**
 * How one side did, in one line: the deal's points on its own schedule against its target, its
 * walk-away on the day the deal was made (the figure the debrief's charts use) and the real
 * deal (with its strike), then the score and how it was made: the deal (or, after a failure,
 * the cap a failed round counts at), less what the strike and lost goodwill cost. After a
 * failure the imposed terms are not set against the target: a playtester read "13.1 above your
 * target" over a crumbled strike as a win. Exported for the tests.
 */
export function verdict(d: Debrief, side: Side, target: number, you: boolean, g: GameState): string {
  const who = you ? 'You' : side === 'union' ? 'The union' : 'The studios';
  const own = you ? 'your' : 'its';
  const hist = d.history.historical[side];
  const days = d.history.historical.strikeDays;
  const real = `the real ${d.scenario} ${side === 'union' ? 'union\u2019s' : 'studios\u2019'} deal (${points(hist)}${days ? `, after a ${days}-day strike` : ', with no strike'})`;
  const walk = d.benchmarks.dealDay.disagreement[side];
  const { parts, road, failurePenalty } = scoreRoad(g, side, own);
  const less = road.length ? `, less ${road.join(' and ')}` : '';
  const Whose = you ? 'Your' : side === 'union' ? 'The union\u2019s' : 'The studios\u2019';
  const total = `${Whose} score, after what the dispute cost, is ${p(parts.total)}`;
  if (parts.failureCap != null) {
    const terms = d.deal ? `the terms imposed are worth ${points(d.deal[side])} points on ${own} schedule, but` : 'with no deal,';
    const counted = parts.failureCap + failurePenalty * 10;
    const base = counted < parts.deal ? `${own} floor package (${p(counted)})` : `what ${own === 'your' ? 'you' : 'it'} ended with (${p(counted)})`;
    const then = road.length ? `Less ${road.join(' and ')}, ${Whose.toLowerCase()} score is ${p(parts.total)}.` : `That is ${own} score.`;
    return `A failed round: ${terms} a failure counts only as ${base} less ${points(failurePenalty)}, that is ${p(parts.failureCap)}. ${then}`;
  }
  const how = less ? `: the deal\u2019s ${p(parts.deal)}${less}` : ', the deal\u2019s own points: the dispute cost nothing';
  if (!d.deal) return `${who} ended with no deal: nothing to set against ${own} target (${points(target)} points), ${own} walk-away (${points(walk)}) or ${real}. ${total}${how}.`;
  const got = d.deal[side];
  // A union whose leadership fell settles for less: its walk-away drops below the floor it began
  // with (a playtester saw 36.8 against a floor of 60.2 and no word why).
  const crises = side === 'union' && g.crises > 0 ? `, lowered by ${g.crises === 1 ? 'a leadership crisis' : `${g.crises} leadership crises`}` : '';
  return `${who} got a deal worth ${points(got)} points: ${ahead(got - target, 'above', 'below', 'right at')} ${own} target (${points(target)}), ${ahead(got - walk, 'above', 'below', 'right at')} ${own} walk-away when the deal was made (${points(walk)}${crises}), and ${ahead(got - hist, 'more than', 'less than', 'the same as')} ${real}. ${total}${how}.`;
}

/** End of the round: the outcome, your deal beside what really happened, and the result code. */
export function endingScreen(ctx: UiContext): ScreenView {
  const { store, services, announcer } = ctx;
  const st = store.getState();
  const g = st.game!;
  const sc = getScenario(g.config.scenario)!;
  const sp = spaceOf(sc);
  const hist = sc.history;
  const deal = g.deal;
  const rat = g.votes.filter((v) => v.kind === 'ratification').pop();
  const end = g.log.filter((e) => e.kind === 'ending').pop();
  const d = debrief(g);

  const compare = h(
    'table',
    { class: 'data' },
    h('caption', {}, d.deal?.imposed ? 'The terms imposed beside what really happened' : 'Your deal beside what really happened'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, ''), h('th', { scope: 'col' }, 'Your round'), h('th', { scope: 'col' }, `History (${sc.id})`))),
    h(
      'tbody',
      {},
      sc.issues.map((iss, i) => h('tr', {}, h('th', { scope: 'row' }, iss.name), h('td', {}, deal ? iss.levels[deal[i]!]!.short : 'no deal'), h('td', {}, iss.levels[hist.deal[i]!]!.short))),
      h('tr', {}, h('th', { scope: 'row' }, 'Strike days'), h('td', {}, String(g.strikeDays)), h('td', {}, String(hist.strikeDays))),
      h('tr', {}, h('th', { scope: 'row' }, 'Ratification'), h('td', {}, rat ? `${pct(rat.yes, 2)} yes, ${pct(rat.turnout, 2)} turnout${rat.passed ? '' : ' (voted down)'}` : '—'), h('td', {}, `${pct(hist.ratification.yes, 2)} yes, ${pct(hist.ratification.turnout, 2)} turnout`)),
      h('tr', {}, h('th', { scope: 'row' }, d.deal?.imposed ? 'Union points (terms)' : 'Union points (deal)'), h('td', {}, deal ? pts(utilityOf(sp, 'union', deal)) : '—'), h('td', {}, pts(utilityOf(sp, 'union', hist.deal)))),
      h('tr', {}, h('th', { scope: 'row' }, d.deal?.imposed ? 'Studio points (terms)' : 'Studio points (deal)'), h('td', {}, deal ? pts(utilityOf(sp, 'studio', deal)) : '—'), h('td', {}, pts(utilityOf(sp, 'studio', hist.deal)))),
    ),
  );

  const nick = h('input', { id: 'nickname', maxLength: MAX_NICKNAME, value: st.nickname, autocomplete: 'off', 'aria-describedby': 'nick-help' });
  const codeBox = h('textarea', { id: 'result-code', readOnly: true, rows: 3, 'aria-describedby': 'code-help' });
  const codeMsg = h('p', { role: 'status', class: 'hint' });
  const makeCode = () => {
    const r = makeResultCode(g.config, st.actions, g, nick.value);
    if (!r.ok) {
      codeMsg.textContent = `This round cannot be turned into a result code: ${r.error}`;
      codeBox.value = '';
      return null;
    }
    store.setState({ nickname: nick.value });
    codeBox.value = r.value;
    return r.value;
  };
  nick.addEventListener('input', () => makeCode());

  const again = async (swap: boolean) => {
    const c = g.config;
    const human = swap && c.human !== 'both' ? (c.human === 'union' ? 'studio' : 'union') : c.human;
    if (!(await mayReplace(ctx, swap ? 'Play it from the other side' : 'Play this round again'))) return;
    const err = store.getState().startRound({ ...c, human });
    if (err) return announcer.alert(err.message);
    store.getState().go('briefing');
  };

  const codeBlock = h(
    'section',
    { class: 'panel end-code', 'aria-labelledby': 'code-title' },
    h('h3', { id: 'code-title' }, 'Your result code'),
    h('p', { class: 'hint', id: 'code-help' }, 'Give this code to your teacher. It is a replay of your moves: the teacher\u2019s page re-runs it to check the result. It also stays in \u201cSaved rounds\u201d on the title screen.'),
    h('label', { for: 'nickname' }, 'Nickname (optional)'),
    h('p', { class: 'hint', id: 'nick-help' }, `Up to ${MAX_NICKNAME} characters. Use a nickname, not your full name.`),
    nick,
    h('label', { for: 'result-code' }, 'Result code'),
    codeBox,
    codeMsg,
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', class: 'btn', on: { click: async () => { const c = makeCode(); if (c) codeMsg.textContent = (await services.copy(c)) ? 'Copied.' : 'Your browser would not copy: select the code and copy it.'; } } }, 'Copy the code'),
      h('button', { type: 'button', class: 'btn', on: { click: () => { const c = makeCode(); if (c) services.download(`strike-clock-result-${sc.id}.txt`, `${c}\n`); } } }, 'Download the code'),
      h('button', { type: 'button', class: 'btn', on: { click: () => services.download(`strike-clock-save-${sc.id}.json`, JSON.stringify(makeSave(g.config, st.actions, nick.value), null, 1)) } }, 'Download the full round'),
    ),
  );
  const el = h(
    'section',
    { class: 'screen ending', 'aria-labelledby': 'end-title' },
    h('h2', { id: 'end-title' }, g.outcome === 'ratified' ? icon('handshake') : null, g.outcome ? OUTCOME_WORDS[g.outcome].headline : 'The round is not finished'),
    end ? h('p', { class: 'lede' }, logText(sc, end)) : null,
    h(
      'div',
      { class: 'end-grid' },
      h(
        'div',
        { class: 'end-main' },
        (g.config.human === 'both' ? (['union', 'studio'] as const) : [g.config.human]).map((side) =>
          h('p', { class: 'verdict big' }, verdict(d, side, viewOf(g, side).points.target, g.config.human !== 'both', g)),
        ),
        codeBlock,
        h(
          'div',
          { class: 'actions' },
          h('button', { type: 'button', class: 'btn primary', on: { click: () => store.getState().go('debrief') } }, 'See the debrief'),
          h('button', { type: 'button', class: 'btn', on: { click: () => void again(false) } }, 'Play this round again'),
          g.config.human !== 'both' ? h('button', { type: 'button', class: 'btn', on: { click: () => void again(true) } }, 'Play it from the other side') : null,
          h('button', { type: 'button', class: 'btn', on: { click: () => store.getState().go('title') } }, 'Back to the title'),
        ),
      ),
      h(
        'div',
        { class: 'end-more' },
        h(
          'ul',
          { class: 'facts' },
          h('li', {}, `Ended on ${dateOf(sc, g.day)} (day ${g.day}), after ${g.strikeDays} strike day${g.strikeDays === 1 ? '' : 's'}.`),
          h('li', {}, `Scores: union ${scoreClause(g, 'union')}; studios ${scoreClause(g, 'studio')}.`),
          h('li', {}, `Members lost ${moneyK(g.memberLosses)} in earnings; the studios lost ${moneyK(g.studioLosses)}.`),
        ),
        compare,
        h('h3', {}, 'What really happened'),
        h('ul', { class: 'history' }, hist.lines.map((l) => h('li', {}, l.text, sourceNote(l.source)))),
      ),
    ),
  );
  makeCode();
  return { el };
}
