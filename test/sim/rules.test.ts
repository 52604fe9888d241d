/**
 * Unit tests of the engine's rules, one block per rule (DESIGN.md §2, §5, §6; ENGINEERING.md
 * "Tests"). Effects are measured against a control: the same state with the same number of days
 * passing and no action (helpers.idle), so a test sees the action's own effect and not the drift
 * of the daily model. Every move passes the turn; against the computer a test of a move's own
 * effect applies it alone (helpers.actOnly), since the computer's answer (advance) spends days of
 * its own, and the answer is tested on its own.
 */
import { describe, expect, it } from 'vitest';
import { advance, toMove } from '../../src/sim/advance';
import { paretoFrontier } from '../../src/sim/analysis/frontier';
import { aspiration, chooseOffers, decide, ownTable } from '../../src/sim/ai/computer';
import { stance } from '../../src/sim/ai/stance';
import { modelFromOffers } from '../../src/sim/ai/opponentModel';
import { playRound } from '../../src/sim/ai/play';
import { botFor } from '../../src/sim/ai/bots';
import { strategies } from '../../src/cli/balance';
import { describePackage } from '../../src/sim/describe';
import { canonicalJson, stateHash } from '../../src/sim/hash';
import { applyAction, applyMove, sessionDays } from '../../src/sim/reducer';
import { Draw } from '../../src/sim/rng';
import type { Ctx } from '../../src/sim/rules/ctx';
import { daysSinceStudiosMoved, daysStill } from '../../src/sim/rules/daily';
import { expectationCeiling, memberAverage, pressure, reservation, segmentUtility } from '../../src/sim/rules/derived';
import { putOnTable } from '../../src/sim/rules/bargain';
import { applyEffect } from '../../src/sim/rules/events';
import { projectedRatification } from '../../src/sim/rules/votes';
import { P, paramsOf } from '../../src/sim/rules/params';
import { scoreParts } from '../../src/sim/analysis/summary';
import { TABLE_ACTIONS, tableActionProblem } from '../../src/sim/rules/table';
import { getScenario, registerScenario, SCENARIO_IDS } from '../../src/sim/scenarios';
import type { Scenario } from '../../src/sim/scenarios/types';
import { configProblem, createGame, isError } from '../../src/sim/setup';
import { score, spaceOf, utilityOf, type Space } from '../../src/sim/space';
import type { Action, GameConfig, GameState, IssueId, LogEntry, Package, Side, TableActionKind } from '../../src/sim/types';
import { ISSUE_IDS, other } from '../../src/sim/types';
import { playerView } from '../../src/sim/view';
import { logText, mediatorWords } from '../../src/sim/words';
import { act, actAll, actOnly, cfg, ctxOf, edit, game, idle, idleTo, invariantProblems, refusal, scenarioOf, snapshot, withTurn } from './helpers';

const sc23 = getScenario('2023')!;
const sc26 = getScenario('2026')!;
const sp23 = spaceOf(sc23);

const TABLE_KINDS = Object.keys(TABLE_ACTIONS) as TableActionKind[];

/**
 * The 2023 round, union human, in a strike called at expiry, with the union to move: against the
 * computer after the studios' answer to the strike (the strike passed them the move), in
 * hot-seat with the device handed back to the union.
 */
function strikeState(over: Parameters<typeof game>[0] = {}): GameState {
  const g = game({ scenario: '2023', ...over });
  const struck = act(idleTo(g, g.expiryDay), { type: 'strike', side: 'union' });
  return struck.config.human === 'both' ? withTurn(struck, 'union') : struck;
}

/** The 2023 round, union human, one day after expiry (holdout: working under the old terms). */
function holdoutState(over: Parameters<typeof game>[0] = {}): GameState {
  const g = game({ scenario: '2023', ...over });
  return idleTo(g, g.expiryDay + 1);
}

const avgSupport = (s: GameState) => memberAverage(s, scenarioOf(s), 'support');
const clampBpTest = (x: number) => Math.max(0, Math.min(10000, Math.round(x)));

/**
 * Days one move at the table (a package, or an answer without one) costs, from the scenario's
 * session days: a session is a move and its answer, the union's half rounded down and the
 * studios' up, so that a whole session costs exactly the scenario's days.
 */
function halfSession(sc: Scenario, pace: 'standard' | 'quick', phase: 'talks' | 'holdout' | 'strike', side: Side): number {
  const base = sc.calendar.sessionDays[pace][phase];
  return side === 'union' ? Math.floor(base / 2) : Math.ceil(base / 2);
}

/** The log entries `after` added to `before`, by one side. */
const saidBy = (before: GameState, after: GameState, side: Side): LogEntry[] => after.log.slice(before.log.length).filter((l) => l.side === side);

// ---------------------------------------------------------------------------------------------
describe('createGame: config validation', () => {
  it('accepts every scenario, side, difficulty and pace', () => {
    for (const scenario of SCENARIO_IDS)
      for (const human of ['union', 'studio', 'both'] as const)
        for (const difficulty of ['easy', 'normal', 'hard'] as const)
          for (const pace of ['standard', 'quick'] as const) {
            const g = createGame({ scenario, seed: 's', human, difficulty, pace });
            expect(isError(g), `${scenario}/${human}/${difficulty}/${pace}`).toBe(false);
            if (!isError(g)) {
              expect(g.config).toEqual({ scenario, seed: 's', human, difficulty, pace });
              expect(invariantProblems(g)).toEqual([]);
            }
          }
  });

  const bad: [string, unknown, RegExp][] = [
    ['null', null, /settings/i],
    ['undefined', undefined, /settings/i],
    ['a string', '2023', /settings/i],
    ['a number', 2023, /settings/i],
    ['unknown scenario', cfg({ scenario: '1999' }), /scenario/i],
    ['empty scenario', cfg({ scenario: '' }), /scenario/i],
    ['scenario as a number', { ...cfg(), scenario: 2023 }, /scenario/i],
    ['prototype key as scenario', cfg({ scenario: '__proto__' }), /scenario/i],
    ['inherited key as scenario', cfg({ scenario: 'toString' }), /scenario/i],
    ['empty seed', cfg({ seed: '' }), /seed/i],
    ['seed too long', cfg({ seed: 'x'.repeat(65) }), /seed/i],
    ['seed as a number', { ...cfg(), seed: 7 }, /seed/i],
    ['missing seed', { ...cfg(), seed: undefined }, /seed/i],
    ['unknown side', { ...cfg(), human: 'neither' }, /side/i],
    ['side as null', { ...cfg(), human: null }, /side/i],
    ['unknown difficulty', { ...cfg(), difficulty: 'insane' }, /difficulty/i],
    ['difficulty as NaN', { ...cfg(), difficulty: NaN }, /difficulty/i],
    ['unknown pace', { ...cfg(), pace: 'slow' }, /pace/i],
    ['missing pace', { ...cfg(), pace: undefined }, /pace/i],
  ];
  for (const [name, config, about] of bad) {
    it(`refuses ${name} with a plain message and no throw`, () => {
      let g: unknown;
      expect(() => (g = createGame(config as never))).not.toThrow();
      expect(isError(g)).toBe(true);
      const e = g as { error: string; message: string };
      expect(e.error).toBe('bad-config');
      expect(e.message).toMatch(about);
      // Plain words: a sentence, no stack trace, no engine internals.
      expect(e.message).toMatch(/^[A-Z].*\.$/s);
      expect(e.message.length).toBeLessThan(200);
      expect(e.message).not.toMatch(/TypeError|undefined is not|\bat .*\.ts/);
      expect(configProblem(config)).toEqual(g);
    });
  }

  it('accepts seeds of 1 and 64 characters', () => {
    expect(isError(createGame(cfg({ seed: 'x' })))).toBe(false);
    expect(isError(createGame(cfg({ seed: 'y'.repeat(64) })))).toBe(false);
  });

  it('keeps its own copy of the config (editing the caller\u2019s object later changes nothing)', () => {
    const c = cfg();
    const g = createGame(c) as GameState;
    const before = snapshot(g);
    c.seed = 'changed';
    c.human = 'studio';
    expect(snapshot(g)).toBe(before);
  });

  it('is deterministic: the same config gives the same state, another seed another round', () => {
    expect(stateHash(game({ seed: 'a' }))).toBe(stateHash(game({ seed: 'a' })));
    const hiddenA = game({ seed: 'a' }).hidden;
    const others = ['b', 'c', 'd'].map((seed) => game({ seed }).hidden);
    expect(others.some((h) => JSON.stringify(h) !== JSON.stringify(hiddenA))).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
describe('initial state', () => {
  for (const id of SCENARIO_IDS) {
    for (const human of ['union', 'studio', 'both'] as const) {
      it(`${id}, human ${human}: both openings are on the table and the human moves first`, () => {
        const sc = getScenario(id)!;
        const g = game({ scenario: id, human });
        const first: Side = human === 'studio' ? 'studio' : 'union';
        expect(g.day).toBe(0);
        expect(g.phase).toBe('talks');
        expect(g.turn).toBe(first);
        expect(g.expiryDay).toBe(sc.calendar.expiryDay);
        expect(g.outcome).toBeNull();
        expect(g.offers.map((o) => o.by)).toEqual([first, other(first)]);
        expect(g.offers[0]!.packages).toEqual([sc.openings[first]]);
        expect(g.offers[1]!.packages).toEqual([sc.openings[other(first)]]);
        // The standing offer is the other side's opening: the first mover can accept it at once.
        expect(g.standing).toMatchObject({ by: other(first), packages: [sc.openings[other(first)]], final: false });
        expect(g.daily.map((d) => d.day)).toEqual([0]);
        // No committee memory yet: a person's side never has one, and the computer has not moved.
        expect(g.ai).toEqual({ union: null, studio: null });
        expect(g.actionsTaken).toBe(0);
        expect(invariantProblems(g)).toEqual([]);
      });
    }
  }

  it('the seed draws the members\u2019 savings scale with the other hidden draws, and starting savings follow it', () => {
    const scales = new Set<number>();
    for (const id of SCENARIO_IDS) {
      const sc = getScenario(id)!;
      for (let k = 0; k < 12; k++) {
        const g = game({ scenario: id, seed: `savings-${k}` });
        const scale = g.hidden.savingsScale;
        expect(Number.isInteger(scale)).toBe(true);
        expect(scale).toBeGreaterThanOrEqual(P.hidden.savingsScale.min);
        expect(scale).toBeLessThanOrEqual(P.hidden.savingsScale.max);
        scales.add(scale);
        // Starting savings are the scenario's, scaled by the draw, plus any savings event fired on day 0.
        g.members.forEach((m, i) => {
          let events = 0;
          for (const id of g.firedEvents)
            for (const eff of sc.events.find((e) => e.id === id)!.effects) if (eff.kind === 'savings' && (eff.segment == null || eff.segment === m.id)) events += eff.dollars;
          expect(m.savings).toBe(Math.round((sc.segments[i]!.savings * scale) / 10000) + events);
        });
        expect(g.daily[0]!.savings).toBe(memberAverage(g, sc, 'savings'));
      }
    }
    expect(scales.size).toBeGreaterThan(5);
  });

  it('2023: members have already authorized a strike (97.91%)', () => {
    const g = game({ scenario: '2023' });
    expect(sc23.authorizedAtStart).not.toBeNull();
    expect(g.authorized).toBe(true);
    expect(g.authorizationYes).toBe(sc23.authorizedAtStart!.yes);
    expect(g.votes).toHaveLength(1);
    expect(g.votes[0]).toMatchObject({ day: 0, kind: 'authorization', yes: sc23.authorizedAtStart!.yes, passed: true });
  });

  it('2026: no authorization at the start', () => {
    const g = game({ scenario: '2026' });
    expect(g.authorized).toBe(false);
    expect(g.authorizationYes).toBe(0);
    expect(g.votes).toEqual([]);
  });

  for (const id of SCENARIO_IDS) {
    it(`${id}: events are scheduled inside their windows, certain events always, uncertain ones not always`, () => {
      const sc = getScenario(id)!;
      const seen = new Map<string, number>();
      const seeds = Array.from({ length: 60 }, (_, i) => `ev-${i}`);
      for (const seed of seeds) {
        const g = game({ scenario: id, seed });
        const ids = g.eventSchedule.map((e) => e.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const entry of g.eventSchedule) {
          const ev = sc.events.find((e) => e.id === entry.id);
          expect(ev, entry.id).toBeDefined();
          expect(entry.at).toBeGreaterThanOrEqual(ev!.window[0]);
          expect(entry.at).toBeLessThanOrEqual(ev!.window[1]);
          expect(Number.isInteger(entry.at)).toBe(true);
          expect(entry.anchor).toBe(ev!.anchor ?? 'talks');
          seen.set(entry.id, (seen.get(entry.id) ?? 0) + 1);
        }
        for (const ev of sc.events) if (ev.chance >= 10000) expect(ids).toContain(ev.id);
        // Events due on day 0 (talks-anchored) have fired already, if they are eligible.
        for (const entry of g.eventSchedule) {
          const ev = sc.events.find((e) => e.id === entry.id)!;
          if (entry.anchor === 'talks' && entry.at === 0 && ev.strike !== true) expect(g.firedEvents).toContain(ev.id);
          if (g.firedEvents.includes(ev.id)) expect(entry.anchor === 'talks' && entry.at === 0).toBe(true);
        }
      }
      for (const ev of sc.events) if (ev.chance < 10000) expect(seen.get(ev.id) ?? 0, ev.id).toBeLessThan(seeds.length);
      // Windows wider than one day are not always drawn at the same day.
      const wide = sc.events.filter((e) => e.window[1] > e.window[0] && e.chance >= 10000);
      for (const ev of wide) {
        const days = new Set(seeds.map((seed) => game({ scenario: id, seed }).eventSchedule.find((e) => e.id === ev.id)!.at));
        expect(days.size, ev.id).toBeGreaterThan(1);
      }
    });
  }

  it('2026 opens under the agreed media blackout; 2023 opens with the writers on strike', () => {
    expect(game({ scenario: '2026' }).blackout).toBe(true);
    expect(game({ scenario: '2026' }).firedEvents).toContain('blackout-agreed');
    expect(game({ scenario: '2023' }).blackout).toBe(false);
    expect(game({ scenario: '2023' }).firedEvents).toContain('wga-on-strike');
  });
});

// ---------------------------------------------------------------------------------------------
describe('table actions: stated costs', () => {
  it('every kind states its days in its cost text, and who may take it', () => {
    expect(TABLE_KINDS.sort()).toEqual(['authorize', 'blackout', 'caucus', 'ceos', 'extend', 'mediator', 'statement', 'strike', 'suspend']);
    for (const kind of TABLE_KINDS) {
      const info = TABLE_ACTIONS[kind];
      expect(info.kind).toBe(kind);
      expect(Number.isInteger(info.days) && info.days >= 0).toBe(true);
      if (info.days > 0) expect(info.cost).toContain(`${info.days} day`);
      expect(info.effect.length).toBeGreaterThan(10);
    }
    expect(['authorize', 'extend', 'strike'].map((k) => TABLE_ACTIONS[k as TableActionKind].who)).toEqual(['union', 'union', 'union']);
  });

  // For each kind: a state where the side may take it, and the action.
  const cases: { kind: TableActionKind; label: string; state: () => GameState; action: Action }[] = [
    { kind: 'caucus', label: 'union caucus', state: () => game(), action: { type: 'caucus', side: 'union' } },
    { kind: 'caucus', label: 'studio caucus', state: () => game({ human: 'studio' }), action: { type: 'caucus', side: 'studio' } },
    { kind: 'statement', label: 'union statement', state: () => game(), action: { type: 'statement', side: 'union', tone: 'firm' } },
    { kind: 'statement', label: 'studio statement', state: () => game({ human: 'studio' }), action: { type: 'statement', side: 'studio', tone: 'conciliatory' } },
    { kind: 'authorize', label: 'authorization (2026)', state: () => game({ scenario: '2026' }), action: { type: 'authorize', side: 'union' } },
    { kind: 'extend', label: 'extension (2023)', state: () => game(), action: { type: 'extend', side: 'union' } },
    { kind: 'strike', label: 'strike at expiry (2023)', state: () => idleTo(game(), sc23.calendar.expiryDay), action: { type: 'strike', side: 'union' } },
    { kind: 'suspend', label: 'union suspend', state: () => game(), action: { type: 'suspend', side: 'union' } },
    { kind: 'suspend', label: 'studio suspend', state: () => game({ human: 'studio' }), action: { type: 'suspend', side: 'studio' } },
    { kind: 'ceos', label: 'CEOs', state: () => game({ human: 'studio' }), action: { type: 'ceos', side: 'studio' } },
    { kind: 'mediator', label: 'mediator', state: () => game(), action: { type: 'mediator', side: 'union' } },
    { kind: 'blackout', label: 'blackout', state: () => game(), action: { type: 'blackout', side: 'union' } },
    { kind: 'caucus', label: 'caucus in hot-seat (full days, not half a session)', state: () => withTurn(game({ human: 'both' }), 'studio'), action: { type: 'caucus', side: 'studio' } },
  ];
  for (const c of cases) {
    it(`${c.label} costs ${TABLE_ACTIONS[c.kind].days} day(s) and passes the move`, () => {
      const s = c.state();
      expect(s.turn).toBe(c.action.side);
      expect(tableActionProblem(s, scenarioOf(s), c.action.side, c.kind)).toBeNull();
      // The action alone: its own days, then the other side has the move.
      const after = actOnly(s, c.action);
      expect(after.day - s.day).toBe(TABLE_ACTIONS[c.kind].days);
      expect(after.phase).not.toBe('done');
      expect(after.turn).toBe(other(c.action.side));
      expect(after.log.some((l) => l.day >= s.day && l.side === c.action.side && (l.ref === c.kind || (c.kind === 'authorize' && l.ref === 'authorization')))).toBe(true);
      expect(after.actionsTaken).toBe(s.actionsTaken + 1);
      // The same side cannot take another move before the other side has answered.
      expect(refusal(after, { type: 'reject', side: c.action.side }).error).toBe('not-your-turn');
      const answered = advance(after);
      if (s.config.human === 'both') {
        // Hot-seat: nobody answers for the other player.
        expect(answered).toBe(after);
      } else {
        // Against the computer: it answers with exactly one move of its own, and the move is back.
        expect(answered.actionsTaken).toBe(after.actionsTaken + 1);
        expect(answered.turn).toBe(c.action.side);
        expect(saidBy(after, answered, other(c.action.side)).length).toBeGreaterThan(0);
      }
    });
  }
});

// ---------------------------------------------------------------------------------------------
describe('table actions: availability', () => {
  it('strike needs an authorization', () => {
    const g = game({ scenario: '2026' });
    const atExpiry = idleTo(g, g.expiryDay);
    const e = refusal(atExpiry, { type: 'strike', side: 'union' });
    expect(e.error).toBe('not-now');
    expect(e.message).toMatch(/authori[sz]e/i);
    // With an authorization held, the same day allows it.
    const authorized = edit(atExpiry, (d) => {
      d.authorized = true;
      d.authorizationYes = 9000;
    });
    expect(actOnly(authorized, { type: 'strike', side: 'union' }).phase).toBe('strike');
  });

  it('strike needs the contract to have expired (day >= expiry)', () => {
    const g = game({ scenario: '2023' });
    for (const day of [0, g.expiryDay - 1]) {
      const e = refusal(idleTo(g, day), { type: 'strike', side: 'union' });
      expect(e.error).toBe('not-now');
      expect(e.message).toContain(`day ${g.expiryDay}`);
    }
    expect(actOnly(idleTo(g, g.expiryDay), { type: 'strike', side: 'union' }).phase).toBe('strike');
    expect(actOnly(idleTo(g, g.expiryDay + 3), { type: 'strike', side: 'union' }).phase).toBe('strike');
  });

  it('strike: not twice, and only the union', () => {
    const s = strikeState();
    expect(refusal(s, { type: 'strike', side: 'union' }).message).toMatch(/already on strike/i);
    // On the studios' turn (hot-seat table actions need the turn), so the refusal is about who may strike.
    const hot = withTurn(idleTo(game({ human: 'both' }), sc23.calendar.expiryDay), 'studio');
    expect(refusal(hot, { type: 'strike', side: 'studio' }).message).toMatch(/only the union/i);
    expect(refusal(hot, { type: 'extend', side: 'studio' }).message).toMatch(/only the union/i);
    expect(refusal(withTurn(game({ scenario: '2026', human: 'both' }), 'studio'), { type: 'authorize', side: 'studio' }).message).toMatch(/only the union/i);
  });

  it('authorize: not when already authorized, and only before the contract expires', () => {
    expect(refusal(game({ scenario: '2023' }), { type: 'authorize', side: 'union' }).message).toMatch(/already authorized/i);
    // A vote that passes (members who expect far more than is on the table): no second one.
    const s26 = edit(game({ scenario: '2026' }), (d) => d.members.forEach((m) => (m.expectation += 400)));
    const voted = act(s26, { type: 'authorize', side: 'union' });
    expect(voted.authorized).toBe(true);
    expect(refusal(voted, { type: 'authorize', side: 'union' }).message).toMatch(/already authorized/i);
    // Changed rule: a strike authorization vote is held in talks only (it used to be refused only on strike).
    const striking = edit(strikeState(), (d) => (d.authorized = false));
    expect(tableActionProblem(striking, sc23, 'union', 'authorize')).toMatch(/before the contract expires/i);
  });

  it('authorize: refused in a holdout, allowed up to the expiry day and in talks under an extension', () => {
    const g = game({ scenario: '2026' });
    expect(g.authorized).toBe(false);
    // On the expiry day talks are still on: the vote may be held.
    const last = idleTo(g, g.expiryDay);
    expect(last.phase).toBe('talks');
    expect(tableActionProblem(last, sc26, 'union', 'authorize')).toBeNull();
    expect(actOnly(last, { type: 'authorize', side: 'union' }).votes.at(-1)!.kind).toBe('authorization');
    // The day after, working under the expired contract: too late.
    const holdout = idle(last, 1);
    expect(holdout.phase).toBe('holdout');
    expect(holdout.authorized).toBe(false);
    const e = refusal(holdout, { type: 'authorize', side: 'union' });
    expect(e.error).toBe('not-now');
    expect(e.message).toMatch(/before the contract expires/i);
    // 2023 under an extension (past the original expiry, phase talks), with no authorization held.
    const ext = edit(idleTo(act(game({ scenario: '2023' }), { type: 'extend', side: 'union' }), sc23.calendar.expiryDay + 3), (d) => {
      d.authorized = false;
      d.authorizationYes = 0;
    });
    expect(ext.phase).toBe('talks');
    expect(ext.day).toBeGreaterThan(sc23.calendar.expiryDay);
    expect(isError(applyAction(ext, { type: 'authorize', side: 'union' }))).toBe(false);
    // Once the extension has run out, the holdout refuses it again.
    const after = idleTo(ext, sc23.calendar.extensionDay! + 1);
    expect(after.phase).toBe('holdout');
    expect(refusal(after, { type: 'authorize', side: 'union' }).message).toMatch(/before the contract expires/i);
  });

  it('suspend: refused while talks are already suspended, allowed again the day they resume', () => {
    // 2026: the studios pause the actors' talks for the writers (a certain event on a fixed day).
    const ev = sc26.events.find((e) => e.effects.some((x) => x.kind === 'pauseTalks'))!;
    const until = (ev.effects.find((x) => x.kind === 'pauseTalks') as { untilDay: number }).untilDay;
    const paused = idleTo(game({ scenario: '2026' }), ev.window[0]);
    expect(paused.firedEvents).toContain(ev.id);
    expect(paused.talksSuspendedUntil).toBe(until);
    for (const side of ['union', 'studio'] as const) {
      const s = side === 'union' ? paused : idleTo(game({ scenario: '2026', human: 'studio' }), ev.window[0]);
      const e = refusal(s, { type: 'suspend', side });
      expect(e.error).toBe('not-now');
      expect(e.message).toMatch(/already suspended/i);
      expect(e.message).toContain(`day ${until}`);
      expect(tableActionProblem(s, sc26, side, 'suspend')).toBe(e.message);
    }
    expect(refusal(idleTo(paused, until - 1), { type: 'suspend', side: 'union' }).error).toBe('not-now');
    const resumed = idleTo(paused, until);
    expect(tableActionProblem(resumed, sc26, 'union', 'suspend')).toBeNull();
    expect(actOnly(resumed, { type: 'suspend', side: 'union' }).day).toBe(until + TABLE_ACTIONS.suspend.days);
    // The same with a suspension of the players' own: constructed mid-walkout.
    const walkout = edit(game(), (d) => (d.talksSuspendedUntil = 9));
    expect(refusal(walkout, { type: 'suspend', side: 'union' }).message).toMatch(/already suspended until day 9/i);
    // Other table actions are not affected by the walkout.
    expect(isError(applyAction(walkout, { type: 'caucus', side: 'union' }))).toBe(false);
  });

  it('hot-seat: a table action needs that side\u2019s turn, as a proposal does', () => {
    const hot = game({ human: 'both' });
    expect(hot.turn).toBe('union');
    const studioTurn = act(hot, { type: 'reject', side: 'union' });
    expect(studioTurn.turn).toBe('studio');
    const tries: Action[] = [
      { type: 'caucus', side: 'studio' },
      { type: 'statement', side: 'studio', tone: 'firm' },
      { type: 'suspend', side: 'studio' },
      { type: 'ceos', side: 'studio' },
      { type: 'mediator', side: 'studio' },
      { type: 'blackout', side: 'studio' },
    ];
    for (const a of tries) {
      // Not on the union's turn...
      const before = snapshot(hot);
      const e = refusal(hot, a);
      expect(e.error, a.type).toBe('not-your-turn');
      expect(snapshot(hot)).toBe(before);
      // ...but on the studios' own turn.
      expect(isError(applyAction(studioTurn, a)), a.type).toBe(false);
      const mirrored = { ...a, side: 'union' } as Action;
      expect(refusal(studioTurn, mirrored).error, `union ${a.type}`).toBe('not-your-turn');
      expect(isError(applyAction(hot, mirrored)), `union ${a.type}`).toBe(false);
    }
    for (const a of [{ type: 'extend', side: 'union' }, { type: 'strike', side: 'union' }] as Action[]) expect(refusal(studioTurn, a).error).toBe('not-your-turn');
    expect(refusal(act(game({ scenario: '2026', human: 'both' }), { type: 'reject', side: 'union' }), { type: 'authorize', side: 'union' }).error).toBe('not-your-turn');
    // A hot-seat table action is that side's move: the other player gets the device, so one
    // side cannot chain actions and run out the clock (a 22-suspension lock-out found earlier).
    expect(act(studioTurn, { type: 'caucus', side: 'studio' }).turn).toBe('union');
    let chain = studioTurn;
    chain = act(chain, { type: 'suspend', side: 'studio' });
    expect(refusal(chain, { type: 'suspend', side: 'studio' }).error).toBe('not-your-turn');
  });

  it('against the computer each table action passes the move, and the computer answers each one', () => {
    // Changed rule: the computer used to wait while a person chained table actions; now a table
    // action is a move like a proposal, and the computer answers it on its turn.
    for (const human of ['union', 'studio'] as const) {
      const ai = other(human);
      let s = game({ human });
      const moves: Action[] = [
        { type: 'caucus', side: human },
        { type: 'statement', side: human, tone: 'firm' },
        { type: 'caucus', side: human },
        { type: 'suspend', side: human },
      ];
      for (const m of moves) {
        expect(s.turn).toBe(human);
        const moved = actOnly(s, m);
        expect(moved.turn, `${human} ${m.type}`).toBe(ai);
        expect(toMove(moved)).toBe(ai);
        // No second move in a row: every action of the person waits for the computer's answer.
        for (const again of [m, { type: 'reject', side: human }, { type: 'propose', side: human, packages: [scenarioOf(s).openings[human]] }] as Action[])
          expect(refusal(moved, again).error, `${human} ${again.type} after ${m.type}`).toBe('not-your-turn');
        // The computer's answer is the move decide() picks from its own view and memory, applied like anyone's.
        const d = decide(playerView(moved, ai), moved.ai[ai]);
        expect(d.action.side).toBe(ai);
        const expected = applyMove(moved, d.action);
        if (isError(expected)) throw new Error(`the computer's own move was refused: ${expected.message}`);
        const answered = advance(moved);
        expect(stateHash(answered)).toBe(stateHash({ ...expected, ai: { ...expected.ai, [ai]: d.memory } }));
        expect(answered.actionsTaken).toBe(moved.actionsTaken + 1);
        expect(saidBy(moved, answered, ai).length).toBeGreaterThan(0);
        expect(answered.turn).toBe(human);
        expect(answered.ai[human]).toBeNull();
        expect(answered.ai[ai]).not.toBeNull();
        s = answered;
      }
    }
  });

  it('the computer moves on its turn only: days passing without a move (even past expiry) are not its moves', () => {
    // Changed rule: the computer used to act on "its own days" (e.g. call a strike at expiry while
    // the person waited); now it moves only when the move is its own.
    for (const id of SCENARIO_IDS) {
      const g = game({ scenario: id, human: 'studio' });
      const h = idleTo(g, g.expiryDay + 1);
      expect(h.phase).toBe('holdout');
      expect(h.actionsTaken).toBe(0);
      expect(h.ai.union).toBeNull();
      expect(h.log.filter((l) => l.side === 'union' && l.day > 0)).toEqual([]);
      expect(h.strikeStartDay).toBeNull();
      expect(h.extended).toBe(false);
      // The studios move; the union's committee answers once, from its own view, and the move is back with the studios.
      const moved = actOnly(h, { type: 'reject', side: 'studio' });
      const d = decide(playerView(moved, 'union'), null);
      const after = advance(moved);
      expect(after.actionsTaken).toBe(2);
      expect(after.ai.union).toEqual(d.memory);
      expect(saidBy(moved, after, 'union').length).toBeGreaterThan(0);
      expect(after.turn).toBe('studio');
    }
  });

  it('extension: once, on or before the extension date, never in 2026', () => {
    const g = game({ scenario: '2023' });
    const extDay = sc23.calendar.extensionDay!;
    const ext = act(g, { type: 'extend', side: 'union' });
    expect(refusal(ext, { type: 'extend', side: 'union' }).message).toMatch(/already been extended/i);
    expect(isError(applyAction(idleTo(g, extDay), { type: 'extend', side: 'union' }))).toBe(false);
    const late = idleTo(g, extDay + 1);
    expect(refusal(late, { type: 'extend', side: 'union' }).message).toMatch(/last date/i);
    expect(refusal(strikeState(), { type: 'extend', side: 'union' }).message).toMatch(/on strike/i);
    const e26 = refusal(game({ scenario: '2026' }), { type: 'extend', side: 'union' });
    expect(e26.error).toBe('not-now');
    expect(e26.message).toMatch(/no extension/i);
    expect(sc26.calendar.extensionDay).toBeNull();
  });

  it('CEOs: once per round, whichever side brought them', () => {
    const hot = game({ human: 'both' });
    const once = act(hot, { type: 'ceos', side: 'union' });
    expect(refusal(withTurn(once, 'studio'), { type: 'ceos', side: 'studio' }).message).toMatch(/already/i);
    expect(refusal(withTurn(once, 'union'), { type: 'ceos', side: 'union' }).message).toMatch(/already/i);
    expect(refusal(withTurn(idle(once, 200), 'union'), { type: 'ceos', side: 'union' }).error).toBe('not-now');
  });

  it('mediator: at most once every 30 days', () => {
    const g = game();
    const m = act(g, { type: 'mediator', side: 'union' });
    expect(m.mediatorDay).toBe(g.day);
    expect(refusal(m, { type: 'mediator', side: 'union' }).message).toContain(`${m.day - g.day} days ago`);
    expect(refusal(idleTo(m, g.day + P.table.mediator.every - 1), { type: 'mediator', side: 'union' }).error).toBe('not-now');
    const again = act(idleTo(m, g.day + P.table.mediator.every), { type: 'mediator', side: 'union' });
    expect(again.mediatorDay).toBe(g.day + P.table.mediator.every);
    expect(P.table.mediator.every).toBe(30);
  });

  it('statement: blocked during a media blackout, allowed once it is lifted', () => {
    const g = game();
    const dark = act(g, { type: 'blackout', side: 'union' });
    const e = refusal(dark, { type: 'statement', side: 'union', tone: 'firm' });
    expect(e.error).toBe('not-now');
    expect(e.message).toMatch(/blackout/i);
    const lifted = act(dark, { type: 'blackout', side: 'union' });
    expect(lifted.blackout).toBe(false);
    expect(isError(applyAction(lifted, { type: 'statement', side: 'union', tone: 'firm' }))).toBe(false);
    // 2026 opens under a blackout.
    expect(refusal(game({ scenario: '2026' }), { type: 'statement', side: 'union', tone: 'conciliatory' }).message).toMatch(/blackout/i);
  });

  it('no table action while a tentative agreement awaits the vote, or once the round is over', () => {
    const hot = game({ human: 'both' });
    const ta = act(act(hot, { type: 'propose', side: 'union', packages: [sc23.openings.union] }), { type: 'accept', side: 'studio', index: 0 });
    expect(ta.phase).toBe('ratification');
    const done = edit(hot, (d) => {
      d.phase = 'done';
      d.outcome = 'noDeal';
    });
    // While the ballots are out nobody has a move at the table, whoever last had the turn: every
    // table action (and proposal, answer and acceptance) is refused for the vote.
    for (const kind of TABLE_KINDS) {
      for (const side of ['union', 'studio'] as const) {
        if (TABLE_ACTIONS[kind].who !== 'both' && TABLE_ACTIONS[kind].who !== side) continue;
        const a = { type: kind, side, tone: 'firm' } as unknown as Action;
        for (const turn of ['union', 'studio'] as const) {
          const e = refusal(withTurn(ta, turn), a);
          expect(e.error, `${kind} by ${side} in ratification (${turn}'s turn)`).toBe('awaiting-vote');
          expect(e.message).toMatch(/waiting for the vote/i);
        }
        expect(refusal(done, a).error, `${kind} when done`).toBe('round-over');
      }
    }
    for (const side of ['union', 'studio'] as const)
      for (const a of [
        { type: 'propose', side, packages: [sc23.openings[side]] },
        { type: 'reject', side },
        { type: 'accept', side, index: 0 },
      ] as Action[])
        expect(refusal(withTurn(ta, side), a).error, `${a.type} by ${side} in ratification`).toBe('awaiting-vote');
  });
});

// ---------------------------------------------------------------------------------------------
describe('table actions: stated effects (against the same days passing with no action)', () => {
  it('union town hall raises support and brings expectations toward the offer on the table', () => {
    const s = game({ human: 'both' });
    const after = act(s, { type: 'caucus', side: 'union' });
    const control = idle(s, TABLE_ACTIONS.caucus.days);
    const offer = s.standing!.packages[0]!;
    expect(s.standing!.by).toBe('studio');
    after.members.forEach((m, i) => {
      expect(m.support).toBeGreaterThan(control.members[i]!.support);
      const u = segmentUtility(sp23, i, offer);
      expect(control.members[i]!.expectation).toBeGreaterThan(u);
      expect(m.expectation).toBeLessThan(control.members[i]!.expectation);
      expect(m.expectation).toBeGreaterThanOrEqual(u);
    });
    expect(after.cohesion).toBe(control.cohesion);
  });

  it('studio caucus raises cohesion and narrows the factions\u2019 differences', () => {
    const s = edit(withTurn(game({ human: 'both' }), 'studio'), (d) => {
      d.factions[0]!.patience = 9000;
      d.factions[1]!.patience = 4000;
    });
    const after = act(s, { type: 'caucus', side: 'studio' });
    const control = idle(s, TABLE_ACTIONS.caucus.days);
    expect(after.cohesion).toBeGreaterThan(control.cohesion);
    const spread = (x: GameState) => Math.abs(x.factions[0]!.patience - x.factions[1]!.patience);
    expect(spread(after)).toBeLessThan(spread(control));
    expect(after.members.map((m) => m.support)).toEqual(control.members.map((m) => m.support));
  });

  it('a firm union statement moves public opinion toward the union and stiffens members', () => {
    const s = game({ human: 'both' });
    const after = act(s, { type: 'statement', side: 'union', tone: 'firm' });
    const control = idle(s, TABLE_ACTIONS.statement.days);
    expect(after.publicOpinion.union).toBeGreaterThan(control.publicOpinion.union);
    expect(after.publicOpinion.studio).toBeLessThan(control.publicOpinion.studio);
    expect(after.publicOpinion.neutral).toBe(control.publicOpinion.neutral);
    expect(after.attention).toBeGreaterThan(control.attention);
    after.members.forEach((m, i) => expect(m.expectation).toBeGreaterThan(control.members[i]!.expectation));
  });

  it('a firm studio statement moves public opinion toward the studios', () => {
    const s = withTurn(game({ human: 'both' }), 'studio');
    const after = act(s, { type: 'statement', side: 'studio', tone: 'firm' });
    const control = idle(s, TABLE_ACTIONS.statement.days);
    expect(after.publicOpinion.studio).toBeGreaterThan(control.publicOpinion.studio);
    expect(after.publicOpinion.union).toBeLessThan(control.publicOpinion.union);
    expect(after.cohesion).toBeGreaterThan(control.cohesion);
  });

  it('a conciliatory statement cools its own side and earns the other side\u2019s trust', () => {
    // trust[side] is how far `side` trusts the other: the union's words raise the studios' trust.
    const s = edit(game({ human: 'both' }), (d) => {
      d.trust.studio = 5000;
      d.trust.union = 5000;
    });
    const u = act(s, { type: 'statement', side: 'union', tone: 'conciliatory' });
    const control = idle(s, TABLE_ACTIONS.statement.days);
    u.members.forEach((m, i) => expect(m.expectation).toBeLessThan(control.members[i]!.expectation));
    expect(u.trust.studio).toBeGreaterThan(control.trust.studio);
    expect(u.trust.union).toBe(control.trust.union);
    const st = act(withTurn(s, 'studio'), { type: 'statement', side: 'studio', tone: 'conciliatory' });
    expect(st.cohesion).toBeLessThan(control.cohesion);
    expect(st.trust.union).toBeGreaterThan(control.trust.union);
    expect(st.trust.studio).toBe(control.trust.studio);
    // Each side sees its own trust in its view, and only its own.
    expect(playerView(u, 'studio').trust).toBe(u.trust.studio / 10000);
    expect(playerView(u, 'union').trust).toBe(u.trust.union / 10000);
  });

  it('authorize records a vote; a yes allows a strike and members who expect more vote yes more', () => {
    const s = game({ scenario: '2026' });
    const after = actOnly(s, { type: 'authorize', side: 'union' });
    expect(after.votes).toHaveLength(s.votes.length + 1);
    const v = after.votes[after.votes.length - 1]!;
    expect(v).toMatchObject({ kind: 'authorization', day: s.day });
    expect(after.authorized).toBe(v.passed);
    if (v.passed) expect(after.authorizationYes).toBe(v.yes);
    // The vote is a function of members' grievance: raise expectations far above the offer.
    const angry = act(edit(s, (d) => d.members.forEach((m) => (m.expectation += 400))), { type: 'authorize', side: 'union' });
    const content = act(edit(s, (d) => d.members.forEach((m) => (m.expectation -= 400))), { type: 'authorize', side: 'union' });
    expect(angry.votes.at(-1)!.yes).toBeGreaterThan(content.votes.at(-1)!.yes);
    expect(angry.authorized).toBe(true);
  });

  it('extend moves the expiry to the extension date and takes expired talks back to talks', () => {
    const g = game({ scenario: '2023' });
    const ext = act(g, { type: 'extend', side: 'union' });
    expect(ext.extended).toBe(true);
    expect(ext.expiryDay).toBe(sc23.calendar.extensionDay);
    // No strike until the extension runs out.
    expect(refusal(idleTo(ext, sc23.calendar.extensionDay! - 1), { type: 'strike', side: 'union' }).error).toBe('not-now');
    expect(act(idleTo(ext, sc23.calendar.extensionDay!), { type: 'strike', side: 'union' }).phase).toBe('strike');
    // From holdout (expired, before the extension date).
    const h = holdoutState();
    expect(h.phase).toBe('holdout');
    const back = act(h, { type: 'extend', side: 'union' });
    expect(back.phase).toBe('talks');
    expect(back.resumePhase).toBe('talks');
    // Expires again after the extension date.
    expect(idleTo(back, sc23.calendar.extensionDay! + 1).phase).toBe('holdout');
  });

  it('strike sets phase strike from the next day and raises solidarity', () => {
    for (const human of ['union', 'both'] as const) {
      const s = edit(idleTo(game({ human }), sc23.calendar.expiryDay), (d) => (d.solidarity = 6000));
      const after = actOnly(s, { type: 'strike', side: 'union' });
      expect(after.phase).toBe('strike');
      expect(after.resumePhase).toBe('strike');
      expect(after.strikeStartDay).toBe(s.day + 1);
      expect(after.strikeDays).toBe(0);
      expect(after.solidarity).toBeGreaterThan(s.solidarity);
      expect(after.attention).toBeGreaterThan(s.attention);
      expect(after.turn).toBe('studio');
      // Every day that passes from then on is a strike day: the studios' answer (a caucus) counts them.
      if (human === 'both') expect(act(after, { type: 'caucus', side: 'studio' }).strikeDays).toBe(TABLE_ACTIONS.caucus.days);
      else {
        const answered = advance(after);
        expect(answered.phase).toBe('strike');
        expect(answered.day).toBeGreaterThan(after.day);
        expect(answered.strikeDays).toBe(answered.day - after.day);
      }
    }
  });

  it('suspend: 14 days pass, talks resume after; the walker-out gains at home and loses with the public', () => {
    const s = game({ human: 'both' });
    const days = TABLE_ACTIONS.suspend.days;
    expect(days).toBe(14);
    const u = act(s, { type: 'suspend', side: 'union' });
    const control = idle(s, days);
    expect(u.day).toBe(s.day + days);
    expect(u.talksSuspendedUntil).toBe(u.day);
    u.members.forEach((m, i) => expect(m.support).toBeGreaterThan(control.members[i]!.support));
    expect(u.publicOpinion.union).toBeLessThan(control.publicOpinion.union);
    const st = act(withTurn(s, 'studio'), { type: 'suspend', side: 'studio' });
    expect(st.cohesion).toBeGreaterThan(control.cohesion);
    expect(st.publicOpinion.union).toBeGreaterThan(control.publicOpinion.union);
    // Talks have resumed: the next move costs just its half of a session.
    expect(u.turn).toBe('studio');
    const next = act(u, { type: 'propose', side: 'studio', packages: [sc23.openings.studio] });
    expect(u.phase).toBe('talks');
    expect(next.day - u.day).toBe(halfSession(sc23, 'standard', 'talks', 'studio'));
    expect(next.day - u.day).toBe(sessionDays(u, 'studio'));
  });

  it('a proposal made while talks are on hold waits for them to resume', () => {
    const s = edit(game(), (d) => (d.talksSuspendedUntil = 9));
    const after = actOnly(s, { type: 'propose', side: 'union', packages: [sc23.openings.union] });
    expect(after.day).toBe(9 + halfSession(sc23, 'standard', 'talks', 'union'));
    // The offer was made the day talks resumed, not the day it was sent.
    expect(after.offers.at(-1)).toMatchObject({ by: 'union', day: 9 });
    // The same for an answer without a counter-offer.
    expect(actOnly(s, { type: 'reject', side: 'union' }).day).toBe(9 + halfSession(sc23, 'standard', 'talks', 'union'));
  });

  it('CEOs: used once, in the room for three weeks, pressure on both committees rises', () => {
    const s = withTurn(game({ human: 'both' }), 'studio');
    const after = act(s, { type: 'ceos', side: 'studio' });
    const control = idle(s, TABLE_ACTIONS.ceos.days);
    expect(after.ceosUsed).toBe(true);
    expect(after.ceosUntil).toBe(s.day + P.table.ceos.lasts);
    expect(P.table.ceos.lasts).toBe(21);
    expect(after.attention).toBeGreaterThan(control.attention);
    for (const side of ['union', 'studio'] as const) expect(pressure(after, sc23, side)).toBeGreaterThan(pressure(control, sc23, side));
    // Gone once the three weeks are over.
    const later = idleTo(after, after.ceosUntil);
    const laterControl = idleTo(control, after.ceosUntil);
    expect(pressure(later, sc23, 'studio')).toBeCloseTo(pressure(laterControl, sc23, 'studio'), 1);
  });

  it('mediator: says whether a zone of agreement exists today, and where', () => {
    const frontier = paretoFrontier(sp23.tables.union, sp23.tables.studio);
    const walkAways = (s: GameState) => ({ ru: reservation(s, sc23, sp23, 'union'), rs: reservation(s, sc23, sp23, 'studio') });
    const zoneExists = (s: GameState) => {
      const { ru, rs } = walkAways(s);
      return frontier.a.some((a, i) => a >= ru && frontier.b[i]! >= rs);
    };
    const start = game();
    // Members who expect little and studios that have lost a fortune: a zone opens.
    const soft = edit(start, (d) => {
      d.members.forEach((m) => (m.expectation = 0));
      d.studioLosses = 50_000_000;
    });
    const seen: boolean[] = [];
    // The mediator reads each walk-away only roughly: at most `noise` deci-points off either way.
    const noise = P.table.mediator.noise;
    for (const s of [start, soft]) {
      const after = actOnly(s, { type: 'mediator', side: 'union' });
      const hint = after.mediatorHint!;
      expect(hint).not.toBeNull();
      expect(hint.day).toBe(s.day);
      expect(after.attention).toBeLessThan(idle(s, TABLE_ACTIONS.mediator.days).attention);
      const exists = zoneExists(s);
      seen.push(exists);
      // A zone wide (or a gap deep) enough that a rough reading cannot mistake it.
      expect(hint.possible).toBe(exists);
      const { ru, rs } = walkAways(s);
      if (exists) {
        // A package both committees would take by the mediator's reading, and one nobody could improve for both.
        const pkg = hint.package!;
        expect(utilityOf(sp23, 'union', pkg)).toBeGreaterThanOrEqual(ru - noise);
        expect(utilityOf(sp23, 'studio', pkg)).toBeGreaterThanOrEqual(rs - noise);
        // What mediators propose: between the two sides' latest positions on every issue (a
        // playtester was offered 0.5% later raises with both sides at 3% or more).
        const lastU = [...s.offers].reverse().find((o) => o.by === 'union')!.packages[0]!;
        const lastS = [...s.offers].reverse().find((o) => o.by === 'studio')!.packages[0]!;
        expect(pkg.every((l, i) => l >= Math.min(lastU[i]!, lastS[i]!) && l <= Math.max(lastU[i]!, lastS[i]!))).toBe(true);
        expect(mediatorWords(sc23, hint)).toMatch(/deal looks possible today/i);
        // A person with a rough reading, not an oracle: the words say so.
        expect(mediatorWords(sc23, hint)).toMatch(/might work for both committees, if each settles for what it truly needs.*may still ask for more, and I may have read either of you wrong/);
        expect(mediatorWords(sc23, hint)).toContain(describePackage(sc23, pkg));
      } else {
        // The gap: the smallest total shortfall of any frontier package from the two walk-aways.
        let gap = Infinity;
        frontier.a.forEach((a, i) => (gap = Math.min(gap, Math.max(0, ru - a) + Math.max(0, rs - frontier.b[i]!))));
        expect(gap).toBeGreaterThan(2 * noise);
        // Each walk-away read up to `noise` off: the gap heard is off by at most twice that.
        expect(Math.abs(hint.gap! - gap)).toBeLessThanOrEqual(2 * noise);
        expect(hint.package).toBeUndefined();
        expect(mediatorWords(sc23, hint)).toMatch(/no deal is possible yet/i);
        expect(mediatorWords(sc23, hint)).toMatch(/points counted on both your schedules together/);
        expect(mediatorWords(sc23, hint)).toContain(`about ${Math.round(hint.gap! / 10)} points`);
      }
      // The log holds the hint as data; its words come from words.ts.
      const entry = after.log.find((l) => l.ref === 'mediator' && l.kind === 'action')!;
      expect(entry).toMatchObject({ day: s.day, side: 'union', data: { hint } });
      expect(logText(sc23, entry)).toContain(mediatorWords(sc23, hint));
      // Both sides hear it; their views give the gap in points, like every other figure.
      for (const side of ['union', 'studio'] as const) expect(playerView(after, side).public.mediator).toEqual(hint.gap === undefined ? hint : { ...hint, gap: hint.gap / 10 });
    }
    expect(seen).toEqual([false, true]);
  });

  it('blackout: toggles; public opinion holds still while it lasts', () => {
    const s = game();
    // The toggle itself takes no days; the studios answer it as any move.
    expect(actOnly(s, { type: 'blackout', side: 'union' }).day).toBe(s.day);
    const dark = act(s, { type: 'blackout', side: 'union' });
    expect(dark.blackout).toBe(true);
    expect(dark.turn).toBe('union');
    // Suspending talks would cost the union public sympathy; under a blackout nothing moves.
    const quiet = actOnly(dark, { type: 'suspend', side: 'union' });
    expect(quiet.publicOpinion).toEqual(dark.publicOpinion);
    expect(quiet.daily.filter((d) => d.day > dark.day).every((d) => d.publicUnion === dark.publicOpinion.union)).toBe(true);
    // The control: the same day and the same walk-out with the blackout lifted (constructed).
    const lit = edit(dark, (d) => (d.blackout = false));
    const loud = actOnly(lit, { type: 'suspend', side: 'union' });
    expect(loud.publicOpinion).not.toEqual(dark.publicOpinion);
    // Attention fades faster under a blackout.
    expect(quiet.attention).toBeLessThan(loud.attention);
    expect(act(dark, { type: 'blackout', side: 'union' }).blackout).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------
describe('bargaining: propose, accept, reject, votes', () => {
  it('against the computer a proposal is answered and a session passes', () => {
    for (const id of SCENARIO_IDS)
      for (const pace of ['standard', 'quick'] as const) {
        const sc = getScenario(id)!;
        const s = game({ scenario: id, pace });
        const moved = actOnly(s, { type: 'propose', side: 'union', packages: [sc.openings.union] });
        // The union's half of the session, then the studios have the move.
        expect(moved.day - s.day).toBe(halfSession(sc, pace, 'talks', 'union'));
        expect(moved.turn).toBe('studio');
        const after = advance(moved);
        // The studios' half: a whole session has passed.
        expect(after.day - s.day).toBe(sc.calendar.sessionDays[pace].talks);
        expect(after.offers[s.offers.length]).toMatchObject({ by: 'union', packages: [sc.openings.union], day: s.day });
        // The studios answer: a counter, or no counter ("the gap is too great" / their offer stands),
        // which puts their own last offer back on the table.
        expect(after.standing?.by).toBe('studio');
        const answer = saidBy(moved, after, 'studio');
        expect(answer.some((l) => l.kind === 'offer' || l.kind === 'reject')).toBe(true);
        if (answer.some((l) => l.kind === 'reject')) {
          expect(after.offers.length).toBe(moved.offers.length);
          expect(after.standing!.packages).toEqual(moved.offers.filter((o) => o.by === 'studio').at(-1)!.packages);
        }
        // The committee says why, in a line of its mood.
        expect(answer.filter((l) => l.kind === 'line').length).toBe(1);
        expect(after.turn).toBe('union');
      }
  });

  it('a \u201cfinal\u201d offer said again unchanged is holding: the computer meets it as any offer that has not moved', () => {
    // A strategy hunt's union called one package final on every offer: each was answered as a
    // new last word, never with the rebuff (and, in a strike, the walk-out) that meets a side
    // that does not move.
    const s0 = game({ scenario: '2023', difficulty: 'easy' });
    const far = sc23.openings.union;
    const once = act(s0, { type: 'propose', side: 'union', packages: [far], final: true });
    expect(saidBy(s0, once, 'studio').filter((l) => l.kind === 'line').map((l) => l.ref)).toEqual(['reject-final']);
    const twice = act(once, { type: 'propose', side: 'union', packages: [far], final: true });
    const lines = saidBy(once, twice, 'studio').filter((l) => l.kind === 'line').map((l) => l.ref);
    expect(lines).toEqual(['signal']);
    // A new final (a step down) is a new last word again.
    const step = far.map((l, i) => (i === 0 ? l - 1 : l));
    const thrice = act(twice, { type: 'propose', side: 'union', packages: [step], final: true });
    expect(saidBy(twice, thrice, 'studio').filter((l) => l.kind === 'line').map((l) => l.ref)).toEqual(['reject-final']);
  });

  it('an easy union settles at its floor where its floor already sits above what members expect; a firmer one keeps its margin', () => {
    const ai = P.ai;
    const margin = ai.union.ratifyMargin;
    // The floor 10 points above members' expectations: the margin over them is covered.
    expect(stance(ai, 'easy', 'union', 0.5, 1, 0, 100)).toBe(0);
    expect(stance(ai, 'normal', 'union', 0.5, 1, 0, 100)).toBe(margin);
    expect(stance(ai, 'hard', 'union', 0.5, 1, 0, 100)).toBeGreaterThan(margin);
    // Members expecting more than the floor: every committee keeps its margin over them.
    expect(stance(ai, 'easy', 'union', 0.5, 1, 0, -50)).toBe(margin);
    expect(stance(ai, 'easy', 'union', 0.5, 1, 0, 10)).toBe(margin - 10);
  });

  it('a concession taken back and made again earns what holding earns: only new ground is repaid', () => {
    // The studios' committee, answering a union offer (the latest on the table is the union's).
    const s0 = actOnly(game({ scenario: '2023', difficulty: 'easy' }), { type: 'propose', side: 'union', packages: [sc23.openings.union] });
    const view = playerView(s0, 'studio');
    const own = ownTable(view);
    const base = decide(view, null).memory;
    const reserve = Math.round(view.walkAway * 10);
    const target = (received: number[]) => {
      const mem = { ...structuredClone(base), received, ownOffers: [score(own, view.opening)], lastReserve: reserve };
      return aspiration({ view, own, mem, opp: 'union', reserve, top: score(own, view.opening), tau: view.pressure });
    };
    const conceded = target([100, 300]);
    const yoyo = target([100, 300, 100, 300]);
    const held = target([100, 300, 300, 300]);
    expect(conceded).toBeLessThan(yoyo); // a real concession is repaid
    expect(yoyo).toBe(held); // the same concession again is not
  });

  it('the easy studios\u2019 offer moves during a long strike as its costs mount (a soft stance does not stiffen)', async () => {
    // A playtester saw the easy studios hold one package for 80 days, 49 of them on strike: their
    // stance of 8 points below the walk-away faded toward zero as fast as the strike's costs
    // lowered the walk-away. Before the fix, 2 of these 12 strikes saw no new studio offer at all.
    const tft = (await strategies()).find((st) => st.name === 'tit-for-tat')!.make('');
    let long = 0;
    for (let i = 1; i <= 12; i++) {
      const r = playRound({ scenario: '2023', seed: `bal-${i}`, human: 'union', difficulty: 'easy', pace: 'standard' }, { union: tft });
      if (isError(r)) throw new Error(r.message);
      const s = r.state;
      if (s.strikeStartDay == null || s.strikeDays < 40) continue;
      long++;
      const before = s.offers.filter((o) => o.by === 'studio' && o.day < s.strikeStartDay!).pop()!;
      const during = s.offers.filter((o) => o.by === 'studio' && o.day >= s.strikeStartDay!);
      expect(new Set([before, ...during].map((o) => JSON.stringify(o.packages))).size, `seed bal-${i}`).toBeGreaterThan(1);
    }
    expect(long).toBeGreaterThanOrEqual(6);
  });

  it('a move costs half a session in every phase: the union\u2019s half rounded down, the studios\u2019 up', () => {
    for (const id of SCENARIO_IDS) {
      const sc = getScenario(id)!;
      for (const pace of ['standard', 'quick'] as const) {
        const hot = game({ scenario: id, pace, human: 'both' });
        const holdout = idleTo(hot, hot.expiryDay + 1);
        const strike = actOnly(
          edit(idleTo(hot, hot.expiryDay), (d) => ((d.authorized = true), (d.authorizationYes = 9000))),
          { type: 'strike', side: 'union' },
        );
        for (const [phase, start] of [
          ['talks', hot],
          ['holdout', holdout],
          ['strike', withTurn(strike, 'union')],
        ] as const) {
          expect(start.phase).toBe(phase);
          // A proposal by the union, an answer without a counter by the studios, then the other way round.
          const u1 = actOnly(start, { type: 'propose', side: 'union', packages: [sc.openings.union] });
          expect(u1.day - start.day, `${id} ${pace} ${phase} union proposes`).toBe(halfSession(sc, pace, phase, 'union'));
          const s1 = actOnly(u1, { type: 'reject', side: 'studio' });
          expect(s1.day - u1.day, `${id} ${pace} ${phase} studios answer`).toBe(halfSession(sc, pace, phase, 'studio'));
          expect(s1.day - start.day).toBe(sc.calendar.sessionDays[pace][phase]);
          const s2 = actOnly(withTurn(start, 'studio'), { type: 'propose', side: 'studio', packages: [sc.openings.studio] });
          expect(s2.day - start.day, `${id} ${pace} ${phase} studios propose`).toBe(halfSession(sc, pace, phase, 'studio'));
          const u2 = actOnly(s2, { type: 'reject', side: 'union' });
          expect(u2.day - s2.day, `${id} ${pace} ${phase} union answers`).toBe(halfSession(sc, pace, phase, 'union'));
          // What the page shows before the move is what it costs.
          expect(sessionDays(start, 'union')).toBe(halfSession(sc, pace, phase, 'union'));
          expect(sessionDays(start, 'studio')).toBe(halfSession(sc, pace, phase, 'studio'));
        }
      }
    }
  });

  it('against the computer, a session in a holdout costs the scenario\u2019s holdout days', () => {
    const h = holdoutState();
    expect(act(h, { type: 'propose', side: 'union', packages: [sc23.openings.union] }).day - h.day).toBe(sc23.calendar.sessionDays.standard.holdout);
    // In a strike the union's half is the strike's (the studios may answer with a move of another kind).
    const st = strikeState();
    expect(actOnly(st, { type: 'propose', side: 'union', packages: [sc23.openings.union] }).day - st.day).toBe(halfSession(sc23, 'standard', 'strike', 'union'));
  });

  it('the computer\u2019s counter is a valid MESO set of at most its difficulty\u2019s size', () => {
    for (const difficulty of ['easy', 'normal', 'hard'] as const) {
      let s = game({ difficulty, human: 'studio' });
      for (let k = 0; k < 6 && s.phase !== 'done' && s.phase !== 'ratification'; k++) {
        s = act(s, { type: 'propose', side: 'studio', packages: [sc23.openings.studio] });
        if (s.standing?.by !== 'union') continue;
        const pk = s.standing.packages;
        expect(pk.length).toBeGreaterThanOrEqual(1);
        expect(pk.length).toBeLessThanOrEqual(P.ai.concession[difficulty].meso);
        expect(new Set(pk.map((p) => p.join())).size).toBe(pk.length);
        expect(invariantProblems(s)).toEqual([]);
      }
    }
  });

  it('MESO: up to three distinct packages; the other side accepts the one it chooses', () => {
    const s = game({ human: 'both' });
    const set: Package[] = [
      [22, 10, 7, 5, 10, 0, 1],
      [22, 10, 6, 5, 10, 0, 1],
      [21, 10, 7, 5, 10, 0, 1],
    ];
    const proposed = act(s, { type: 'propose', side: 'union', packages: set });
    expect(proposed.standing).toMatchObject({ by: 'union', packages: set });
    expect(proposed.offers.at(-1)!.packages).toEqual(set);
    for (const index of [0, 1, 2]) {
      const accepted = act(proposed, { type: 'accept', side: 'studio', index });
      expect(accepted.phase).toBe('ratification');
      expect(accepted.agreement!.packages).toEqual(set[index]);
      expect(accepted.log.at(-2)).toMatchObject({ kind: 'accept', side: 'studio', data: { packages: [set[index]] } });
      expect(logText(sc23, accepted.log.at(-2)!)).toContain(describePackage(sc23, set[index]!));
    }
    expect(refusal(proposed, { type: 'accept', side: 'studio', index: 3 }).error).toBe('bad-index');
  });

  it('MESO: four packages, duplicates or none are refused', () => {
    const s = game({ human: 'both' });
    const a: Package = [20, 10, 6, 5, 10, 0, 1];
    const four = [a, [19, 10, 6, 5, 10, 0, 1], [18, 10, 6, 5, 10, 0, 1], [17, 10, 6, 5, 10, 0, 1]];
    expect(refusal(s, { type: 'propose', side: 'union', packages: four }).error).toBe('bad-packages');
    expect(refusal(s, { type: 'propose', side: 'union', packages: [a, a.slice()] }).error).toBe('bad-packages');
    expect(refusal(s, { type: 'propose', side: 'union', packages: [a, four[1]!, a.slice()] }).error).toBe('bad-packages');
    expect(refusal(s, { type: 'propose', side: 'union', packages: [] }).error).toBe('bad-packages');
  });

  it('tentative agreement: the board votes, then the members ratify; the deal is what was accepted', () => {
    const s = game({ human: 'both' });
    const proposed = act(s, { type: 'propose', side: 'union', packages: [sc23.openings.union] });
    const ta = act(proposed, { type: 'accept', side: 'studio', index: 0 });
    expect(ta.phase).toBe('ratification');
    expect(ta.day).toBe(proposed.day); // accepting takes no days
    const board = ta.votes.at(-1)!;
    expect(board).toMatchObject({ kind: 'board', passed: true, day: ta.day });
    expect(ta.agreement).toMatchObject({ packages: sc23.openings.union, day: ta.day, board });
    expect(ta.standing).toBeNull();
    // Nothing but the count while the ballots are out.
    expect(refusal(ta, { type: 'propose', side: 'union', packages: [sc23.openings.union] }).error).toBe('awaiting-vote');
    expect(refusal(ta, { type: 'reject', side: 'union' }).error).toBe('awaiting-vote');
    const counted = act(ta, { type: 'countVotes', side: 'studio' });
    expect(counted.day).toBe(ta.day + sc23.ratificationDays);
    const vote = counted.votes.at(-1)!;
    expect(vote.kind).toBe('ratification');
    expect(vote.passed).toBe(true);
    expect(vote.bySegment!.map((b) => b.id)).toEqual(sc23.segments.map((x) => x.id));
    expect(counted.phase).toBe('done');
    expect(counted.outcome).toBe('ratified');
    expect(counted.deal).toEqual(sc23.openings.union);
    expect(refusal(counted, { type: 'countVotes', side: 'union' }).error).toBe('round-over');
  });

  it('a deal further above members\u2019 expectations gets more yes votes', () => {
    const hot = game({ human: 'both' });
    const ta = act(act(hot, { type: 'propose', side: 'union', packages: [sc23.openings.union] }), { type: 'accept', side: 'studio', index: 0 });
    const yesWith = (shift: number) => act(edit(ta, (d) => d.members.forEach((m) => (m.expectation += shift))), { type: 'countVotes', side: 'union' }).votes.at(-1)!.yes;
    expect(yesWith(-150)).toBeGreaterThan(yesWith(0));
    expect(yesWith(0)).toBeGreaterThan(yesWith(150));
  });

  it('the board rejects a deal far below expectations: back to the table, members angrier', () => {
    const s = game({ human: 'both' });
    // The union accepts the studios' opening at once.
    const after = act(s, { type: 'accept', side: 'union', index: 0 });
    const board = after.votes.at(-1)!;
    expect(board.kind).toBe('board');
    expect(board.passed).toBe(false);
    expect(after.phase).toBe('talks');
    expect(after.agreement).toBeNull();
    expect(after.standing).toBeNull();
    after.members.forEach((m, i) => expect(m.expectation).toBe(s.members[i]!.expectation + P.agreement.rejected.expectation));
    // Each side trusts the other less.
    expect(after.trust.studio).toBe(clampBpTest(s.trust.studio + P.agreement.rejected.trust));
    expect(after.trust.union).toBe(clampBpTest(s.trust.union + P.agreement.rejected.trust));
    expect(P.agreement.rejected.trust).toBeLessThan(0);
    // The union's committee must come back with something its members will take.
    expect(after.turn).toBe('union');
  });

  for (const id of SCENARIO_IDS) {
    it(`${id}: a rejected ratification sends talks back (holdout if expired) and raises expectations`, () => {
      const sc = getScenario(id)!;
      const hot = game({ scenario: id, human: 'both' });
      const ta = act(act(hot, { type: 'propose', side: 'union', packages: [sc.openings.union] }), { type: 'accept', side: 'studio', index: 0 });
      expect(ta.phase).toBe('ratification');
      // Members now expect far more than the deal gives them: all but 2 points of everything
      // (their hopes never pass everything; a rejection raises them toward it).
      const sp = spaceOf(sc);
      const greedy = edit(ta, (d) => d.members.forEach((m, i) => (m.expectation = expectationCeiling(sp, i) - 20)));
      const after = act(greedy, { type: 'countVotes', side: 'union' });
      const vote = after.votes.at(-1)!;
      expect(vote).toMatchObject({ kind: 'ratification', passed: false });
      expect(after.outcome).toBeNull();
      expect(after.deal).toBeNull();
      expect(after.agreement).toBeNull();
      expect(after.day).toBe(ta.day + sc.ratificationDays);
      expect(after.phase).toBe(after.day > after.expiryDay ? 'holdout' : 'talks');
      after.members.forEach((m, i) => expect(m.expectation).toBeGreaterThan(greedy.members[i]!.expectation));
      expect(after.trust.union).toBeLessThan(ta.trust.union);
      expect(after.trust.studio).toBeLessThan(ta.trust.studio);
      expect(after.turn).toBe('union');
      // Talks go on.
      expect(isError(applyAction(after, { type: 'propose', side: 'union', packages: [sc.openings.union] }))).toBe(false);
    });
  }
  it('the ballot days pass on the calendar one by one: a daily record each, and no events', () => {
    const hot = game({ human: 'both' });
    const ta = act(act(hot, { type: 'propose', side: 'union', packages: [sc23.openings.union] }), { type: 'accept', side: 'studio', index: 0 });
    expect(ta.phase).toBe('ratification');
    // An event due during the count (moved into it: constructed) does not fire, and its day passes.
    const poll = sc23.events.find((e) => e.id === 'gallup-poll')!;
    expect(poll.strike).toBeUndefined();
    expect(poll.phases).toBeUndefined();
    const due = ta.day + 5;
    const moved = (s: GameState) =>
      edit(s, (d) => {
        const entry = d.eventSchedule.find((e) => e.id === poll.id)!;
        entry.at = due;
        entry.anchor = 'talks';
      });
    const counted = act(moved(ta), { type: 'countVotes', side: 'union' });
    expect(counted.day).toBe(ta.day + sc23.ratificationDays);
    expect(counted.outcome).toBe('ratified');
    expect(counted.firedEvents).not.toContain(poll.id);
    expect(counted.log.slice(ta.log.length).filter((l) => l.kind === 'event')).toEqual([]);
    // The control: the same event, on the same day, fires when talks are on.
    const control = idleTo(moved(hot), due);
    expect(control.phase).toBe('talks');
    expect(control.firedEvents).toContain(poll.id);
    // The daily series runs through the count without a gap, in the ratification phase.
    expect(counted.daily.map((d) => d.day)).toEqual(Array.from({ length: counted.day + 1 }, (_, i) => i));
    const ballot = counted.daily.filter((d) => d.day > ta.day);
    expect(ballot).toHaveLength(sc23.ratificationDays);
    expect(ballot.every((d) => d.phase === 'ratification')).toBe(true);
    expect(counted.daily.filter((d) => d.day <= ta.day)).toEqual(ta.daily);
    // The vote was taken on the last ballot day.
    expect(counted.votes.at(-1)).toMatchObject({ kind: 'ratification', day: counted.day });
    expect(invariantProblems(counted)).toEqual([]);
  });

  it('during a strike the ballot days are not strike days: no losses, members\u2019 savings untouched', () => {
    const s = strikeState({ human: 'both' });
    const striking = idle(s, 12);
    expect(striking.phase).toBe('strike');
    const ta = act(act(striking, { type: 'propose', side: 'union', packages: [sc23.openings.union] }), { type: 'accept', side: 'studio', index: 0 });
    expect(ta.phase).toBe('ratification');
    const counted = act(ta, { type: 'countVotes', side: 'union' });
    expect(counted.daily.filter((d) => d.day > ta.day).map((d) => d.dailyLoss)).toEqual(new Array<number>(sc23.ratificationDays).fill(0));
    expect(counted.strikeDays).toBe(ta.strikeDays);
    expect(counted.studioLosses).toBe(ta.studioLosses);
    counted.members.forEach((m, i) => expect(m.savings).toBe(ta.members[i]!.savings));
  });

  it('the hard cap waits for a vote under way: a deal ratified past the cap stands, a rejected one ends the round', () => {
    for (const id of SCENARIO_IDS) {
      const sc = getScenario(id)!;
      const cap = sc.calendar.hardCapDay;
      // A tentative agreement a few days before the cap (constructed: the day moved forward).
      const hot = game({ scenario: id, human: 'both' });
      const ta = edit(act(act(hot, { type: 'propose', side: 'union', packages: [sc.openings.union] }), { type: 'accept', side: 'studio', index: 0 }), (d) => {
        d.day = cap - 3;
        d.agreement!.day = cap - 3;
      });
      expect(ta.phase).toBe('ratification');
      expect(ta.day + sc.ratificationDays).toBeGreaterThan(cap);
      const passed = act(ta, { type: 'countVotes', side: 'union' });
      expect(passed.day).toBe(ta.day + sc.ratificationDays);
      expect(passed.votes.at(-1)).toMatchObject({ kind: 'ratification', passed: true });
      expect(passed.outcome).toBe('ratified');
      expect(passed.deal).toEqual(sc.openings.union);
      expect(passed.daily.filter((d) => d.day > ta.day).every((d) => d.phase === 'ratification')).toBe(true);
      // The same vote lost: past the cap there is no table to go back to.
      const greedy = edit(ta, (d) => d.members.forEach((m) => (m.expectation += 3000)));
      const rejected = act(greedy, { type: 'countVotes', side: 'union' });
      expect(rejected.votes.at(-1)).toMatchObject({ kind: 'ratification', passed: false });
      expect(rejected.outcome).toBe('noDeal');
      expect(rejected.phase).toBe('done');
      expect(rejected.deal).toBeNull();
      expect(rejected.day).toBe(ta.day + sc.ratificationDays);
      expect(rejected.log.at(-1)).toMatchObject({ kind: 'ending', ref: 'noDeal' });
      // (Before the cap a rejection sends the sides back to the table: see the test above.)
    }
  });

  it('both back-to-table branches are exercised (2023 expires during the count, 2026 does not)', () => {
    expect(2 + sc23.ratificationDays).toBeGreaterThan(sc23.calendar.expiryDay);
    expect(4 + sc26.ratificationDays).toBeLessThanOrEqual(sc26.calendar.expiryDay);
  });

  it('a rejected deal during a strike resumes the strike', () => {
    const s = strikeState({ human: 'both' });
    const ta = act(act(s, { type: 'propose', side: 'union', packages: [sc23.openings.union] }), { type: 'accept', side: 'studio', index: 0 });
    expect(ta.phase).toBe('ratification');
    const after = act(edit(ta, (d) => d.members.forEach((m) => (m.expectation += 3000))), { type: 'countVotes', side: 'union' });
    expect(after.phase).toBe('strike');
  });

  it('hot-seat reject passes the turn without a counter, puts one\u2019s own last offer back, and costs half a session', () => {
    const s = game({ human: 'both' });
    expect(s.standing?.by).toBe('studio');
    const after = act(s, { type: 'reject', side: 'union' });
    expect(after.turn).toBe('studio');
    // No new offer; the union's own last offer (its opening) stands again, for the studios to answer.
    expect(after.offers).toEqual(s.offers);
    expect(after.standing).toEqual({ by: 'union', packages: [sc23.openings.union], final: false, day: s.day });
    const entry = after.log.slice(s.log.length).find((l) => l.kind === 'reject')!;
    expect(entry).toMatchObject({ side: 'union', day: s.day, data: { on: true } });
    expect(logText(sc23, entry)).toMatch(/turns the offer down without a counter-offer; its own last offer stands/);
    expect(after.day - s.day).toBe(halfSession(sc23, 'standard', 'talks', 'union'));
    // The studios may now accept the union's offer that stands again.
    expect(isError(applyAction(after, { type: 'accept', side: 'studio', index: 0 }))).toBe(false);
    // Answering without a counter while one's own offer already stands only holds the position.
    const held = act(act(s, { type: 'propose', side: 'union', packages: [sc23.targets.union] }), { type: 'caucus', side: 'studio' });
    expect(held.standing?.by).toBe('union');
    const again = act(held, { type: 'reject', side: 'union' });
    expect(again.standing).toMatchObject({ by: 'union', packages: [sc23.targets.union] });
    const hold = again.log.slice(held.log.length).find((l) => l.kind === 'reject')!;
    expect(hold.data).toBeUndefined();
    expect(logText(sc23, hold)).toMatch(/holds its position/i);
  });

  it('a "final" offer that stands again is still final', () => {
    const s = game({ human: 'both' });
    const finalOffer = act(s, { type: 'propose', side: 'union', packages: [sc23.targets.union], final: true });
    const countered = act(finalOffer, { type: 'propose', side: 'studio', packages: [sc23.openings.studio] });
    const back = act(countered, { type: 'reject', side: 'union' });
    expect(back.standing).toMatchObject({ by: 'union', packages: [sc23.targets.union], final: true });
  });

  it('against the computer, a rejection gets the computer\u2019s answer', () => {
    const s = game();
    const moved = actOnly(s, { type: 'reject', side: 'union' });
    expect(moved.standing).toMatchObject({ by: 'union', packages: [sc23.openings.union] });
    const after = advance(moved);
    expect(after.turn).toBe('union');
    expect(after.standing?.by).toBe('studio');
    expect(after.actionsTaken).toBe(s.actionsTaken + 2);
    expect(after.day - s.day).toBe(sc23.calendar.sessionDays.standard.talks);
  });

  it('accept needs an offer from the other side on the table', () => {
    const s = game({ human: 'both' });
    const mine = act(s, { type: 'propose', side: 'union', packages: [sc23.openings.union] });
    // The studios answer with a table action: the move is the union's, but the offer on the table is its own.
    const back = act(mine, { type: 'caucus', side: 'studio' });
    expect(back.turn).toBe('union');
    expect(back.standing?.by).toBe('union');
    expect(refusal(back, { type: 'accept', side: 'union', index: 0 }).error).toBe('nothing-to-accept');
    // A rejected deal clears the table: nothing to accept until someone proposes.
    const rejected = act(s, { type: 'accept', side: 'union', index: 0 });
    expect(rejected.votes.at(-1)).toMatchObject({ kind: 'board', passed: false });
    expect(rejected.standing).toBeNull();
    expect(refusal(rejected, { type: 'accept', side: 'union', index: 0 }).error).toBe('nothing-to-accept');
    // After the studios' answer without a counter, their own last offer is on the table again.
    const answered = act(mine, { type: 'reject', side: 'studio' });
    expect(answered.standing).toMatchObject({ by: 'studio', packages: [sc23.openings.studio] });
    expect(isError(applyAction(answered, { type: 'accept', side: 'union', index: 0 }))).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------
describe('last, best and final', () => {
  const P1: Package = [20, 10, 6, 5, 10, 0, 1];
  const better: Package = [17, 9, 5, 4, 8, 0, 1]; // better for the studios than P1
  const worse: Package = [21, 10, 7, 5, 10, 0, 1]; // worse for the studios than P1

  it('the union loses credibility when it later improves on its own final offer', () => {
    expect(utilityOf(sp23, 'studio', better)).toBeGreaterThan(utilityOf(sp23, 'studio', P1));
    expect(utilityOf(sp23, 'union', better)).toBeLessThan(utilityOf(sp23, 'union', P1)); // a concession on its own scale
    const s = game({ human: 'both' });
    const run = (final: boolean) =>
      actAll(s, [
        { type: 'propose', side: 'union', packages: [P1], final },
        { type: 'reject', side: 'studio' },
        { type: 'propose', side: 'union', packages: [better] },
      ]);
    const broke = run(true);
    const control = run(false);
    expect(broke.finalBy).toEqual(['union']);
    expect(broke.brokeFinal).toEqual(['union']);
    expect(control.brokeFinal).toEqual([]);
    broke.members.forEach((m, i) => expect(m.support).toBeLessThan(control.members[i]!.support));
    expect(broke.trust.studio).toBeLessThan(control.trust.studio);
    expect(broke.log.some((l) => l.ref === 'broke-final' && l.side === 'union')).toBe(true);
    // The offer is still made.
    expect(broke.standing).toMatchObject({ by: 'union', packages: [better] });
  });

  it('it is judged on the breaker\u2019s own scale, not on the receiver\u2019s', () => {
    const s = game({ human: 'both' });
    const u = (p: Package) => utilityOf(sp23, 'union', p);
    const st = (p: Package) => utilityOf(sp23, 'studio', p);
    // A trade: better for the studios and no worse for the union. Not a concession by the union.
    const trade: Package = [22, 10, 6, 5, 8, 0, 1];
    expect(st(trade)).toBeGreaterThan(st(P1));
    expect(u(trade)).toBeGreaterThanOrEqual(u(P1));
    // Worse for both: the union gives up more than its final offer did, though the studios gain nothing.
    const giveaway: Package = [21, 10, 6, 5, 10, 1, 1];
    expect(u(giveaway)).toBeLessThan(u(P1));
    expect(st(giveaway)).toBeLessThanOrEqual(st(P1));
    const after = (next: Package) =>
      actAll(s, [
        { type: 'propose', side: 'union', packages: [P1], final: true },
        { type: 'reject', side: 'studio' },
        { type: 'propose', side: 'union', packages: [next] },
      ]);
    expect(after(trade).brokeFinal).toEqual([]);
    expect(after(trade).log.some((l) => l.ref === 'broke-final')).toBe(false);
    expect(after(giveaway).brokeFinal).toEqual(['union']);
    expect(after(giveaway).log.some((l) => l.ref === 'broke-final' && l.side === 'union')).toBe(true);
    // In a MESO set, one package below the final offer is enough.
    const set = after(P1);
    expect(set.brokeFinal).toEqual([]);
    const mixed = actAll(s, [
      { type: 'propose', side: 'union', packages: [P1], final: true },
      { type: 'reject', side: 'studio' },
      { type: 'propose', side: 'union', packages: [worse, giveaway] },
    ]);
    expect(mixed.brokeFinal).toEqual(['union']);
  });

  // Was a bug (an it.fails here): each new package was compared with the FIRST package of the
  // final set only, so repeating one's own final MESO set counted as going past it. Now a break
  // is a package worth less to the breaker than every package of its final set.
  it('repeating one\u2019s own final MESO set word for word is not going past it', () => {
    const s = game({ human: 'both' });
    const Y: Package = [19, 10, 6, 5, 10, 0, 1];
    expect(utilityOf(sp23, 'union', Y)).toBeLessThan(utilityOf(sp23, 'union', P1));
    const after = actAll(s, [
      { type: 'propose', side: 'union', packages: [P1, Y], final: true },
      { type: 'reject', side: 'studio' },
      { type: 'propose', side: 'union', packages: [P1, Y] },
    ]);
    expect(after.brokeFinal).toEqual([]);
  });

  it('accepting less than one\u2019s own final offer is going past it; accepting as much is not', () => {
    // A strategy hunt called every offer final and then took the other side's counter below it, for free.
    const s = game({ human: 'both' });
    const below: Package = [19, 10, 6, 5, 10, 0, 1];
    const run = (counter: Package) =>
      actAll(s, [
        { type: 'propose', side: 'union', packages: [P1], final: true },
        { type: 'propose', side: 'studio', packages: [counter] },
        { type: 'accept', side: 'union', index: 0 },
      ]);
    expect(utilityOf(sp23, 'union', below)).toBeLessThan(utilityOf(sp23, 'union', P1));
    const broke = run(below);
    expect(broke.brokeFinal).toEqual(['union']);
    expect(broke.log.some((e) => e.kind === 'action' && e.ref === 'broke-final' && e.side === 'union')).toBe(true);
    expect(run(P1).brokeFinal).toEqual([]);
  });

  it('holding to (or hardening) a final offer costs nothing', () => {
    const s = game({ human: 'both' });
    for (const next of [P1, worse]) {
      const after = actAll(s, [
        { type: 'propose', side: 'union', packages: [P1], final: true },
        { type: 'reject', side: 'studio' },
        { type: 'propose', side: 'union', packages: [next] },
      ]);
      expect(after.brokeFinal).toEqual([]);
    }
  });

  it('the studios lose cohesion when they later improve on their own final offer', () => {
    const s = game({ human: 'both' });
    const F: Package = [10, 8, 0, 2, 3, 0, 0];
    const G: Package = [12, 8, 1, 3, 5, 0, 0];
    expect(utilityOf(sp23, 'union', G)).toBeGreaterThan(utilityOf(sp23, 'union', F));
    expect(utilityOf(sp23, 'studio', G)).toBeLessThan(utilityOf(sp23, 'studio', F)); // a concession on its own scale
    const run = (final: boolean) =>
      actAll(s, [
        { type: 'reject', side: 'union' },
        { type: 'propose', side: 'studio', packages: [F], final },
        { type: 'reject', side: 'union' },
        { type: 'propose', side: 'studio', packages: [G] },
      ]);
    const broke = run(true);
    const control = run(false);
    expect(broke.brokeFinal).toEqual(['studio']);
    expect(broke.cohesion).toBeLessThan(control.cohesion);
    expect(broke.trust.union).toBeLessThan(control.trust.union);
  });
});

// ---------------------------------------------------------------------------------------------
describe('the computer\u2019s own offers never rise on its own scale', () => {
  it('the computer accepts its own public opening when it is proposed on day 0', () => {
    // It used to counter with a package from its band worth more to itself than its opening
    // (in 2023 the studios did so at hard difficulty).
    for (const id of SCENARIO_IDS)
      for (const human of ['union', 'studio'] as const)
        for (const difficulty of ['easy', 'normal', 'hard'] as const)
          for (const pace of ['standard', 'quick'] as const)
            for (const seed of ['open-1', 'open-2', 'open-3']) {
              const sc = getScenario(id)!;
              const ai = other(human);
              const s = game({ scenario: id, human, difficulty, pace, seed });
              expect(s.day).toBe(0);
              const moved = actOnly(s, { type: 'propose', side: human, packages: [sc.openings[ai]] });
              const where = `${id} ${human} ${difficulty} ${pace} ${seed}`;
              // Its answer, from its own view: accept the package (it is the only one).
              expect(decide(playerView(moved, ai), moved.ai[ai]).action, where).toMatchObject({ type: 'accept', side: ai, index: 0 });
              const after = advance(moved);
              const answer = saidBy(moved, after, ai).filter((l) => l.kind !== 'line');
              expect(answer[0], where).toMatchObject({ kind: 'accept', data: { packages: [sc.openings[ai]] } });
              // A tentative agreement went to the union's board on the day of the offer's answer (the board may still send it back).
              const board = after.votes.find((v) => v.kind === 'board')!;
              expect(board, where).toMatchObject({ kind: 'board', day: moved.day });
              if (board.passed) {
                expect(after.phase, where).toBe('ratification');
                expect(after.agreement?.packages, where).toEqual(sc.openings[ai]);
                expect(answer.some((l) => l.kind === 'offer'), where).toBe(false);
              }
            }
  });

  it('over whole rounds, each computer offer is worth no more to itself than the one before (from its opening)', () => {
    let rounds = 0;
    let offers = 0;
    let held = 0;
    for (const id of SCENARIO_IDS) {
      const sc = getScenario(id)!;
      const sp = spaceOf(sc);
      for (const human of ['union', 'studio'] as const)
        for (const bot of ['hardliner', 'conceder', 'random', 'historical'] as const)
          for (const difficulty of ['easy', 'normal', 'hard'] as const) {
            const r = playRound(cfg({ scenario: id, human, difficulty, seed: `monotone-${bot}` }), { [human]: botFor(bot, `monotone-${id}`) });
            if (isError(r)) throw new Error(r.message);
            const ai = other(human);
            const mine = r.state.offers.filter((o) => o.by === ai);
            expect(mine[0]!.packages).toEqual([sc.openings[ai]]);
            for (let i = 1; i < mine.length; i++) {
              // Every package of a MESO set, not just the first, stays at or below the previous offer's value.
              const prev = utilityOf(sp, ai, mine[i - 1]!.packages[0]!);
              for (const p of mine[i]!.packages) expect(utilityOf(sp, ai, p), `${id} ${human} ${bot} ${difficulty} offer ${i}`).toBeLessThanOrEqual(prev + 15);
              expect(utilityOf(sp, ai, mine[i]!.packages[0]!), `${id} ${human} ${bot} ${difficulty} offer ${i}`).toBeLessThanOrEqual(prev);
              if (snapshot(mine[i]!.packages) === snapshot(mine[i - 1]!.packages)) held++;
              offers++;
            }
            rounds++;
          }
    }
    expect(rounds).toBe(48);
    expect(offers).toBeGreaterThan(200);
    expect(held).toBeGreaterThan(0); // some offers were the last ones again
  });
});

// ---------------------------------------------------------------------------------------------
describe('the clock: expiry, strike costs, expectations', () => {
  it('talks turn into a holdout the day after the contract expires', () => {
    const g = game();
    const atExpiry = idleTo(g, g.expiryDay);
    expect(atExpiry.phase).toBe('talks');
    const after = idle(atExpiry, 1);
    expect(after.phase).toBe('holdout');
    expect(after.resumePhase).toBe('holdout');
    expect(after.log.some((l) => l.kind === 'phase' && l.day === g.expiryDay + 1)).toBe(true);
    // The same through actions: two suspensions carry the talks past expiry.
    const viaActions = actAll(g, [
      { type: 'suspend', side: 'union' },
      { type: 'suspend', side: 'union' },
    ]);
    expect(viaActions.day).toBeGreaterThan(g.expiryDay);
    expect(viaActions.phase).toBe('holdout');
    expect(viaActions.daily.filter((d) => d.day <= g.expiryDay).every((d) => d.phase === 'talks')).toBe(true);
    expect(viaActions.daily.filter((d) => d.day > g.expiryDay).every((d) => d.phase === 'holdout')).toBe(true);
  });

  it('strike days cost members their daily earnings and the studios their revenue, and drain the pipeline', () => {
    // The walk-out alone (actOnly): the studios' answer would add days of its own.
    const T = strikeState();
    const U = actOnly(T, { type: 'suspend', side: 'union' });
    const days = TABLE_ACTIONS.suspend.days;
    expect(U.phase).toBe('strike');
    expect(U.strikeDays).toBe(T.strikeDays + days);
    // Each strike day costs each segment its daily earnings; a savings event in these days (the
    // relief fund, after about two weeks of strike) adds its dollars.
    const fired = U.firedEvents.slice(T.firedEvents.length);
    U.members.forEach((m, i) => {
      let events = 0;
      for (const id of fired)
        for (const eff of sc23.events.find((e) => e.id === id)!.effects) if (eff.kind === 'savings' && (eff.segment == null || eff.segment === m.id)) events += eff.dollars;
      expect(m.savings).toBe(T.members[i]!.savings - days * sc23.segments[i]!.dailyEarnings + events);
    });
    // Without the events, the same days in hot-seat (a strike called on the expiry day, none due yet).
    const hot = strikeState({ human: 'both' });
    const hotU = act(hot, { type: 'suspend', side: 'union' });
    expect(hotU.firedEvents.filter((id) => sc23.events.find((e) => e.id === id)!.effects.some((x) => x.kind === 'savings'))).toEqual(
      hot.firedEvents.filter((id) => sc23.events.find((e) => e.id === id)!.effects.some((x) => x.kind === 'savings')),
    );
    hotU.members.forEach((m, i) => expect(m.savings).toBe(hot.members[i]!.savings - days * sc23.segments[i]!.dailyEarnings));
    expect(U.memberLosses).toBeGreaterThan(T.memberLosses);
    expect(U.studioLosses).toBeGreaterThan(T.studioLosses);
    U.factions.forEach((f, i) => {
      const daily = sc23.factions[i]!.dailyLossK;
      if (daily > 0) expect(f.losses).toBeGreaterThan(T.factions[i]!.losses);
    });
    expect(U.pipeline).toBeLessThan(T.pipeline);
    const pipe = U.daily.filter((d) => d.day > T.day).map((d) => d.pipeline);
    for (let i = 1; i < pipe.length; i++) expect(pipe[i]).toBeLessThan(pipe[i - 1]!);
    expect(U.sharePrice).toBeLessThan(T.sharePrice);
    // Without a strike, the same days cost nothing.
    const H = holdoutState();
    const quiet = actOnly(H, { type: 'suspend', side: 'union' });
    quiet.members.forEach((m, i) => expect(m.savings).toBe(H.members[i]!.savings));
    expect(quiet.studioLosses).toBe(H.studioLosses);
    expect(quiet.memberLosses).toBe(H.memberLosses);
    expect(quiet.pipeline).toBe(H.pipeline);
    expect(quiet.strikeDays).toBe(0);
  });

  it('the pipeline runs dry, and losses grow faster once it has', () => {
    const T = strikeState();
    const full = idle(T, 30);
    const dry = idle(
      edit(T, (d) => (d.pipeline = 0)),
      30,
    );
    expect(full.phase).toBe('strike');
    expect(dry.phase).toBe('strike');
    expect(full.dryDays).toBe(0);
    expect(dry.dryDays).toBe(30);
    expect(dry.studioLosses - T.studioLosses).toBeGreaterThan(full.studioLosses - T.studioLosses);
    const dryDaily = dry.daily.filter((d) => d.day > T.day).map((d) => d.dailyLoss);
    for (let i = 1; i < dryDaily.length; i++) expect(dryDaily[i]).toBeGreaterThan(dryDaily[i - 1]!);
    const fullDaily = full.daily.filter((d) => d.day > T.day).map((d) => d.dailyLoss);
    expect(new Set(fullDaily).size).toBe(1);
    // Left alone, the pipeline empties and stays at zero.
    const long = idle(T, 70);
    expect(long.pipeline).toBe(0);
    expect(long.dryDays).toBeGreaterThan(0);
  });

  it('members\u2019 expectations fall during a strike (Ashenfelter\u2013Johnson) and not without one', () => {
    const T = strikeState();
    const H = holdoutState();
    const struck = actOnly(T, { type: 'suspend', side: 'union' });
    const waited = actOnly(H, { type: 'suspend', side: 'union' });
    struck.members.forEach((m, i) => expect(m.expectation).toBeLessThan(T.members[i]!.expectation));
    waited.members.forEach((m, i) => expect(m.expectation).toBe(H.members[i]!.expectation));
    // Faster under hardship: the same strike with members already in debt.
    const broke = edit(T, (d) => d.members.forEach((m) => (m.savings = -20_000)));
    const struckBroke = actOnly(broke, { type: 'suspend', side: 'union' });
    struckBroke.members.forEach((m, i) => expect(m.expectation).toBeLessThan(struck.members[i]!.expectation));
    expect(memberAverage(struckBroke, sc23, 'hardship')).toBeGreaterThan(0);
  });

  it('the daily loss is the loss taken that day: zero on the day a strike is called, the day\u2019s increment after', () => {
    // Hot-seat, so that the days after the strike call are the control's alone (no answer from the computer).
    const atExpiry = idleTo(game({ human: 'both' }), sc23.calendar.expiryDay);
    expect(atExpiry.daily.every((d) => d.dailyLoss === 0 && d.studioLosses === 0)).toBe(true);
    const T = act(atExpiry, { type: 'strike', side: 'union' });
    const called = T.daily.at(-1)!;
    expect(called).toMatchObject({ day: T.day, phase: 'strike', dailyLoss: 0, studioLosses: 0 });
    const later = idle(T, 40);
    expect(later.phase).toBe('strike');
    const recs = later.daily.filter((d) => d.day >= T.day);
    for (let i = 1; i < recs.length; i++) {
      expect(recs[i]!.dailyLoss).toBe(recs[i]!.studioLosses - recs[i - 1]!.studioLosses);
      expect(recs[i]!.dailyLoss).toBeGreaterThan(0);
    }
    // The first strike day, from the scenario: each faction's daily loss scaled by the seed's draw
    // (the pipeline is still full, so no dry-season growth yet).
    const expected = sc23.factions.reduce((a, f) => a + Math.round((f.dailyLossK * T.hidden.lossScale) / 10000), 0);
    expect(recs[1]!.dailyLoss).toBe(expected);
    expect(recs.reduce((a, d) => a + d.dailyLoss, 0)).toBe(later.studioLosses - T.studioLosses);
    // A loss booked by an event that day counts too (constructed: a one-off charge mid-strike).
    const ctx = ctxOf(structuredClone(later));
    applyEffect(ctx, { kind: 'losses', k: 5000 });
    const booked = idle(ctx.s, 1);
    expect(booked.daily.at(-1)!.dailyLoss).toBe(booked.studioLosses - later.studioLosses);
    expect(booked.daily.at(-1)!.dailyLoss).toBe(idle(later, 1).daily.at(-1)!.dailyLoss + 5000 * sc23.factions.length);
    expect(invariantProblems(later)).toEqual([]);
  });

  it('the daily record follows the meters', () => {
    const U = act(strikeState(), { type: 'suspend', side: 'union' });
    const last = U.daily.at(-1)!;
    expect(last.day).toBe(U.day);
    expect(last).toMatchObject({ phase: 'strike', solidarity: U.solidarity, pipeline: U.pipeline, studioLosses: U.studioLosses, cohesion: U.cohesion, sharePrice: U.sharePrice });
    expect(last.publicUnion).toBe(U.publicOpinion.union);
    expect(last.support).toBe(avgSupport(U));
  });
});

// ---------------------------------------------------------------------------------------------
describe('endings', () => {
  it('the strike crumbles after 10 days of low solidarity; the studios\u2019 standing terms are imposed', () => {
    const T = strikeState();
    const weak = edit(T, (d) => {
      d.solidarity = 0;
      d.members.forEach((m) => (m.savings = -1_000_000));
    });
    const after = act(weak, { type: 'suspend', side: 'union' });
    expect(after.outcome).toBe('strikeCrumbled');
    expect(after.phase).toBe('done');
    expect(after.day).toBe(T.day + P.crumble.days);
    // The studios' best offer for the union, which here is also their latest.
    const best = after.offers.filter((o) => o.by === 'studio').flatMap((o) => o.packages).sort((a, b) => utilityOf(sp23, 'union', b) - utilityOf(sp23, 'union', a))[0]!;
    expect(after.deal).toEqual(best);
    expect(after.log.at(-1)).toMatchObject({ kind: 'ending', ref: 'strikeCrumbled' });
    expect(refusal(after, { type: 'propose', side: 'union', packages: [sc23.openings.union] }).error).toBe('round-over');
  });

  it('an offer once made stands: pulling it back as the pickets thin does not get the worse terms imposed', () => {
    const T = strikeState();
    const generous = [14, 8, 2, 3, 6, 0, 0];
    const extreme = sc23.openings.studio.map(() => 0);
    const offer = (day: number, pkg: number[]) => ({ day, by: 'studio' as const, packages: [pkg], final: false, uUnion: utilityOf(sp23, 'union', pkg), uStudio: utilityOf(sp23, 'studio', pkg) });
    const weak = edit(T, (d) => {
      d.offers.push(offer(d.day - 20, generous), offer(d.day - 5, extreme));
      d.standing = { by: 'studio', packages: [extreme], final: false, day: d.day - 5 };
      d.solidarity = 0;
      d.members.forEach((m) => (m.savings = -1_000_000));
    });
    const after = act(weak, { type: 'suspend', side: 'union' });
    expect(after.outcome).toBe('strikeCrumbled');
    expect(after.deal).toEqual(generous);
    expect(utilityOf(sp23, 'union', generous)).toBeGreaterThan(utilityOf(sp23, 'union', extreme));
  });

  it('waits for the union\u2019s first answer to the studios\u2019 latest offer: the union may still take it, and any other move lets the strike go', () => {
    const T = strikeState();
    const offered = [14, 8, 2, 3, 6, 0, 0];
    // The studios have just put an offer on the table; the pickets are gone.
    const weak = edit(T, (d) => {
      d.offers.push({ day: d.day, by: 'studio', packages: [offered], final: true, uUnion: utilityOf(sp23, 'union', offered), uStudio: utilityOf(sp23, 'studio', offered) });
      d.standing = { by: 'studio', packages: [offered], final: true, day: d.day };
      d.log.push({ day: d.day, kind: 'offer', side: 'studio', data: { packages: [offered], final: true } });
      d.solidarity = 0;
      d.members.forEach((m) => (m.savings = -1_000_000));
    });
    const waited = idle(weak, P.crumble.days + 5);
    expect(waited.outcome).toBeNull();
    expect(waited.streaks.solidarity).toBeGreaterThanOrEqual(P.crumble.days);
    // Taking it is still possible: a tentative agreement goes to the union's board.
    const took = actOnly(waited, { type: 'accept', side: 'union', index: 0 });
    expect(took.log.filter((e) => e.kind === 'accept').at(-1)?.side).toBe('union');
    expect(took.votes.at(-1)?.kind).toBe('board');
    // Any other answer (a table action here) lets the strike give way.
    expect(act(waited, { type: 'caucus', side: 'union' }).outcome).toBe('strikeCrumbled');
  });

  it('likewise an alliance that breaks signs the most modest terms the union offered, not its latest demand', () => {
    const H = holdoutState();
    const modest = [12, 7, 1, 3, 4, 0, 0];
    const offer = (day: number, pkg: number[]) => ({ day, by: 'union' as const, packages: [pkg], final: false, uUnion: utilityOf(sp23, 'union', pkg), uStudio: utilityOf(sp23, 'studio', pkg) });
    const after = act(
      edit(H, (d) => {
        d.offers.push(offer(d.day - 20, modest), offer(d.day - 5, sc23.openings.union.slice()));
        d.cohesion = 0;
        d.factions[0]!.patience = 10000;
        d.factions[1]!.patience = 0;
      }),
      { type: 'suspend', side: 'union' },
    );
    expect(after.outcome).toBe('allianceBroke');
    expect(after.deal).toEqual(modest);
  });

  it('only a real move keeps the alliance together: token one-level steps do not reset its stall clock, a string of them that adds up does', () => {
    const T = idleTo(strikeState(), strikeState().day + 60);
    const start = T.strikeStartDay!;
    const studio = sc23.openings.studio.slice();
    const rec = (day: number, by: 'union' | 'studio', pkg: number[]) => ({ day, by, packages: [pkg], final: false, uUnion: utilityOf(sp23, 'union', pkg), uStudio: utilityOf(sp23, 'studio', pkg) });
    const withStudioSteps = (steps: number[][]) =>
      edit(T, (d) => {
        d.offers = [rec(start, 'studio', studio), rec(start, 'union', sc23.openings.union.slice()), ...steps.map((p, k) => rec(start + 10 + 10 * k, 'studio', p)), rec(d.day - 2, 'union', [20, 10, 7, 5, 10, 0, 1])];
      });
    // Half a point more of year-1 raise: worth less than the minimum move to the union.
    const token = studio.slice();
    token[0] = studio[0]! + 1;
    const tokenGain = utilityOf(sp23, 'union', token) - utilityOf(sp23, 'union', studio);
    expect(tokenGain).toBeGreaterThan(0);
    expect(tokenGain).toBeLessThan(P.studios.stallMinMove);
    const stalled = ctxOf(structuredClone(withStudioSteps([token])));
    expect(daysSinceStudiosMoved(stalled)).toBe(T.day - start);
    // A real move (two points of year-1 raise and more) resets the clock on the day it was made.
    const real = studio.slice();
    real[0] = studio[0]! + 4;
    expect(utilityOf(sp23, 'union', real) - utilityOf(sp23, 'union', studio)).toBeGreaterThanOrEqual(P.studios.stallMinMove);
    expect(daysSinceStudiosMoved(ctxOf(structuredClone(withStudioSteps([real]))))).toBe(T.day - (start + 10));
    // Small steps count once they add up to a real move.
    const steps: number[][] = [];
    let p = studio.slice();
    for (let k = 0; k < 4; k++) {
      p = p.slice();
      p[0] = p[0]! + 1;
      steps.push(p);
    }
    const gains = steps.map((q) => utilityOf(sp23, 'union', q) - utilityOf(sp23, 'union', studio));
    const counted = gains.findIndex((g) => g >= P.studios.stallMinMove);
    expect(counted).toBeGreaterThan(0);
    expect(daysSinceStudiosMoved(ctxOf(structuredClone(withStudioSteps(steps))))).toBeLessThanOrEqual(T.day - (start + 10 + 10 * counted));
  });

  it('members turn on a union committee that will not move: once the studios have moved and it has not, support falls with each strike day past the grace', () => {
    const build = (tuning?: GameConfig['tuning']) => {
      const T = strikeState(tuning ? { tuning } : {});
      const start = T.strikeStartDay!;
      const rec = (day: number, by: 'union' | 'studio', pkg: number[]) => ({ day, by, packages: [pkg], final: false, uUnion: utilityOf(sp23, 'union', pkg), uStudio: utilityOf(sp23, 'studio', pkg) });
      const moved = sc23.openings.studio.slice();
      moved[0] = moved[0]! + 4; // two points of year-1 raise: a real move for the union
      return edit(T, (d) => {
        d.offers = [rec(start - 20, 'studio', sc23.openings.studio.slice()), rec(start - 20, 'union', sc23.openings.union.slice()), rec(start + 5, 'studio', moved), rec(start + 6, 'union', sc23.openings.union.slice())];
        d.standing = { by: 'union', packages: [sc23.openings.union.slice()], final: false, day: start + 6 };
      });
    };
    const T = build();
    const start = T.strikeStartDay!;
    expect(daysStill(ctxOf(structuredClone(T)), 'union')).toBe(T.day - start);
    expect(daysStill(ctxOf(structuredClone(T)), 'studio')).toBe(0);
    const days = P.members.stallGrace + 40;
    const support = (s: GameState) => s.members.reduce((a, m) => a + m.support, 0);
    const withRule = idleTo(T, T.day + days);
    const without = idleTo(build({ members: { stallPerDay: 0 } }), T.day + days);
    // Within the grace, nothing differs; past it, support falls.
    expect(support(idleTo(T, start + P.members.stallGrace - 1))).toBe(support(idleTo(build({ members: { stallPerDay: 0 } }), start + P.members.stallGrace - 1)));
    expect(support(withRule)).toBeLessThan(support(without) - 1000);
    // A committee that has moved since is not pushed.
    const movedUnion = edit(T, (d) => {
      const down = sc23.openings.union.slice();
      down[0] = down[0]! - 4;
      d.offers.push({ day: d.day, by: 'union', packages: [down], final: false, uUnion: utilityOf(sp23, 'union', down), uStudio: utilityOf(sp23, 'studio', down) });
    });
    expect(daysStill(ctxOf(structuredClone(movedUnion)), 'union')).toBe(0);
  });

  it('members withdraw the mandate after 10 days of low support in a dispute: a leadership crisis, and talks go on', () => {
    const H = holdoutState();
    const low = edit(H, (d) =>
      d.members.forEach((m) => {
        m.supportZ = -30000;
        m.support = 0;
      }),
    );
    const after = actOnly(low, { type: 'suspend', side: 'union' });
    // Not an ending: the committee is replaced, with a fresh but thinner mandate.
    expect(after.outcome).toBeNull();
    expect(after.phase).not.toBe('done');
    expect(after.crises).toBe(1);
    const crisis = after.log.find((l) => l.kind === 'phase' && l.ref === 'crisis')!;
    expect(crisis.day).toBe(H.day + P.crumble.days);
    for (const m of after.members) expect(m.support).toBeGreaterThanOrEqual(P.crisis.supportAfter - 1000);
    // On worse terms: the new committee's walk-away is lower than the old one's would be.
    const without = edit(after, (d) => (d.crises = 0));
    expect(reservation(after, sc23, sp23, 'union')).toBeLessThanOrEqual(reservation(without, sc23, sp23, 'union'));
    // And the union's score carries the cost in goodwill.
    expect(scoreParts(after, 'union').goodwill).toBe(P.score.crisis * 10);
  });

  it('the alliance breaks after 10 days of low cohesion in a dispute; the union\u2019s terms are imposed', () => {
    const H = holdoutState();
    const after = act(
      edit(H, (d) => {
        d.cohesion = 0;
        d.factions[0]!.patience = 10000;
        d.factions[1]!.patience = 0;
      }),
      { type: 'suspend', side: 'union' },
    );
    expect(after.outcome).toBe('allianceBroke');
    expect(after.day).toBe(H.day + P.crumble.days);
    const best = after.offers.filter((o) => o.by === 'union').flatMap((o) => o.packages).sort((a, b) => utilityOf(sp23, 'studio', b) - utilityOf(sp23, 'studio', a))[0]!;
    expect(after.deal).toEqual(best);
  });

  it('a crisis must last 10 days in a row: a short dip does not end the round', () => {
    const H = holdoutState();
    const after = act(
      edit(H, (d) => (d.cohesion = 0)),
      { type: 'suspend', side: 'union' },
    );
    expect(after.outcome).toBeNull();
  });

  for (const id of SCENARIO_IDS) {
    it(`${id}: the hard cap ends the round with no deal`, () => {
      const sc = getScenario(id)!;
      const g = game({ scenario: id });
      const near = edit(idleTo(g, g.expiryDay + 1), (d) => (d.day = sc.calendar.hardCapDay - 1));
      const after = act(near, { type: 'caucus', side: 'union' });
      expect(after.outcome).toBe('noDeal');
      expect(after.phase).toBe('done');
      expect(after.deal).toBeNull();
      expect(after.day).toBe(sc.calendar.hardCapDay);
    });
  }
});

// ---------------------------------------------------------------------------------------------
describe('hot-seat (human plays both sides)', () => {
  for (const id of SCENARIO_IDS)
    for (const pace of ['standard', 'quick'] as const) {
      it(`${id}/${pace}: turns alternate, nobody answers for the other side, each move is half a session`, () => {
        const sc = getScenario(id)!;
        let s = game({ scenario: id, pace, human: 'both' });
        expect(s.turn).toBe('union');
        expect(sessionDays(s)).toBe(halfSession(sc, pace, 'talks', 'union'));
        const moves: Action[] = [
          { type: 'propose', side: 'union', packages: [sc.openings.union] },
          { type: 'propose', side: 'studio', packages: [sc.openings.studio] },
          { type: 'reject', side: 'union' },
          { type: 'propose', side: 'studio', packages: [sc.targets.studio] },
          { type: 'caucus', side: 'union' },
          { type: 'reject', side: 'studio' },
        ];
        let days = 0;
        for (const m of moves) {
          const before = s;
          expect(refusal(before, { ...m, side: other(m.side) }).error).toMatch(/not-your-turn|nothing-to-accept/);
          s = act(before, m);
          expect(s.turn).toBe(other(m.side));
          const cost = m.type === 'caucus' ? TABLE_ACTIONS.caucus.days : halfSession(sc, pace, 'talks', m.side);
          expect(s.day - before.day, `${m.side} ${m.type}`).toBe(cost);
          days += cost;
          expect(s.actionsTaken).toBe(before.actionsTaken + 1);
          const fresh = s.log.slice(before.log.length);
          // Only the mover spoke: no computer lines, no move from the other side.
          expect(fresh.filter((l) => l.kind === 'line')).toEqual([]);
          expect(fresh.filter((l) => l.side === other(m.side) && l.kind !== 'vote')).toEqual([]);
          if (m.type === 'propose') expect(s.standing).toMatchObject({ by: m.side, packages: m.packages });
        }
        expect(s.day).toBe(days);
        // No committee memory in a two-player round: the debrief rebuilds each side's model from the offer record.
        expect(s.ai).toEqual({ union: null, studio: null });
        const model = modelFromOffers(spaceOf(sc).radix, s.offers, 'studio');
        expect(model.firstSeen).toEqual(sc.openings.studio);
        expect(model.lastSeen).toEqual(sc.targets.studio);
      });
    }

  it('the computer never moves in hot-seat', () => {
    for (const id of SCENARIO_IDS) {
      const r = playRound(cfg({ scenario: id, human: 'both' }), { union: botFor('hardliner'), studio: botFor('conceder') });
      if (isError(r)) throw new Error(r.message);
      expect(r.state.log.filter((l) => l.kind === 'line')).toEqual([]);
      expect(r.state.ai).toEqual({ union: null, studio: null });
      // Every move of the round is one of the two players' (none was made for them).
      expect(r.state.actionsTaken).toBe(r.actions.length);
      // Each table action the players took is logged once, and there is no other.
      const refs = new Set<string>([...TABLE_KINDS, 'authorization']);
      const tableLogs = r.state.log.filter((l) => l.ref !== undefined && refs.has(l.ref) && (l.kind === 'action' || l.kind === 'vote' || l.kind === 'phase')).length;
      const tableActions = r.actions.filter((a) => (TABLE_KINDS as string[]).includes(a.type)).length;
      expect(tableActions).toBeGreaterThan(0);
      expect(tableLogs).toBe(tableActions);
    }
  });

  it('after a tentative agreement the union has the device and either side may count the votes', () => {
    const s = game({ human: 'both' });
    const ta = act(act(s, { type: 'propose', side: 'union', packages: [sc23.openings.union] }), { type: 'accept', side: 'studio', index: 0 });
    expect(ta.phase).toBe('ratification');
    expect(toMove(ta)).toBe('union');
    expect(act(ta, { type: 'countVotes', side: 'studio' }).outcome).toBe('ratified');
    expect(act(ta, { type: 'countVotes', side: 'union' }).outcome).toBe('ratified');
  });

  it('against the computer, the person counts the votes on a deal the computer accepted', () => {
    for (const human of ['union', 'studio'] as const) {
      const ai = other(human);
      const sc = sc23;
      // The computer's own opening, which it accepts; members who expect little, so the board passes it.
      const start = edit(game({ human }), (d) => d.members.forEach((m) => (m.expectation = 0)));
      const ta = act(start, { type: 'propose', side: human, packages: [sc.openings[ai]] });
      expect(ta.phase).toBe('ratification');
      expect(toMove(ta)).toBe(human);
      // The computer does not count them for the person, and the person may count them.
      expect(advance(ta)).toBe(ta);
      const counted = act(ta, { type: 'countVotes', side: human });
      expect(counted.outcome).toBe('ratified');
      expect(counted.deal).toEqual(sc.openings[ai]);
    }
  });
});

// ---------------------------------------------------------------------------------------------
describe('invalid actions: an error object, and the state is left exactly as it was', () => {
  const u = sc23.openings.union;
  const st = sc23.openings.studio;
  const four: Package[] = [u, st, [1, 1, 1, 1, 1, 1, 1], [2, 2, 2, 2, 2, 2, 2]];
  const cases: [string, () => GameState, unknown, string][] = [
    ['null', () => game(), null, 'bad-action'],
    ['undefined', () => game(), undefined, 'bad-action'],
    ['a string', () => game(), 'propose', 'bad-action'],
    ['a number', () => game(), 42, 'bad-action'],
    ['NaN', () => game(), NaN, 'bad-action'],
    ['an array', () => game(), [{ type: 'propose' }], 'bad-action'],
    ['an empty object', () => game(), {}, 'bad-action'],
    ['an unknown type', () => game(), { type: 'dance', side: 'union' }, 'bad-action'],
    ['a numeric type', () => game(), { type: 5, side: 'union' }, 'bad-action'],
    ['an inherited name as type', () => game(), { type: 'constructor', side: 'union' }, 'bad-action'],
    ['no side', () => game(), { type: 'caucus' }, 'bad-action'],
    ['side "both"', () => game(), { type: 'caucus', side: 'both' }, 'bad-action'],
    ['the computer\u2019s side', () => game(), { type: 'propose', side: 'studio', packages: [st] }, 'not-your-side'],
    ['the computer\u2019s side (table action)', () => game({ human: 'studio' }), { type: 'strike', side: 'union' }, 'not-your-side'],
    ['not your turn (hot-seat)', () => game({ human: 'both' }), { type: 'propose', side: 'studio', packages: [st] }, 'not-your-turn'],
    ['not your turn to reject', () => game({ human: 'both' }), { type: 'reject', side: 'studio' }, 'not-your-turn'],
    ['not your turn to accept', () => act(game({ human: 'both' }), { type: 'reject', side: 'union' }), { type: 'accept', side: 'union', index: 0 }, 'not-your-turn'],
    ['packages not an array', () => game(), { type: 'propose', side: 'union', packages: 'u' }, 'bad-packages'],
    ['packages missing', () => game(), { type: 'propose', side: 'union' }, 'bad-packages'],
    ['packages null', () => game(), { type: 'propose', side: 'union', packages: null }, 'bad-packages'],
    ['no package', () => game(), { type: 'propose', side: 'union', packages: [] }, 'bad-packages'],
    ['four packages', () => game(), { type: 'propose', side: 'union', packages: four }, 'bad-packages'],
    ['duplicate packages', () => game(), { type: 'propose', side: 'union', packages: [u, u.slice()] }, 'bad-packages'],
    ['a package that is not an array', () => game(), { type: 'propose', side: 'union', packages: [{ 0: 1 }] }, 'bad-package'],
    ['a package of the wrong length', () => game(), { type: 'propose', side: 'union', packages: [u.slice(0, 6)] }, 'bad-package'],
    ['a package too long', () => game(), { type: 'propose', side: 'union', packages: [[...u, 0]] }, 'bad-package'],
    ['a NaN level', () => game(), { type: 'propose', side: 'union', packages: [[NaN, 1, 1, 1, 1, 1, 1]] }, 'bad-package'],
    ['an Infinity level', () => game(), { type: 'propose', side: 'union', packages: [[1, Infinity, 1, 1, 1, 1, 1]] }, 'bad-package'],
    ['a negative level', () => game(), { type: 'propose', side: 'union', packages: [[1, 1, -1, 1, 1, 1, 1]] }, 'bad-package'],
    ['a fractional level', () => game(), { type: 'propose', side: 'union', packages: [[1, 1, 1, 1.5, 1, 1, 1]] }, 'bad-package'],
    ['a level past the last', () => game(), { type: 'propose', side: 'union', packages: [[1, 1, 1, 1, 1, 3, 1]] }, 'bad-package'],
    ['a string level', () => game(), { type: 'propose', side: 'union', packages: [['1', 1, 1, 1, 1, 1, 1]] }, 'bad-package'],
    ['a null level', () => game(), { type: 'propose', side: 'union', packages: [[1, 1, 1, 1, 1, 1, null]] }, 'bad-package'],
    ['a sparse package', () => game(), { type: 'propose', side: 'union', packages: [new Array(7)] }, 'bad-package'],
    ['"final" not a boolean', () => game(), { type: 'propose', side: 'union', packages: [u], final: 'yes' }, 'bad-action'],
    ['accept index NaN', () => game(), { type: 'accept', side: 'union', index: NaN }, 'bad-index'],
    ['accept index -1', () => game(), { type: 'accept', side: 'union', index: -1 }, 'bad-index'],
    ['accept index out of range', () => game(), { type: 'accept', side: 'union', index: 1 }, 'bad-index'],
    ['accept index as a string', () => game(), { type: 'accept', side: 'union', index: '0' }, 'bad-index'],
    ['accept a fractional index', () => game(), { type: 'accept', side: 'union', index: 0.5 }, 'bad-index'],
    ['accept without index', () => game(), { type: 'accept', side: 'union' }, 'bad-index'],
    ['accept an index past the offer\u2019s packages', () => act(game({ human: 'both' }), { type: 'propose', side: 'union', packages: [u] }), { type: 'accept', side: 'studio', index: 5 }, 'bad-index'],
    ['count votes with no agreement', () => game(), { type: 'countVotes', side: 'union' }, 'no-agreement'],
    ['a line that is not a mood', () => game(), { type: 'reject', side: 'union', say: 'shout' }, 'bad-action'],
    ['a line that is not a string', () => game(), { type: 'caucus', side: 'union', say: 7 }, 'bad-action'],
    ['the computer\u2019s side, answering without a counter', () => game(), { type: 'reject', side: 'studio' }, 'not-your-side'],
    ['the computer\u2019s side on its own turn', () => actOnly(game(), { type: 'caucus', side: 'union' }), { type: 'reject', side: 'studio' }, 'not-your-side'],
    ['the person\u2019s side while the computer has the move', () => actOnly(game(), { type: 'caucus', side: 'union' }), { type: 'reject', side: 'union' }, 'not-your-turn'],
    ['statement without a tone', () => game(), { type: 'statement', side: 'union' }, 'bad-action'],
    ['statement with a bad tone', () => game(), { type: 'statement', side: 'union', tone: 'angry' }, 'bad-action'],
    ['a table action that is not allowed now', () => game(), { type: 'authorize', side: 'union' }, 'not-now'],
    ['any action once the round is over', () => edit(game(), (d) => ((d.phase = 'done'), (d.outcome = 'noDeal'))), { type: 'caucus', side: 'union' }, 'round-over'],
  ];
  for (const [name, make, action, code] of cases) {
    it(`${name} -> ${code}`, () => {
      const s = make();
      const before = snapshot(s);
      const hash = stateHash(s);
      let result: unknown;
      expect(() => (result = applyAction(s, action as Action))).not.toThrow();
      expect(isError(result)).toBe(true);
      const e = result as { error: string; message: string };
      expect(e.error).toBe(code);
      expect(typeof e.message).toBe('string');
      expect(e.message.length).toBeGreaterThan(5);
      expect(e.message).not.toMatch(/TypeError|undefined is not|Cannot read/);
      expect(snapshot(s)).toBe(before);
      expect(stateHash(s)).toBe(hash);
    });
  }

  it('a valid action leaves its input state untouched too, and the new state does not share the action\u2019s arrays', () => {
    const s = game({ human: 'both' });
    const before = snapshot(s);
    const pkg = [20, 10, 6, 5, 10, 0, 1];
    const action: Action = { type: 'propose', side: 'union', packages: [pkg] };
    const after = act(s, action);
    expect(snapshot(s)).toBe(before);
    const afterSnap = snapshot(after);
    pkg[0] = 0;
    action.packages.push([0, 0, 0, 0, 0, 0, 0]);
    expect(snapshot(after)).toBe(afterSnap);
  });
});

// ---------------------------------------------------------------------------------------------
describe('the computer never reads the human side\u2019s hidden weights', () => {
  /** A copy of the scenario and its space in which only `side`'s committee weights differ (nothing registered anywhere). */
  function variant(sc: Scenario, side: Side, weights: Record<IssueId, number>): { sc: Scenario; sp: Space } {
    const base = spaceOf(sc);
    const sc2 = structuredClone(sc);
    sc2.weights[side] = weights;
    const shapes = sc2.issues.map((iss) => (side === 'union' ? iss.unionShape : iss.studioShape));
    const table = ISSUE_IDS.map((id, i) => shapes[i]!.map((pct) => Math.round((weights[id] * pct) / 10)));
    return { sc: sc2, sp: { ...base, scenario: sc2, tables: { ...base.tables, [side]: table } } };
  }
  const skewed: Record<IssueId, number> = { wageY1: 2, wageLater: 3, streaming: 5, ai: 5, health: 5, term: 40, aiReopener: 40 };
  const flat: Record<IssueId, number> = { wageY1: 15, wageLater: 15, streaming: 14, ai: 14, health: 14, term: 14, aiReopener: 14 };

  /**
   * The same copy, registered under an id of its own, so that a state can be looked at in it
   * (the view reads the scenario of the state's config). The built-in scenario is untouched.
   */
  function registered(sc: Scenario, side: Side, weights: Record<IssueId, number>, name: string): Scenario {
    const sc2 = variant(sc, side, weights).sc;
    sc2.id = `${sc.id}~${side}-${name}`;
    registerScenario(sc2);
    expect(spaceOf(sc2).tables[side]).toEqual(variant(sc, side, weights).sp.tables[side]);
    expect(spaceOf(sc2).tables[other(side)]).toEqual(spaceOf(sc).tables[other(side)]);
    return sc2;
  }

  /** The hidden per-round variation that belongs to `side` (its own floor, and what drives its own costs). */
  function shiftHidden(d: GameState, side: Side): void {
    d.hidden.floorShift[side] += d.hidden.floorShift[side] > 0 ? -17 : 17;
    if (side === 'union') {
      d.hidden.halfLifeScale += 1500;
      d.hidden.savingsScale -= 1500;
    } else {
      d.hidden.lossScale += 1500;
      d.hidden.toleranceScale -= 1500;
    }
  }

  /**
   * What the computer's committee makes of a moment, seen in a world (a scenario) with some of
   * the state's hidden values changed: its view, its decision (move, words and new memory), the
   * aspiration and offers it would make from that view, and, when it proposes, what the
   * credibility rule makes of its offer in that world (whether it broke its own "final", what
   * that cost it at home and in the other side's trust; the rule judges on the breaker's own
   * scale). Not the rules' bookkeeping (the offer record's utilities on both scales).
   */
  function lookIn(m: GameState, aiSide: Side, world: Scenario, hidden?: (d: GameState) => void) {
    const st = edit(m, (d) => {
      d.config.scenario = world.id;
      hidden?.(d);
    });
    const view = playerView(st, aiSide);
    const decision = decide(view, st.ai[aiSide]);
    const own = ownTable(view);
    const x = { view, own, mem: decision.memory, opp: other(aiSide), reserve: Math.round(view.walkAway * 10), top: score(own, view.opening), tau: view.pressure };
    const target = aspiration(x);
    let credibility: unknown = null;
    if (decision.action.type === 'propose') {
      const ctx: Ctx = { s: structuredClone(st), sc: world, sp: spaceOf(world), rng: new Draw(st.rng), p: paramsOf(st.config) };
      putOnTable(ctx, aiSide, decision.action.packages, decision.action.final === true);
      credibility = {
        finalBy: ctx.s.finalBy,
        brokeFinal: ctx.s.brokeFinal,
        home: aiSide === 'studio' ? ctx.s.cohesion : ctx.s.members.map((mb) => [mb.support, mb.supportZ]),
        trust: ctx.s.trust,
        said: ctx.s.log.slice(st.log.length),
      };
    }
    return {
      view: canonicalJson({ ...view, scenario: null }),
      choice: canonicalJson({ decision, target, offers: chooseOffers(x, target, 3), credibility }),
    };
  }

  /**
   * Moments at which the computer must move, along rounds played against it: after each of the
   * bot's own moves, and after other moves the person could have made instead (a proposal of
   * its target, an answer without a counter, a caucus).
   */
  function moments(id: string, human: Side, bot: 'hardliner' | 'conceder' | 'random' | 'historical', difficulty: 'easy' | 'normal' | 'hard'): GameState[] {
    const config = cfg({ scenario: id, human, difficulty, seed: `ai-${bot}` });
    const r = playRound(config, { [human]: botFor(bot, `ai-${id}`) }, { maxMoves: 60 });
    if (isError(r)) throw new Error(r.message);
    const sc = getScenario(id)!;
    const aiSide = other(human);
    const out: GameState[] = [];
    let s = game(config);
    for (const a of r.actions) {
      if (s.phase === 'done') break;
      if (s.phase !== 'ratification') {
        const probes: Action[] = [a, { type: 'propose', side: human, packages: [sc.targets[human]] }, { type: 'reject', side: human }, { type: 'caucus', side: human }];
        for (const probe of probes) {
          const m = applyAction(s, probe);
          if (!isError(m) && toMove(m) === aiSide) out.push(m);
        }
      }
      s = act(s, a);
    }
    // The replay is the round that was played.
    expect(stateHash(s)).toBe(stateHash(r.state));
    return out;
  }

  for (const id of SCENARIO_IDS)
    for (const human of ['union', 'studio'] as const) {
      it(`${id}, human ${human}: the computer\u2019s view, decision, aspiration and offers are identical whatever the human\u2019s weights and hidden values`, () => {
        const sc = getScenario(id)!;
        const aiSide = other(human);
        const real = spaceOf(sc);
        const worlds = [registered(sc, human, skewed, 'skewed'), registered(sc, human, flat, 'flat')];
        for (const w of worlds) expect(spaceOf(w).tables[human]).not.toEqual(real.tables[human]);
        const hide = (d: GameState) => shiftHidden(d, human);
        let compared = 0;
        const moves = new Set<string>();
        for (const [bot, difficulty] of [
          ['hardliner', 'hard'],
          ['conceder', 'easy'],
          ['random', 'normal'],
        ] as const) {
          moments(id, human, bot, difficulty).forEach((m, k) => {
            const base = lookIn(m, aiSide, sc);
            for (const [label, other_] of [
              ['skewed weights', lookIn(m, aiSide, worlds[0]!)],
              ['flat weights, hidden values changed', lookIn(m, aiSide, worlds[1]!, hide)],
              ['hidden values changed', lookIn(m, aiSide, sc, hide)],
            ] as const) {
              expect(other_.view, `${bot} moment ${k}: ${label} (view)`).toBe(base.view);
              expect(other_.choice, `${bot} moment ${k}: ${label} (decision)`).toBe(base.choice);
            }
            moves.add((JSON.parse(base.choice) as { decision: { action: Action } }).decision.action.type);
            compared++;
          });
        }
        expect(compared).toBeGreaterThan(30);
        // The moments were varied: the computer proposed, answered without a counter, accepted, and took a table action.
        for (const t of ['propose', 'reject', 'accept']) expect(moves, t).toContain(t);
        expect([...moves].some((t) => (TABLE_KINDS as string[]).includes(t))).toBe(true);
        // Nothing changed for the built-in scenario: the engine still uses its space.
        expect(spaceOf(sc)).toBe(real);
        expect(getScenario(id)).toBe(sc);
      });
    }

  it('a final offer broken by the computer is judged the same whatever the human\u2019s weights', () => {
    // The studios (the computer) called their opening final, then put G (or H) on the table.
    const F = sc23.openings.studio;
    const G: Package = [12, 8, 0, 2, 2, 0, 0]; // worse for the studios: a break on their own scale
    const H: Package = [0, 8, 0, 4, 3, 0, 0]; // better for the studios: holding firm
    expect(utilityOf(sp23, 'studio', G)).toBeLessThan(utilityOf(sp23, 'studio', F));
    expect(utilityOf(sp23, 'studio', H)).toBeGreaterThan(utilityOf(sp23, 'studio', F));
    const worlds = [{ sc: sc23, sp: sp23 }, variant(sc23, 'union', skewed), variant(sc23, 'union', flat)];
    // The repro: the union's weights disagree about which of F and G (and of F and H) is better for
    // the union, so a rule judging by the receiver's utility gave different answers in these worlds.
    const better = (w: { sp: Space }, p: Package) => utilityOf(w.sp, 'union', p) > utilityOf(w.sp, 'union', F);
    expect(new Set(worlds.map((w) => better(w, G))).size).toBe(2);
    expect(new Set(worlds.map((w) => better(w, H))).size).toBe(2);
    const s = game({ scenario: '2023', human: 'union' });
    for (const [next, broke] of [
      [G, true],
      [H, false],
    ] as const) {
      const results = worlds.map((w) => {
        const ctx: Ctx = { s: structuredClone(s), sc: w.sc, sp: w.sp, rng: new Draw(s.rng), p: paramsOf(s.config) };
        putOnTable(ctx, 'studio', [F], true);
        putOnTable(ctx, 'studio', [next], false);
        return { brokeFinal: ctx.s.brokeFinal, cohesion: ctx.s.cohesion, trust: ctx.s.trust.union, said: ctx.s.log.filter((l) => l.ref === 'broke-final').length };
      });
      for (const r of results) expect(r).toEqual(results[0]);
      expect(results[0]!.brokeFinal).toEqual(broke ? ['studio'] : []);
      expect(results[0]!.said).toBe(broke ? 1 : 0);
      expect(results[0]!.cohesion).toBe(broke ? clampBpTest(s.cohesion + P.agreement.brokenFinal.cohesion) : s.cohesion);
    }
    expect(spaceOf(sc23)).toBe(sp23);
  });

  it('the same harness does notice a change in the computer\u2019s own weights and hidden values (it can fail)', () => {
    const sc = sc23;
    const real = spaceOf(sc);
    const own = registered(sc, 'studio', skewed, 'own-skewed');
    const ms = moments('2023', 'union', 'conceder', 'normal');
    expect(ms.length).toBeGreaterThan(5);
    const differs = ms.filter((m) => lookIn(m, 'studio', own).choice !== lookIn(m, 'studio', sc).choice).length;
    expect(differs).toBeGreaterThan(0);
    // Its own hidden floor is in its own view (and so in its walk-away).
    const m = ms[0]!;
    expect(lookIn(m, 'studio', sc, (d) => shiftHidden(d, 'studio')).view).not.toBe(lookIn(m, 'studio', sc).view);
    expect(spaceOf(sc)).toBe(real);
  });
});

// ---------------------------------------------------------------------------------------------
describe('event effects', () => {
  it('a losses event keeps the factions\u2019 losses adding up to the studios\u2019 total', () => {
    const s = game();
    const ctx = ctxOf(structuredClone(s));
    applyEffect(ctx, { kind: 'losses', faction: 'legacy', k: 1000 });
    expect(ctx.s.factions.reduce((a, f) => a + f.losses, 0)).toBe(ctx.s.studioLosses);
  });

  // Was a bug (an it.fails here): with no faction named, every faction was charged `k` but the
  // studios' total only once. Now each faction's charge is added to the total.
  it('a losses event for the whole alliance keeps the totals consistent', () => {
    const s = game();
    const ctx = ctxOf(structuredClone(s));
    applyEffect(ctx, { kind: 'losses', k: 1000 });
    expect(ctx.s.factions.reduce((a, f) => a + f.losses, 0)).toBe(ctx.s.studioLosses);
    expect(sc23.factions.length).toBeGreaterThan(1);
    expect(ctx.s.studioLosses - s.studioLosses).toBe(1000 * sc23.factions.length);
    ctx.s.factions.forEach((f, i) => expect(f.losses - s.factions[i]!.losses).toBe(1000));
    // Named: only that faction, and the total by the same amount.
    const one = ctxOf(structuredClone(s));
    applyEffect(one, { kind: 'losses', faction: sc23.factions[1]!.id, k: 700 });
    expect(one.s.studioLosses - s.studioLosses).toBe(700);
    expect(one.s.factions.map((f, i) => f.losses - s.factions[i]!.losses)).toEqual(sc23.factions.map((_, i) => (i === 1 ? 700 : 0)));
  });

  it('public-opinion events are held back by a blackout; other effects stay in range', () => {
    const s = edit(game(), (d) => (d.blackout = true));
    const ctx = ctxOf(structuredClone(s));
    applyEffect(ctx, { kind: 'public', bp: 5000 });
    expect(ctx.s.publicOpinion).toEqual(s.publicOpinion);
    const open = ctxOf(structuredClone(game()));
    applyEffect(open, { kind: 'public', bp: 50_000 });
    applyEffect(open, { kind: 'solidarity', bp: -50_000 });
    applyEffect(open, { kind: 'cohesion', bp: 50_000 });
    applyEffect(open, { kind: 'sharePrice', bp: -50_000 });
    applyEffect(open, { kind: 'pipeline', bp: -50_000 });
    expect(open.s.publicOpinion.studio).toBe(0);
    expect(open.s.solidarity).toBe(0);
    expect(open.s.cohesion).toBe(10000);
    expect(open.s.pipeline).toBe(0);
    expect(invariantProblems(open.s)).toEqual([]);
  });
});

describe('a union whose strike is crumbling', () => {
  it('takes the offer on the table only if it is the best the studios have made (the crumble would bring that anyway)', () => {
    const S = strikeState({ human: 'both' });
    const generous = [14, 8, 2, 3, 6, 0, 0];
    const extreme = sc23.openings.studio.map(() => 0);
    const view = (standing: number[]) => {
      const v = playerView(S, 'union');
      v.offers = [...v.offers, { day: S.day - 20, by: 'studio', packages: [generous], final: false }, { day: S.day - 5, by: 'studio', packages: [standing], final: false }];
      v.standing = { by: 'studio', packages: [standing], final: false };
      if (v.meters.kind === 'union') v.meters.hardship = 0.95;
      v.public.solidarity = 0.3;
      // Its members would vote the offer down; with the strike collapsing that no longer matters.
      v.standingYes = [0.3];
      return v;
    };
    expect(decide(view(extreme), null).action.type).not.toBe('accept');
    expect(decide(view(generous), null).action).toMatchObject({ type: 'accept', side: 'union', index: 0 });
  });
});

describe('a union committee polls its members', () => {
  it('signs nothing its members would vote down while its pickets hold, and signs the same offer once they would back it', () => {
    const S = strikeState({ human: 'both' });
    const generous = [14, 8, 2, 3, 6, 0, 0];
    const view = (yes: number) => {
      const v = playerView(S, 'union');
      v.offers = [...v.offers, { day: S.day - 5, by: 'studio', packages: [generous], final: false }];
      v.standing = { by: 'studio', packages: [generous], final: false };
      // Hardship has pushed the committee to settle for the best offer it has had ...
      if (v.meters.kind === 'union') v.meters.hardship = 0.95;
      v.public.solidarity = 0.95;
      v.standingYes = [yes];
      return v;
    };
    // ... but not when its poll says the members would send the deal back.
    expect(decide(view(0.46), null).action.type).not.toBe('accept');
    expect(decide(view(0.7), null).action).toMatchObject({ type: 'accept', side: 'union', index: 0 });
  });

  it('sees the poll in its view: the members\u2019 projected yes for each standing studio package, and nothing for the studios', () => {
    const S = strikeState({ human: 'both' });
    const pkg = [14, 8, 2, 3, 6, 0, 0];
    const T: GameState = { ...S, standing: { by: 'studio', packages: [pkg], final: false, day: S.day } };
    const yes = playerView(T, 'union').standingYes!;
    expect(yes).toHaveLength(1);
    expect(yes[0]).toBeCloseTo(projectedRatification(T, pkg).yes / 10000, 6);
    expect(playerView(T, 'studio').standingYes).toBeNull();
  });
});

describe('the studios at the end of the calendar', () => {
  const v0 = playerView(strikeState({ human: 'both' }), 'studio');
  it('take an offer at their floor in the last month of a long strike, but not after a token strike or none', () => {
    const floorOffer = (struck: boolean, strikeDays = 0) => {
      const S = struck ? strikeState({ human: 'both' }) : withTurn(holdoutState({ human: 'both' }), 'studio');
      const v = playerView(S, 'studio');
      v.day = v.hardCapDay - 10;
      if (struck) v.strikeDays = strikeDays;
      v.yourMove = true;
      // The union's offer on the table is worth exactly the studios' floor, well below their walk-away.
      const sp = spaceOf(sc23);
      let best = sc23.openings.studio.slice();
      for (let l = 0; l < sp.radix[0]!; l++) {
        const p = sc23.openings.studio.slice();
        p[0] = l;
        if (utilityOf(sp, 'studio', p) >= v.points.floor * 10) best = p;
      }
      v.walkAway = v.points.floor + 8;
      v.standing = { by: 'union', packages: [best], final: false };
      v.offers = [...v.offers, { day: v.day - 2, by: 'union', packages: [best], final: false }];
      return decide(v, null).action.type;
    };
    expect(floorOffer(true, v0.aiParams.endgameStrikeDays)).toBe('accept');
    // A strike 8 days old has cost them almost nothing: the bar has barely left the walk-away.
    expect(floorOffer(true, 8)).not.toBe('accept');
    expect(floorOffer(false)).not.toBe('accept');
    // (The package is the studios' opening with the highest year-1 raise that still meets their floor.)
  });
});

describe('the difficulty of a computer\u2019s studios', () => {
  // One strike state; only who plays the studios and the difficulty differ, then 60 days pass.
  const struck = strikeState({ human: 'both' });
  type D = 'easy' | 'normal' | 'hard';
  const as = (human: 'union' | 'studio', difficulty: D) =>
    edit(struck, (d) => {
      d.config.human = human;
      d.config.difficulty = difficulty;
    });
  const patience = (human: 'union' | 'studio', difficulty: D) => idle(as(human, difficulty), 60).factions.map((f) => f.patience);
  const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const floor = (human: 'union' | 'studio', difficulty: D) => playerView(as(human, difficulty), 'studio').points.floor;
  it('moves their hidden floor: lower on easy, higher on hard', () => {
    expect(floor('union', 'easy')).toBeLessThan(floor('union', 'normal'));
    expect(floor('union', 'hard')).toBeGreaterThan(floor('union', 'normal'));
    const sp = spaceOf(sc23);
    expect(floor('union', 'normal') * 10).toBeCloseTo(utilityOf(sp, 'studio', sc23.reservations.studio) + struck.hidden.floorShift.studio, 6);
  });
  it('lets a hard alliance bear more of a strike\u2019s losses before its companies\u2019 patience runs out', () => {
    expect(total(patience('union', 'hard'))).toBeGreaterThan(total(patience('union', 'normal')));
    expect(total(patience('union', 'easy'))).toBeLessThanOrEqual(total(patience('union', 'normal')));
    // The losses themselves are the same: only what the companies can bear differs.
    expect(idle(as('union', 'hard'), 60).studioLosses).toBe(idle(as('union', 'normal'), 60).studioLosses);
  });
  it('changes nothing for a person playing the studios', () => {
    expect(patience('studio', 'easy')).toEqual(patience('studio', 'hard'));
    expect(floor('studio', 'easy')).toBe(floor('studio', 'hard'));
  });
});

describe('a computer with nothing on the table', () => {
  it('puts an offer on the table rather than saying its offer stands (after a vote that failed, none does)', () => {
    const v = playerView(game(), 'studio');
    expect(v.offers.some((o) => o.by === 'studio')).toBe(true);
    v.yourMove = true;
    v.standing = null;
    const d = decide(v, null);
    expect(d.action.type).toBe('propose');
  });
});
