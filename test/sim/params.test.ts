/**
 * Tuning as data: every tuning number of the model and the computer lives in one parameter
 * object (src/sim/rules/params.ts), reached through the rules' context and the committees' view,
 * so the same round can be run with other numbers (GameConfig.tuning).
 *
 * 1. No bare tuning literal in src/sim/rules or src/sim/ai: a scan of their code (comments and
 *    strings left out) for numeric literals outside a short list of structural values.
 * 2. A tuned round differs, sensibly; a round tuned to the defaults is the very same round.
 * 3. A bad tuning is refused in plain words.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { advance } from '../../src/sim/advance';
import { botFor, type BotName } from '../../src/sim/ai/bots';
import { playRound } from '../../src/sim/ai/play';
import { stateHash } from '../../src/sim/hash';
import { applyAction } from '../../src/sim/reducer';
import { Draw } from '../../src/sim/rng';
import type { Ctx } from '../../src/sim/rules/ctx';
import { DEFAULT_PARAMS, paramsOf, type Tuning } from '../../src/sim/rules/params';
import { applyTableAction, TABLE_ACTIONS } from '../../src/sim/rules/table';
import { getScenario } from '../../src/sim/scenarios';
import { configProblem, createGame, isError } from '../../src/sim/setup';
import { spaceOf, utilityOf } from '../../src/sim/space';
import type { Action, GameConfig, GameState, Side } from '../../src/sim/types';
import { playerView } from '../../src/sim/view';

// ---------------------------------------------------------------------------------------------
// 1. The literal scan

/**
 * Values that may appear bare because they are units or counting, not tuning. Anything else
 * needs a place in params.ts, or, if it really is structural (ln 2, a simple majority, the
 * calendar), a `// structural: <why>` comment on its line or the line above, where a reader can
 * judge it. The allow-list cannot tell a structural 2 from a tuning 2: those were moved by hand.
 */
const ALLOWED = new Map<number, string>([
  [0, 'zero: empty sums, bounds, indices'],
  [1, 'one: counting, complements (1 − x), the next day, the last index'],
  [2, 'two: a difference needs two offers; a midpoint'],
  [10, 'deci-points per point'],
  [100, 'percent'],
  [1000, 'milli-logit per logit; k$ per $M'],
  [10000, 'basis points per 100%'],
]);

/** Literals allowed in one file only, with the reason. */
const FILE_ALLOWED: { file: string; value: number; why: string }[] = [
  { file: 'ai/play.ts', value: 400, why: 'PlayOptions.maxMoves default: a guard on a headless round, not tuning' },
  { file: 'ai/play.ts', value: 3, why: 'PlayOptions.maxRefusals default: the strict-play refusal limit, not tuning' },
];

const SCANNED = ['src/sim/rules', 'src/sim/ai'];
/** The home of the tuning numbers. */
const EXEMPT = ['src/sim/rules/params.ts'];

interface Finding {
  line: number;
  text: string;
  value: number;
}

/**
 * The code of a TypeScript source with comments and string contents blanked (newlines kept),
 * template literals' ${…} expressions kept as code.
 */
function codeOnly(src: string): string {
  let out = '';
  let i = 0;
  // Each entry: the brace depth at which a template's ${ opened (so its } returns to the template).
  const templates: number[] = [];
  let depth = 0;
  const blank = (c: string) => (c === '\n' ? '\n' : ' ');
  type Mode = 'code' | 'template';
  let mode: Mode = 'code';
  while (i < src.length) {
    const c = src[i]!;
    const n = src[i + 1];
    if (mode === 'template') {
      if (c === '\\') {
        out += blank(c) + blank(n ?? '');
        i += 2;
      } else if (c === '`') {
        out += '`';
        i++;
        mode = 'code';
      } else if (c === '$' && n === '{') {
        out += '${';
        i += 2;
        templates.push(depth);
        depth++;
        mode = 'code';
      } else {
        out += blank(c);
        i++;
      }
      continue;
    }
    if (c === '/' && n === '/') {
      while (i < src.length && src[i] !== '\n') (out += ' '), i++;
    } else if (c === '/' && n === '*') {
      const end = src.indexOf('*/', i + 2);
      const stop = end < 0 ? src.length : end + 2;
      for (; i < stop; i++) out += blank(src[i]!);
    } else if (c === "'" || c === '"') {
      out += c;
      i++;
      while (i < src.length && src[i] !== c && src[i] !== '\n') {
        if (src[i] === '\\') (out += ' '), i++;
        out += blank(src[i] ?? '');
        i++;
      }
      out += src[i] ?? '';
      i++;
    } else if (c === '`') {
      out += '`';
      i++;
      mode = 'template';
    } else {
      if (c === '{') depth++;
      if (c === '}') {
        depth--;
        if (templates.length && templates[templates.length - 1] === depth) {
          templates.pop();
          out += '}';
          i++;
          mode = 'template';
          continue;
        }
      }
      out += c;
      i++;
    }
  }
  return out;
}

const NUMBER = /(?<![\w$.])(?:0[xXbBoO][\da-fA-F_]+|\d[\d_]*(?:\.\d[\d_]*)?(?:[eE][+-]?\d+)?|\.\d[\d_]*(?:[eE][+-]?\d+)?)(?![\w$])/g;
const MARKER = /\/\/\s*structural:\s*(.*)$/;

/** Numeric literals in a source outside the allow-lists and the lines marked structural. */
function bareLiterals(src: string, allowed: (value: number) => boolean): Finding[] {
  const raw = src.split('\n');
  const code = codeOnly(src).split('\n');
  const out: Finding[] = [];
  code.forEach((line, k) => {
    const here = MARKER.exec(raw[k]!);
    const above = k > 0 && /^\s*\/\/\s*structural:/.test(raw[k - 1]!);
    if (here || above) return;
    for (const m of line.matchAll(NUMBER)) {
      const value = Number(m[0].replace(/_/g, ''));
      if (!allowed(value)) out.push({ line: k + 1, text: m[0], value });
    }
  });
  return out;
}

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourcesUnder(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

describe('tuning numbers live in params.ts', () => {
  const root = join(__dirname, '../..');
  const files = SCANNED.flatMap((d) => sourcesUnder(join(root, d)))
    .map((f) => relative(root, f).split('\\').join('/'))
    .filter((f) => !EXEMPT.includes(f));

  it('the scanner finds a bare literal, and only in code (a control: it can fail)', () => {
    const src = [
      'const a = x + 160; // the town hall',
      "const b = 'day 42'; /* 7 */ const c = `${y + 5} days and ${`${z * 3}`}`;",
      'const d = 10000 - x; const e = 0.5 * y; // structural: a half, by definition',
      '// structural: ln 2',
      'const LN2 = 0.6931471805599453;',
      'const f = wageY1 + p.table.caucus.days + arr[0]! - 1;',
      'const g = { k: 1e-3, h: 2_500, i: .25, j: 0x10 };',
    ].join('\n');
    const found = bareLiterals(src, (v) => ALLOWED.has(v));
    expect(found.map((f) => `${f.line}:${f.text}`)).toEqual(['1:160', '2:5', '2:3', '7:1e-3', '7:2_500', '7:.25', '7:0x10']);
  });

  it('marks every structural exception with its reason', () => {
    const bare: string[] = [];
    for (const f of files) {
      readFileSync(join(root, f), 'utf8')
        .split('\n')
        .forEach((line, k) => {
          const m = MARKER.exec(line);
          if (m && m[1]!.trim().split(/\s+/).length < 2) bare.push(`${f}:${k + 1}`);
        });
    }
    expect(bare, 'a "// structural:" comment must say why').toEqual([]);
  });

  it(`no numeric literal in ${SCANNED.join(' or ')} outside the allow-list (${[...ALLOWED.keys()].join(', ')})`, () => {
    expect(files.length).toBeGreaterThan(10);
    const problems: string[] = [];
    for (const f of files) {
      const src = readFileSync(join(root, f), 'utf8');
      const local = FILE_ALLOWED.filter((a) => f.endsWith(a.file)).map((a) => a.value);
      for (const x of bareLiterals(src, (v) => ALLOWED.has(v) || local.includes(v))) problems.push(`${f}:${x.line}  ${x.text}`);
    }
    expect(problems, `tuning literals outside src/sim/rules/params.ts:\n${problems.join('\n')}`).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// 2. Tuned rounds

const config = (scenario: string, seed: string, human: Side, tuning?: Tuning): GameConfig => ({ scenario, seed, human, difficulty: 'normal', pace: 'standard', ...(tuning ? { tuning } : {}) });

function play(c: GameConfig, bot: BotName = 'historical'): GameState {
  const r = playRound(c, { [c.human as Side]: botFor(bot, c.seed) }, { strict: true });
  if (isError(r)) throw new Error(r.message);
  return r.state;
}

function start(c: GameConfig): GameState {
  const s = createGame(c);
  if (isError(s)) throw new Error(s.message);
  return advance(s);
}

function act(s: GameState, a: Action): GameState {
  const next = applyAction(s, a);
  if (isError(next)) throw new Error(next.message);
  return advance(next);
}

/** The round itself, whatever its config says: a tuned config alone would already change the stateHash. */
const roundHash = (s: GameState): string => stateHash({ ...s, config: { ...s.config, tuning: undefined } });

const ctxOf = (s: GameState): Ctx => {
  const sc = getScenario(s.config.scenario)!;
  return { s, sc, sp: spaceOf(sc), rng: new Draw(s.rng), p: paramsOf(s.config) };
};

describe('a tuned round', () => {
  it('tuned to the defaults, a round is the very same round: same config, same stateHash', () => {
    for (const [scenario, side] of [['2023', 'union'], ['2026', 'studio']] as const)
      for (const seed of ['1', '2']) {
        const plain = play(config(scenario, seed, side));
        for (const t of [{}, structuredClone(DEFAULT_PARAMS) as Tuning, { table: { caucus: { days: DEFAULT_PARAMS.table.caucus.days } } }]) {
          const tuned = play(config(scenario, seed, side, t));
          expect('tuning' in tuned.config).toBe(false);
          expect(stateHash(tuned)).toBe(stateHash(plain));
        }
      }
  });

  it('keeps only what differs from the defaults, so a replay of the state is the same round', () => {
    const s = createGame(config('2023', '1', 'union', { members: { supportRate: 0.15, hardshipDays: 45 } }));
    if (isError(s)) throw new Error(s.message);
    expect(s.config.tuning).toEqual({ members: { hardshipDays: 45 } });
    expect(paramsOf(s.config).members.hardshipDays).toBe(45);
    expect(paramsOf(s.config).members.supportRate).toBe(DEFAULT_PARAMS.members.supportRate);
  });

  it('studios losing 60% more a day: the same seed gives a different round, with shorter strikes and better deals for the union', () => {
    const h = DEFAULT_PARAMS.hidden.lossScale;
    const heavy: Tuning = { hidden: { lossScale: { min: h.min * 1.6, max: h.max * 1.6 } } };
    const sp = spaceOf(getScenario('2023')!);
    const unionPoints = (s: GameState) => (s.deal ? utilityOf(sp, 'union', s.deal) : 0);
    let plainDays = 0;
    let heavyDays = 0;
    let plainDeal = 0;
    let heavyDeal = 0;
    for (const seed of ['1', '2', '3', '4', '5', '6']) {
      const a = play(config('2023', seed, 'union'));
      const b = play(config('2023', seed, 'union', heavy));
      expect(roundHash(b)).not.toBe(roundHash(a));
      expect(roundHash(a)).toBe(stateHash(a));
      // The same seed draws the same stream: only the scale itself differs.
      expect(b.hidden.lossScale / a.hidden.lossScale).toBeCloseTo(1.6, 2);
      expect(b.hidden.floorShift).toEqual(a.hidden.floorShift);
      expect(b.eventSchedule).toEqual(a.eventSchedule);
      expect(b.outcome).not.toBeNull();
      expect(b.strikeDays, `seed ${seed}`).toBeLessThanOrEqual(a.strikeDays);
      plainDays += a.strikeDays;
      heavyDays += b.strikeDays;
      plainDeal += unionPoints(a);
      heavyDeal += unionPoints(b);
    }
    expect(heavyDays).toBeLessThan(plainDays);
    expect(heavyDeal).toBeGreaterThan(plainDeal);
  });

  it('a caucus whose support effect is tuned to 0 raises no support; by default it does', () => {
    for (const tuned of [false, true]) {
      const t: Tuning | undefined = tuned ? { table: { caucus: { supportZ: 0, support: 0 } } } : undefined;
      const s = start(config('2023', '1', 'union', t));
      const ctx = ctxOf(structuredClone(s));
      applyTableAction(ctx, 'union', 'caucus');
      const dz = ctx.s.members.map((m, i) => m.supportZ - s.members[i]!.supportZ);
      const ds = ctx.s.members.map((m, i) => m.support - s.members[i]!.support);
      if (tuned) {
        expect(dz.every((d) => d === 0)).toBe(true);
        expect(ds.every((d) => d === 0)).toBe(true);
      } else {
        expect(dz.every((d) => d === DEFAULT_PARAMS.table.caucus.supportZ)).toBe(true);
        expect(ds.every((d) => d > 0)).toBe(true);
      }
    }
  });

  it('a caucus of three days takes three days, and the player is told so', () => {
    const s = start(config('2023', '1', 'union', { table: { caucus: { days: 3 } } }));
    const legal = playerView(s, 'union').legal.find((l) => l.type === 'caucus')!;
    expect(legal.days).toBe(3);
    expect(legal.effect).toContain('3 days away from the table.');
    const after = applyAction(s, { type: 'caucus', side: 'union' });
    if (isError(after)) throw new Error(after.message);
    expect(after.day - s.day).toBe(3);
    // The defaults' words carry the defaults' numbers.
    expect(TABLE_ACTIONS.caucus.cost).toContain(`${DEFAULT_PARAMS.table.caucus.days} days`);
    expect(TABLE_ACTIONS.mediator.cost).toContain(`once every ${DEFAULT_PARAMS.table.mediator.every} days`);
  });

  it('the computer reads its numbers from its view: a conceder\u2019s curve (e = 5) gives more away in its first counter-offer', () => {
    const t: Tuning = { ai: { concession: { normal: { e: 5 } } } };
    for (const bot of ['historical', 'hardliner'] as const)
      for (const seed of ['1', '2', '3', '4']) {
        const a = play(config('2023', seed, 'union'), bot);
        const b = play(config('2023', seed, 'union', t), bot);
        expect(playerView(b, 'studio').aiParams.concession.normal.e).toBe(5);
        expect(playerView(a, 'studio').aiParams.concession.normal.e).toBe(DEFAULT_PARAMS.ai.concession.normal.e);
        expect(roundHash(b)).not.toBe(roundHash(a));
        // Offer 0 is the studios' published opening; offer 1 is the committee's first counter.
        const counter = (s: GameState) => s.offers.filter((o) => o.by === 'studio')[1]!;
        expect(counter(b).day).toBe(counter(a).day);
        expect(counter(b).uStudio, `${bot}, seed ${seed}`).toBeLessThan(counter(a).uStudio);
      }
  });
});

// ---------------------------------------------------------------------------------------------
// 3. Bad tuning

describe('a bad tuning is refused in plain words', () => {
  const cases: { tuning: unknown; says: RegExp }[] = [
    { tuning: { table: { caucus: { dayz: 3 } } }, says: /Unknown tuning parameter "table\.caucus\.dayz"\. Known here: days, / },
    { tuning: { studio: {} }, says: /Unknown tuning parameter "studio"\./ },
    { tuning: { members: { supportRate: '0.2' } }, says: /"members\.supportRate" must be a finite number, not "0\.2"/ },
    { tuning: { members: { supportRate: Number.NaN } }, says: /"members\.supportRate" must be a finite number/ },
    { tuning: { members: { supportRate: Number.POSITIVE_INFINITY } }, says: /"members\.supportRate" must be a finite number/ },
    { tuning: { table: 3 }, says: /"table" is a group: give an object of its parameters \(caucus, statement,/ },
    { tuning: [1, 2], says: /The tuning must be an object of parameters/ },
    { tuning: 'fast', says: /The tuning must be an object of parameters/ },
    { tuning: { table: { suspend: { days: 2.5 } } }, says: /"table\.suspend\.days" is a number of days: a whole number, 0 or more/ },
    { tuning: { crumble: { days: -1 } }, says: /"crumble\.days" is a number of days/ },
    { tuning: { walkAway: { timeRoom: 0 } }, says: /"walkAway\.timeRoom" must be above 0/ },
    { tuning: { ai: { concession: { hard: { meso: 4 } } } }, says: /"ai\.concession\.hard\.meso" is how many packages an offer holds: 1, 2 or 3/ },
    { tuning: { hidden: { lossScale: { min: 15000 } } }, says: /"hidden\.lossScale" needs whole numbers with min ≤ max \(now 15000\.\.14500\)/ },
  ];
  for (const c of cases)
    it(`${JSON.stringify(c.tuning)}`, () => {
      const cfg = { ...config('2023', '1', 'union'), tuning: c.tuning } as unknown as GameConfig;
      const problem = configProblem(cfg);
      expect(problem?.error).toBe('bad-config');
      expect(problem?.message).toMatch(c.says);
      const made = createGame(cfg);
      expect(isError(made) && made.message).toBe(problem!.message);
    });

  it('a good tuning passes, and the defaults are never changed by one', () => {
    const before = JSON.stringify(DEFAULT_PARAMS);
    expect(configProblem(config('2023', '1', 'union', { table: { caucus: { days: 3 } }, ai: { rebuff: { max: 1 } } }))).toBeNull();
    const s = start(config('2023', '1', 'union', { members: { hardshipDays: 30 } }));
    expect(paramsOf(s.config).members.hardshipDays).toBe(30);
    expect(JSON.stringify(DEFAULT_PARAMS)).toBe(before);
    expect(() => ((DEFAULT_PARAMS.members as { hardshipDays: number }).hardshipDays = 1)).toThrow();
  });
});
