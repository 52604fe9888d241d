import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import {
  advance,
  applyAction,
  botFor,
  createGame,
  isError,
  other,
  playerView,
  playRound,
  scores,
  type Action,
  type Bot,
  type Difficulty,
  type GameConfig,
  type GameState,
  type Package,
  type PlayerView,
  type Side,
} from '../sim';
import { parseArgs, UsageError } from './args';
import { LOGROLLERS, mirror, PROBES } from './probes';

/**
 * `npm run balance`: plays sensible strategies and probe strategies against the computer over N
 * seeds for every scenario × side × difficulty, through playerView only, and prints what a
 * strategy-minded student would learn from the game: scores by outcome, the best probe against
 * the best sensible play, the computer's retractions, its reciprocity, the pressure of a strike
 * on it, and the variety of rounds. Each figure is printed beside its target.
 */

export interface Strategy {
  name: string;
  kind: 'sensible' | 'probe' | 'bot';
  make: (seed: string) => Bot;
}

const SCENARIOS = ['2023', '2026'] as const;
/**
 * Sensible play moves toward a deal: against the hard computer it gives at least this share of
 * the room between the two openings, in its offers or the deal it signs. Below it a strategy
 * holds, whatever its offers look like, and belongs with the probes (which must never pay).
 */
export const SENSIBLE_GIVES = 0.1;
const SIDES: Side[] = ['union', 'studio'];
const DIFFICULTIES: Difficulty[] = ['easy', 'normal', 'hard'];

export async function strategies(): Promise<Strategy[]> {
  const tft = (await import(pathToFileURL(resolve(import.meta.dirname, '../../examples/tit-for-tat.mjs')).href)) as { decide: Bot };
  return [
    { name: 'historical', kind: 'sensible', make: () => botFor('historical') },
    { name: 'tit-for-tat', kind: 'sensible', make: () => tft.decide },
    { name: 'hardliner', kind: 'sensible', make: () => botFor('hardliner') },
    ...Object.entries(LOGROLLERS).map(([name, bot]) => ({ name, kind: 'sensible' as const, make: () => bot })),
    { name: 'mirror', kind: 'sensible', make: () => mirror() },
    { name: 'conceder', kind: 'bot', make: () => botFor('conceder') },
    { name: 'random', kind: 'bot', make: (seed) => botFor('random', seed) },
    ...Object.entries(PROBES).map(([name, bot]) => ({ name, kind: 'probe' as const, make: () => bot })),
  ];
}

interface RoundRow {
  outcome: string;
  score: number;
  other: number;
  strikeDays: number;
  deal: string | null;
  retractions: number;
  aiOffers: number;
  /** Share (0..1) of the room between the two openings that the player gave, in its offers or the deal it signed. */
  gave: number;
  words: Words;
}

/** The computer's lines against its moves, in the player's points (see `words`). */
interface Words {
  moving: number;
  movingSmall: number;
  firm: number;
  firmBig: number;
}

/**
 * "We have moved" with less than this many of the player's points is said of too little, and a
 * firm line ("this is what we can do") with `FIRM_MAX` points or more hides a real move. Each
 * may happen (the computer judges its moves by its own points and its model of the player's),
 * in under `WORDS_TARGET` of its lines: with "we have moved" said of any step, 15.4, 11.6, 14.1
 * and 21% of those lines gave the player under a point (5 seeds a cell).
 */
export const MOVING_MIN = 1;
export const FIRM_MAX = 2;
export const WORDS_TARGET = { moving: 0.15, firm: 0.05 };

/**
 * Does each line match the move it comes with? For each counter-offer of the computer after its
 * first: its line, and how much the player's best package in it gained on the one before, in
 * the player's points (a playtester heard "Here is real movement from our side" with 0.3).
 */
function words(s: GameState, side: Side): Words {
  const v = playerView(s, side);
  const out: Words = { moving: 0, movingSmall: 0, firm: 0, firmBig: 0 };
  let prev: number | null = null;
  s.log.forEach((e, j) => {
    if (e.kind !== 'offer' || e.side === side) return;
    const best = Math.max(...(e.data?.packages ?? []).map((p) => pointsOf(v, p)));
    // The committee's line is logged just before its offer, the same day.
    const line = [s.log[j - 1], s.log[j - 2]].find((l) => l && l.kind === 'line' && l.side === e.side && l.day === e.day);
    if (prev != null && line) {
      const gain = best - prev;
      if (line.ref === 'counter-moving') (out.moving += 1), (out.movingSmall += gain < MOVING_MIN ? 1 : 0);
      if (line.ref === 'counter-firm') (out.firm += 1), (out.firmBig += gain >= FIRM_MAX ? 1 : 0);
    }
    prev = best;
  });
  return out;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const sd = (xs: number[]) => {
  const m = mean(xs);
  return xs.length > 1 ? Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1)) : 0;
};
const r1 = (x: number) => Math.round(x * 10) / 10;
const pctOf = (k: number, n: number) => `${n ? Math.round((k * 1000) / n) / 10 : 0}%`;

/** Points of a package on `side`'s own schedule (from the engine's tables via the view). */
const pointsOf = (v: PlayerView, p: Package) => p.reduce((t, l, i) => t + v.issues[i]!.levels[l]!.points, 0);

/**
 * How often the computer went back on its own public offer: an offer in which some package of
 * its previous offer has no successor at least as good for the player on every issue (a
 * playtester saw the union drop the one of its three packages best for the studios and call
 * that moving, 15 points worse for them; counting first packages only, that was no retraction).
 */
function retractions(s: GameState, side: Side): { retracted: number; offers: number } {
  const v = playerView(s, side);
  const theirs = v.offers.filter((o) => o.by !== side);
  const pts = (i: number, l: number) => v.issues[i]!.levels[l]!.points;
  // A union committee withdraws a package of its own that its members would vote down, and says
  // so ("Our members would vote that down"): its word gives way with a reason, as §6 allows.
  const said = (day: number) => s.log.some((e) => e.kind === 'line' && e.side === other(side) && e.side === 'union' && (e.ref === 'reject-final' || e.ref === 'withdraw') && e.day === day);
  let retracted = 0;
  for (let k = 1; k < theirs.length; k++) {
    if (said(theirs[k]!.day)) continue;
    const kept = (q: Package) => theirs[k]!.packages.some((p) => p.every((l, i) => pts(i, l) >= pts(i, q[i]!)));
    if (!theirs[k - 1]!.packages.every(kept)) retracted++;
  }
  return { retracted, offers: Math.max(0, theirs.length - 1) };
}

/**
 * How far the player moved toward a deal: the share of the room between its own opening and the
 * other side's that it gave, in its own offers or in the deal it signed (a deal a failure
 * imposed counts for nothing: the player did not sign it).
 */
function gave(s: GameState, side: Side): number {
  const v = playerView(s, side);
  const open = pointsOf(v, v.opening);
  const room = open - pointsOf(v, v.theirOpening);
  if (room <= 0) return 0;
  let lowest = open;
  for (const o of v.offers) if (o.by === side) lowest = Math.min(lowest, Math.max(...o.packages.map((p) => pointsOf(v, p))));
  if (s.outcome === 'ratified' && s.deal) lowest = Math.min(lowest, pointsOf(v, s.deal));
  return Math.max(0, Math.min(1, (open - lowest) / room));
}

function playOne(config: GameConfig, bot: Bot): RoundRow {
  const r = playRound(config, { [config.human as Side]: bot });
  if (isError(r)) throw new Error(r.message);
  const side = config.human as Side;
  const sc = scores(r.state);
  const ret = retractions(r.state, side);
  return {
    outcome: r.state.outcome ?? 'unfinished',
    score: sc[side],
    other: sc[side === 'union' ? 'studio' : 'union'],
    strikeDays: r.state.strikeDays,
    deal: r.state.deal ? r.state.deal.join('.') : null,
    retractions: ret.retracted,
    aiOffers: ret.offers,
    gave: gave(r.state, side),
    words: words(r.state, side),
  };
}

/**
 * Reciprocity, A/B on the same seed: from the same moment, the player either concedes (half way
 * to the computer's offer on every issue) or repeats its last offer; what the computer offers
 * next is compared, in the player's points.
 */
function reciprocity(config: GameConfig, bot: Bot, atMoves: number[]): { afterConcession: number[]; afterFirm: number[] } {
  const side = config.human as Side;
  const out = { afterConcession: [] as number[], afterFirm: [] as number[] };
  const start = createGame(config);
  if (isError(start)) throw new Error(start.message);
  let s = advance(start);
  for (let moves = 0; moves <= Math.max(...atMoves) && s.phase !== 'done'; moves++) {
    const v = playerView(s, side);
    if (atMoves.includes(moves) && v.phase !== 'ratification' && v.standing && v.standing.by !== side) {
      const mine = v.offers.filter((o) => o.by === side).pop()!.packages[0]!;
      const theirs = v.standing.packages[0]!;
      const before = pointsOf(v, v.standing.packages[0]!);
      const half = mine.map((l, i) => Math.round((l + theirs[i]!) / 2));
      for (const [pkg, into] of [
        [half, out.afterConcession],
        [mine, out.afterFirm],
      ] as const) {
        const next = applyAction(s, { type: 'propose', side, packages: [pkg.slice()] });
        if (isError(next)) continue;
        const after = advance(next);
        const w = playerView(after, side);
        if (w.standing && w.standing.by !== side && after.phase !== 'ratification') into.push(pointsOf(w, w.standing.packages[0]!) - before);
        else if (after.phase === 'ratification' || after.phase === 'done') into.push(pointsOf(w, after.agreement?.packages ?? after.deal ?? theirs) - before);
      }
    }
    const a: Action = bot(v);
    const next = applyAction(s, a);
    s = isError(next) ? advance(applyAction(s, v.phase === 'ratification' ? { type: 'countVotes', side } : { type: 'reject', side }) as GameState) : advance(next);
  }
  return out;
}

/**
 * The computer's concession per 10 days before and during a strike, measured two ways: in its
 * own points (what it gave up: the usual meaning of a concession) and in the player's points
 * (what the player gained, which also counts cheap trades that are worth much to the player).
 * Before: from its first offer to its last one before the strike, over those days. During: from
 * that last offer to its last one in the strike, over the strike's days (so a move made as the
 * strike begins counts for the strike).
 */
function hicks(s: GameState, side: Side): { before: number | null; during: number | null; ownBefore: number | null; ownDuring: number | null } {
  const v = playerView(s, side);
  const me = playerView(s, other(side));
  const start = s.strikeStartDay;
  const none = { before: null, during: null, ownBefore: null, ownDuring: null };
  if (start == null) return none;
  const mine = v.offers.filter((o) => o.by !== side);
  const pre = mine.filter((o) => o.day < start);
  const dur = mine.filter((o) => o.day >= start);
  if (pre.length < 1 || dur.length < 1) return none;
  const first = pre[0]!;
  const lastPre = pre[pre.length - 1]!;
  const last = dur[dur.length - 1]!;
  const gain = (o: (typeof mine)[number]) => Math.max(...o.packages.map((p) => pointsOf(v, p)));
  const keep = (o: (typeof mine)[number]) => Math.max(...o.packages.map((p) => pointsOf(me, p)));
  const per10 = (x: number, days: number) => (days > 0 ? (x * 10) / days : null);
  return {
    before: per10(gain(lastPre) - gain(first), start - first.day),
    during: per10(gain(last) - gain(lastPre), last.day - start),
    ownBefore: per10(keep(first) - keep(lastPre), start - first.day),
    ownDuring: per10(keep(lastPre) - keep(last), last.day - start),
  };
}

export interface Cell {
  scenario: string;
  side: Side;
  difficulty: Difficulty;
  strategies: Record<string, { kind: string; mean: number; sd: number; byOutcome: Record<string, { n: number; mean: number }>; strikeDays: number; retractionRate: number; gave: number }>;
  bestSensible: { name: string; mean: number };
  bestProbe: { name: string; mean: number };
  variety: { strikeDaysMean: number; strikeDaysSd: number; distinctDeals: number };
}

export async function balance(n: number, only?: { scenario?: string; side?: Side; difficulty?: Difficulty }): Promise<{ seeds: number; cells: Cell[]; reciprocity: Record<string, { afterConcession: number; afterFirm: number; n: number }>; hicks: Record<string, { by: string; before: number; during: number; ownBefore: number; ownDuring: number; n: number }>; difficulty: Record<string, Record<string, { easy: number; hard: number; gap: number }>>; words: Record<string, Words> }> {
  const strats = await strategies();
  const seeds = Array.from({ length: n }, (_, i) => `bal-${i + 1}`);
  const cells: Cell[] = [];
  const recip: Record<string, { afterConcession: number; afterFirm: number; n: number }> = {};
  const hk: Record<string, { by: string; before: number; during: number; ownBefore: number; ownDuring: number; n: number }> = {};
  const said: Record<string, Words> = {};
  for (const scenario of SCENARIOS) {
    if (only?.scenario && only.scenario !== scenario) continue;
    for (const side of SIDES) {
      if (only?.side && only.side !== side) continue;
      for (const difficulty of DIFFICULTIES) {
        if (only?.difficulty && only.difficulty !== difficulty) continue;
        const cell: Cell = { scenario, side, difficulty, strategies: {}, bestSensible: { name: '', mean: -Infinity }, bestProbe: { name: '', mean: -Infinity }, variety: { strikeDaysMean: 0, strikeDaysSd: 0, distinctDeals: 0 } };
        for (const st of strats) {
          const rows = seeds.map((seed) => playOne({ scenario, seed, human: side, difficulty, pace: 'standard' }, st.make(seed)));
          const byOutcome: Record<string, { n: number; mean: number }> = {};
          for (const o of new Set(rows.map((r) => r.outcome))) {
            const xs = rows.filter((r) => r.outcome === o).map((r) => r.score);
            byOutcome[o] = { n: xs.length, mean: r1(mean(xs)) };
          }
          if (st.kind === 'sensible') {
            const w = (said[`${scenario} ${side}`] ??= { moving: 0, movingSmall: 0, firm: 0, firmBig: 0 });
            for (const r of rows) (w.moving += r.words.moving), (w.movingSmall += r.words.movingSmall), (w.firm += r.words.firm), (w.firmBig += r.words.firmBig);
          }
          const scoresOf = rows.map((r) => r.score);
          const offers = rows.reduce((t, r) => t + r.aiOffers, 0);
          cell.strategies[st.name] = {
            kind: st.kind,
            mean: r1(mean(scoresOf)),
            sd: r1(sd(scoresOf)),
            byOutcome,
            strikeDays: r1(mean(rows.map((r) => r.strikeDays))),
            retractionRate: offers ? Math.round((rows.reduce((t, r) => t + r.retractions, 0) / offers) * 1000) / 1000 : 0,
            gave: Math.round(mean(rows.map((r) => r.gave)) * 100) / 100,
          };
          const m = mean(scoresOf);
          if (st.kind === 'sensible' && m > cell.bestSensible.mean) cell.bestSensible = { name: st.name, mean: r1(m) };
          if (st.kind === 'probe' && m > cell.bestProbe.mean) cell.bestProbe = { name: st.name, mean: r1(m) };
          if (st.name === 'historical') {
            const sdays = rows.map((r) => r.strikeDays);
            cell.variety = { strikeDaysMean: r1(mean(sdays)), strikeDaysSd: r1(sd(sdays)), distinctDeals: new Set(rows.map((r) => r.deal)).size };
          }
        }
        cells.push(cell);
        // Reciprocity and Hicks, measured with sensible play (tit-for-tat) at normal difficulty.
        if (difficulty === 'normal') {
          const key = `${scenario} ${side}`;
          const tft = strats.find((s) => s.name === 'tit-for-tat')!;
          const a: number[] = [];
          const b: number[] = [];
          for (const seed of seeds) {
            const r = reciprocity({ scenario, seed, human: side, difficulty, pace: 'standard' }, tft.make(seed), [3, 6, 9]);
            a.push(...r.afterConcession);
            b.push(...r.afterFirm);
          }
          recip[key] = { afterConcession: r1(mean(a)), afterFirm: r1(mean(b)), n: Math.min(a.length, b.length) };
          // Historical play; where history had no strike (2026), every round of sensible play that
          // came to one. (It was the striker alone; once the sensible bots stopped asking for less
          // than was already offered, the studios' striker settled before the expiry in 30 rounds
          // of 30 and gave no sample; the union's struck in 27.)
          for (const by of ['historical', 'sensible play']) {
            const sts = by === 'historical' ? strats.filter((s) => s.name === by) : strats.filter((s) => s.kind === 'sensible');
            const bef: number[] = [];
            const dur: number[] = [];
            const ownBef: number[] = [];
            const ownDur: number[] = [];
            for (const st of sts)
              for (const seed of seeds) {
                const r = playRound({ scenario, seed, human: side, difficulty, pace: 'standard' }, { [side]: st.make(seed) });
                if (isError(r)) continue;
                const h = hicks(r.state, side);
                if (h.before != null && h.during != null && h.ownBefore != null && h.ownDuring != null) {
                  bef.push(h.before);
                  dur.push(h.during);
                  ownBef.push(h.ownBefore);
                  ownDur.push(h.ownDuring);
                }
              }
            hk[key] = { by, before: r1(mean(bef)), during: r1(mean(dur)), ownBefore: r1(mean(ownBef)), ownDuring: r1(mean(ownDur)), n: bef.length };
            if (bef.length) break;
          }
        }
      }
    }
  }
  // Difficulty: the player's mean score against the easy computer less that against the hard one, per sensible strategy.
  const difficulty: Record<string, Record<string, { easy: number; hard: number; gap: number }>> = {};
  for (const c of cells) {
    if (c.difficulty !== 'easy') continue;
    const hard = cells.find((h) => h.scenario === c.scenario && h.side === c.side && h.difficulty === 'hard');
    if (!hard) continue;
    const row: Record<string, { easy: number; hard: number; gap: number }> = {};
    for (const [name, st] of Object.entries(c.strategies)) {
      if (st.kind !== 'sensible') continue;
      const h = hard.strategies[name]!;
      row[name] = { easy: st.mean, hard: h.mean, gap: r1(st.mean - h.mean) };
    }
    difficulty[`${c.scenario} ${c.side}`] = row;
  }
  return { seeds: n, cells, reciprocity: recip, hicks: hk, difficulty, words: said };
}

function table(res: Awaited<ReturnType<typeof balance>>): string {
  const lines: string[] = [];
  lines.push(`Balance over ${res.seeds} seeds per cell (scores are the player's points; targets in brackets)`);
  for (const c of res.cells) {
    lines.push('');
    lines.push(`${c.scenario} ${c.side} ${c.difficulty}: best sensible ${c.bestSensible.name} ${c.bestSensible.mean}, best probe ${c.bestProbe.name} ${c.bestProbe.mean} [probe < sensible: ${c.bestProbe.mean < c.bestSensible.mean ? 'yes' : 'NO'}]`);
    lines.push(`  historical: strike days ${c.variety.strikeDaysMean} ± ${c.variety.strikeDaysSd} [2023: sd ≥ 10], distinct deals ${c.variety.distinctDeals} [2023: ≥ 5]`);
    for (const [name, s] of Object.entries(c.strategies)) {
      const outs = Object.entries(s.byOutcome)
        .map(([o, x]) => `${o} ${x.n}× ${x.mean}`)
        .join(', ');
      lines.push(`  ${name.padEnd(28)} ${String(s.mean).padStart(6)} ± ${String(s.sd).padEnd(5)} strike ${String(s.strikeDays).padStart(5)}  retractions ${s.retractionRate} [0]  gives ${Math.round(s.gave * 100)}%  ${outs}`);
    }
  }
  lines.push('');
  lines.push('Reciprocity (tit-for-tat, normal): the computer\u2019s next offer gains the player, after a concession vs after holding firm [concession > firm]');
  for (const [k, r] of Object.entries(res.reciprocity)) lines.push(`  ${k}: after a concession ${r.afterConcession}, after holding firm ${r.afterFirm} (n=${r.n})`);
  lines.push('Hicks (normal; historical play, or every sensible round with a strike where history had none): the computer\u2019s concession per 10 days before vs during a strike, in its own points [during \u2265 before] and in the player\u2019s points');
  for (const [k, r] of Object.entries(res.hicks)) lines.push(`  ${k} (${r.by}): own points ${r.ownBefore} before, ${r.ownDuring} during; player\u2019s points ${r.before} before, ${r.during} during (n=${r.n})`);
  lines.push(`Words (sensible play, every difficulty): the computer\u2019s line against the move it comes with, in the player\u2019s points`);
  for (const [k, w] of Object.entries(res.words))
    lines.push(
      `  ${k}: \u201cwe have moved\u201d ${w.moving}, with under ${MOVING_MIN} point for the player ${w.movingSmall} (${pctOf(w.movingSmall, w.moving)}) [under ${WORDS_TARGET.moving * 100}%]; a firm line ${w.firm}, with ${FIRM_MAX} points or more ${w.firmBig} (${pctOf(w.firmBig, w.firm)}) [under ${WORDS_TARGET.firm * 100}%]`,
    );
  lines.push('Difficulty (sensible play): the player\u2019s mean score against the easy computer less against the hard one [\u2265 6]');
  for (const [k, row] of Object.entries(res.difficulty))
    lines.push(`  ${k}: ${Object.entries(row).map(([name, d]) => `${name} ${d.easy} \u2212 ${d.hard} = ${d.gap}${d.gap < 6 ? ' BELOW' : ''}`).join('; ')}`);
  lines.push(`Movement against the hard computer: the share of the room between the two openings a strategy gives, in its offers or the deal it signs [sensible \u2265 ${Math.round(SENSIBLE_GIVES * 100)}%; below it, play is a hold, and a probe]`);
  for (const c of res.cells) {
    if (c.difficulty !== 'hard') continue;
    const all = Object.entries(c.strategies).filter(([, st]) => st.kind !== 'bot');
    const sensible = all.filter(([, st]) => st.kind === 'sensible').sort((a, b) => a[1].gave - b[1].gave)[0];
    const holds = all.filter(([, st]) => st.kind === 'probe' && st.gave < SENSIBLE_GIVES).map(([name, st]) => `${name} ${Math.round(st.gave * 100)}%`);
    if (sensible) lines.push(`  ${c.scenario} ${c.side}: least among sensible play ${sensible[0]} ${Math.round(sensible[1].gave * 100)}%; probes below the line: ${holds.join(', ') || 'none'}`);
  }
  return lines.join('\n');
}

const USAGE = `Usage: npm run balance -- [--seeds N] [--scenario 2023|2026] [--side union|studio] [--difficulty easy|normal|hard] [--json]
Plays sensible strategies and probes against the computer and prints the balance table (BALANCE_SEEDS sets N too; default 30).`;

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs(argv, ['seeds', 'scenario', 'side', 'difficulty'], ['json', 'help']);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`balance: ${e.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
  if (args.flags.has('help')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const n = Number(args.values.seeds ?? process.env.BALANCE_SEEDS ?? 30);
  if (!Number.isInteger(n) || n < 1 || n > 1000) {
    process.stderr.write(`balance: --seeds must be a whole number from 1 to 1000.\n`);
    return 2;
  }
  const res = await balance(n, { scenario: args.values.scenario, side: args.values.side as Side | undefined, difficulty: args.values.difficulty as Difficulty | undefined });
  process.stdout.write(args.flags.has('json') ? `${JSON.stringify(res)}\n` : `${table(res)}\n`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2)).then((c) => (process.exitCode = c));
