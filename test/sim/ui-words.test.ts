import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../src/ui/glossary';
import { siteOf, sourceWords } from '../../src/ui/screens/sources';
import { advance, applyAction, botFor, createGame, debrief, logText, isError, playerView, playRound, scoreParts, scores, SCENARIOS, type Action, type GameState, type PlayerView } from '../../src/sim';
import { verdict } from '../../src/ui/screens/ending';
import { scoreClause } from '../../src/ui/scoreWords';
import { PROBES } from '../../src/cli/probes';
import { sinceMyMove } from '../../src/ui/table/reply';
import { numbersInOrder } from '../../src/ui/screens/briefing';
import { points } from '../../src/ui/format';

/** Every { text, kind } object anywhere in a value: the sources a player may see. */
function sources(v: unknown, out: { text: string; url?: string }[] = []): { text: string; url?: string }[] {
  if (Array.isArray(v)) v.forEach((x) => sources(x, out));
  else if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.text === 'string' && typeof o.kind === 'string') out.push(o as { text: string; url?: string });
    Object.values(o).forEach((x) => sources(x, out));
  }
  return out;
}

describe('sources as players read them', () => {
  const all = [...sources(SCENARIOS), ...GLOSSARY.flatMap((t) => (t.source ? [t.source] : []))];

  it('name the game\u2019s research notes in words, never as file references', () => {
    expect(all.length).toBeGreaterThan(40);
    expect(all.some((s) => /research\/|facts §/.test(s.text))).toBe(true); // there is something to translate
    for (const s of all) expect(sourceWords(s.text), s.text).not.toMatch(/research\/|\.md\b|§|facts \d/);
    expect(sourceWords('Derived: walk-away points proposed in research/facts.md §8B')).toBe('Derived: walk-away points proposed in Strike Clock\u2019s research notes on the history');
  });

  it('name each link by its site', () => {
    for (const s of all.filter((x) => x.url)) expect(siteOf(s.url!), s.url).toMatch(/^[a-z0-9.-]+\.[a-z]{2,}$/);
    expect(siteOf('https://www.engadget.com/a')).toBe('engadget.com');
  });
});

describe('the briefing puts its numbers in order', () => {
  const viewAt = (scenario: '2023' | '2026', side: 'union' | 'studio') => playerView(createGame({ scenario, seed: 'ORDER', human: side, difficulty: 'normal', pace: 'standard' }) as GameState, side);

  it('names floor, target and walk-away with the figures the briefing shows', () => {
    for (const [scenario, side] of [['2023', 'union'], ['2026', 'studio']] as const) {
      const v = viewAt(scenario, side);
      const line = numbersInOrder(v);
      expect(line).toContain(`your floor (${points(v.points.floor)})`);
      expect(line).toContain(`your target (${points(v.points.target)})`);
      expect(line).toContain(`your walk-away (${points(v.walkAway)})`);
    }
  });

  it('says why the union\u2019s walk-away can stand above its target, and only then', () => {
    const u = viewAt('2023', 'union');
    expect(u.walkAway).toBeGreaterThan(u.points.target); // the 2023 members expect more than a good deal
    expect(numbersInOrder(u)).toContain('stands above your target');
    const s = viewAt('2026', 'studio');
    expect(numbersInOrder(s)).not.toContain('stands above your target');
  });
});

describe('the other side\u2019s latest answer', () => {
  // A playtester saw "Nothing new since your move" over the studios' acceptance: the union's
  // board vote that follows it carries the union's side and was taken for the union's move.
  it('after the studios accept, shows their acceptance, not "nothing new" (the board vote is nobody\u2019s move)', () => {
    let found = false;
    for (let i = 1; i <= 12 && !found; i++) {
      const config = { scenario: '2023', seed: `ANSWER${i}`, human: 'union', difficulty: 'easy', pace: 'standard' } as const;
      const r = playRound(config, { union: botFor('historical') });
      if (isError(r)) throw new Error(r.message);
      let s = advance(createGame(config) as GameState);
      for (const a of r.actions) {
        s = advance(applyAction(s, a) as GameState);
        if (s.phase !== 'ratification') continue;
        const last = [...s.log].reverse().find((e) => e.kind === 'accept');
        if (last?.side !== 'studio') break;
        const v = playerView(s, 'union');
        expect(v.log.some((e) => e.kind === 'vote' && e.ref === 'board' && e.side === 'union')).toBe(true);
        expect(sinceMyMove(v).some((e) => e.kind === 'accept' && e.side === 'studio')).toBe(true);
        found = true;
        break;
      }
    }
    expect(found, 'a round in which the studios accepted the union\u2019s offer').toBe(true);
  });

  // A playtester's union lost two leadership crises that the log showed as dates with no words
  // and the panel as "nothing new since your move".
  it('shows a leadership crisis, in words, though it carries the union\u2019s side', () => {
    let found = false;
    for (let i = 1; i <= 12 && !found; i++) {
      const config = { scenario: '2026', seed: `CRISIS${i}`, human: 'union', difficulty: 'easy', pace: 'standard' } as const;
      const r = playRound(config, { union: PROBES['never-move']! });
      if (isError(r)) throw new Error(r.message);
      let s = advance(createGame(config) as GameState);
      for (const a of r.actions) {
        const before = s.log.length;
        s = advance(applyAction(s, a) as GameState);
        const crisis = s.log.slice(before).find((e) => e.kind === 'phase' && e.ref === 'crisis');
        if (!crisis || s.phase === 'done') continue;
        expect(logText(SCENARIOS['2026']!, crisis)).toMatch(/^Members have lost faith in the committee: a leadership crisis/);
        expect(sinceMyMove(playerView(s, 'union'))).toContainEqual(crisis);
        found = true;
        break;
      }
    }
    expect(found, 'a round with a leadership crisis').toBe(true);
  });
});

describe('the ending says how the score was made', () => {
  // A union that strikes and never moves: its strike crumbles and the studios' best offer is imposed.
  const strikeForever = (v: PlayerView): Action => {
    if (v.phase === 'ratification') return { type: 'countVotes', side: v.side };
    if (v.legal.some((l) => l.type === 'authorize')) return { type: 'authorize', side: 'union' };
    if (v.legal.some((l) => l.type === 'strike')) return { type: 'strike', side: 'union' };
    return { type: 'propose', side: v.side, packages: [v.opening] };
  };
  const round = (scenario: string, side: 'union' | 'studio', difficulty: 'normal' | 'hard', bot: (v: PlayerView) => Action, seed = 'bal-2'): GameState => {
    const r = playRound({ scenario, seed, human: side, difficulty, pace: 'standard' }, { [side]: bot });
    if (isError(r)) throw new Error(r.message);
    return r.state;
  };
  const line = (g: GameState, side: 'union' | 'studio') => verdict(debrief(g), side, playerView(g, side).points.target, true, g);
  const p = (deci: number) => points(Math.round(deci) / 10);

  it('after a failure, does not set the imposed terms against the target, and shows the cap and the costs that make the score', () => {
    const g = round('2023', 'union', 'normal', strikeForever);
    expect(g.outcome).toBe('strikeCrumbled');
    const parts = scoreParts(g, 'union');
    const text = line(g, 'union');
    expect(text.startsWith('A failed round:')).toBe(true);
    expect(text).not.toContain('target');
    expect(text).toContain(`less ${points(playerView(g, 'union').scoring.failurePenalty)}, that is ${p(parts.failureCap!)}.`);
    // A union that only struck and never moved also lost its mandate, more than once (members
    // turn on a committee that will not move): each crisis is charged too.
    expect(g.crises).toBeGreaterThan(0);
    expect(text).toContain(`Less ${p(parts.strikeCost)} for what the strike cost members and ${p(parts.goodwill)} for ${g.crises} leadership crises, your score is ${points(scores(g).union)}.`);
    // The sentence's own arithmetic holds: the cap less the strike's cost and the crises is the score.
    expect(Math.round(parts.failureCap! - parts.strikeCost - parts.goodwill) / 10).toBeCloseTo(scores(g).union, 5);
  });

  it('says when leadership crises lowered the union\u2019s walk-away below the floor it began with', async () => {
    const { LOGROLLERS } = await import('../../src/cli/probes');
    const r = playRound({ scenario: '2026', seed: 'bal-48', human: 'union', difficulty: 'normal', pace: 'standard' }, { union: LOGROLLERS['patient-striker']! });
    if (isError(r)) throw new Error(r.message);
    expect(r.state.outcome).toBe('ratified');
    expect(r.state.crises).toBe(2);
    expect(line(r.state, 'union')).toMatch(/walk-away when the deal was made \([^)]*, lowered by 2 leadership crises\)/);
  });

  it('the facts under the ending and atop the debrief give each side\u2019s score with how it was made', () => {
    const crumbled = round('2023', 'union', 'normal', strikeForever);
    const u = scoreParts(crumbled, 'union');
    expect(scoreClause(crumbled, 'union')).toBe(`${points(scores(crumbled).union)} (a failed round: at most the union\u2019s floor package or the terms, whichever is less, less ${points(playerView(crumbled, 'union').scoring.failurePenalty)}, ${p(u.failureCap!)}, less ${p(u.strikeCost)} for what the strike cost members and ${p(u.goodwill)} for ${crumbled.crises} leadership crises)`);
    // The studios won that round: their score is the deal less what the strike cost them.
    const s = scoreParts(crumbled, 'studio');
    expect(scoreClause(crumbled, 'studio')).toBe(`${points(scores(crumbled).studio)} (the deal\u2019s ${p(s.deal)}, less ${p(s.strikeCost)} for what the strike cost the studios)`);
    const broke = round('2026', 'studio', 'normal', PROBES['mediator-final']!);
    expect(scoreClause(broke, 'studio')).toContain('for going back on its \u201clast, best and final\u201d offer');
  });

  it('after a deal, names each cost, a broken "final" offer among them', () => {
    const g = round('2026', 'studio', 'normal', PROBES['mediator-final']!, 'bal-1');
    expect(g.outcome).toBe('ratified');
    expect(g.brokeFinal).toContain('studio');
    const parts = scoreParts(g, 'studio');
    const text = line(g, 'studio');
    expect(text).toContain(`Your score, after what the dispute cost, is ${points(scores(g).studio)}: the deal\u2019s ${p(parts.deal)}, less `);
    expect(text).toContain(`${points(playerView(g, 'studio').scoring.brokenFinal)} for going back on your \u201clast, best and final\u201d offer`);
  });
});

describe('an extension in words', () => {
  it('gives the date the contract now runs to, as the rest of the page does', () => {
    const sc = SCENARIOS['2023']!;
    const text = logText(sc, { day: 30, kind: 'action', side: 'union', ref: 'extend', data: { day: sc.calendar.extensionDay! } } as never);
    const [y, m, d] = sc.calendar.talksOpen.split('-').map(Number) as [number, number, number];
    const until = new Date(Date.UTC(y, m - 1, d) + sc.calendar.extensionDay! * 86_400_000);
    const month = until.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' });
    expect(text).toContain(`extended to ${month} ${until.getUTCDate()}, ${until.getUTCFullYear()}`);
  });
});

describe('the board\u2019s vote in words', () => {
  it('says yes and no, not a range, to the tenth of a percent the debrief shows', () => {
    const text = logText(SCENARIOS['2023']!, { day: 10, kind: 'vote', side: 'union', ref: 'board', data: { yes: 9980, passed: true } } as never);
    expect(text).toBe('The union\u2019s board votes 99.8% yes, 0.2% no: sent to the members for ratification.');
  });
  it('adds up to 100% (a playtester saw 100.0% yes, 0.1% no), each share within rounding of the vote', () => {
    for (const yes of [9995, 9994, 8765, 5005, 45]) {
      const text = logText(SCENARIOS['2023']!, { day: 10, kind: 'vote', side: 'union', ref: 'board', data: { yes, passed: true } } as never);
      const [, y, n] = /votes ([\d.]+)% yes, ([\d.]+)% no/.exec(text)!;
      expect(Math.round((Number(y) + Number(n)) * 10)).toBe(1000);
      expect(Math.abs(Math.round(Number(y) * 100) - yes)).toBeLessThanOrEqual(5);
    }
  });
});

describe('the reply names what the other side offers beyond the ask', () => {
  // A playtester saw the union answer the studios' 3% with 2.5%: the computer picks its packages
  // on its own costs, and a level it finds cheap can be its way of adding points. The reply says
  // so. Found in play: the moments a sensible player's latest offer is answered past its ask.
  it('lists each issue where their latest offer beats every level this side asked, and nothing once this side has answered', async () => {
    const { LOGROLLERS } = await import('../../src/cli/probes');
    const { beyondAsk } = await import('../../src/ui/table/reply');
    let found = 0;
    let clean = 0;
    const reasons = new Set<string>();
    for (const seed of ['ask-1', 'ask-2', 'ask-3', 'ask-4'])
      for (const human of ['union', 'studio'] as const) {
        const bot = LOGROLLERS['moderate-logroller']!;
        let s: GameState = advance(createGame({ scenario: '2023', seed, human, difficulty: 'easy', pace: 'standard' }) as GameState);
        for (let k = 0; k < 200 && s.phase !== 'done'; k++) {
          const v = playerView(s, human);
          const mine = v.offers.filter((o) => o.by === human).pop();
          const theirs = v.offers.filter((o) => o.by !== human).pop();
          const listed = beyondAsk(v);
          if (mine && theirs && v.offers.lastIndexOf(theirs) > v.offers.lastIndexOf(mine)) {
            // Checked issue by issue on this side's own schedule.
            const expected = v.issues.filter((iss, i) => theirs.packages.some((p) => mine.packages.every((q) => iss.levels[p[i]!]!.points > iss.levels[q[i]!]!.points))).map((iss) => iss.name);
            expect(listed.map((m) => m.issue)).toEqual(expected);
            // Why: their level was already on the table before this side's latest offer, or this side had asked for it.
            const cut = v.offers.lastIndexOf(mine);
            for (const m of listed) {
              const i = v.issues.findIndex((iss) => iss.name === m.issue);
              const lvl = v.issues[i]!.levels.find((x) => x.short === m.theirs)!.points;
              const onTable = v.offers.slice(0, cut).some((o) => o.by !== human && o.packages.some((p) => v.issues[i]!.levels[p[i]!]!.points >= lvl));
              const askedBefore = v.offers.slice(0, cut).some((o) => o.by === human && o.packages.some((p) => v.issues[i]!.levels[p[i]!]!.points >= lvl));
              expect(m.why).toBe(onTable ? 'kept' : 'askedBefore');
              if (!onTable) expect(askedBefore, `${m.issue}: past anything asked or offered`).toBe(true);
              reasons.add(m.why);
            }
            found += listed.length;
          } else {
            expect(listed).toEqual([]);
            clean++;
          }
          const a = bot(v);
          const next = applyAction(s, a);
          s = advance(isError(next) ? (applyAction(s, { type: 'reject', side: human }) as GameState) : next);
        }
      }
    expect(found).toBeGreaterThan(0);
    expect(clean).toBeGreaterThan(0);
    expect([...reasons].sort()).toEqual(['askedBefore', 'kept']);
  });
});
