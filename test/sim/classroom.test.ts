import { describe, expect, it } from 'vitest';
import {
  byScenario,
  classCodesOf,
  classSummary,
  displayName,
  rowsOfClass,
  summaryText,
  csvCell,
  importText,
  median,
  rowOf,
  sortRows,
  splitInput,
  strikeHistogram,
  toCsv,
  type ClassRow,
} from '../../src/app/classroom';
import { makeClassCode, makeResultCode, parseClassCode, verifyResultCode } from '../../src/app/codes';
import { makeSave } from '../../src/app/persist';
import { botFor, type BotName } from '../../src/sim/ai/bots';
import { playRound } from '../../src/sim/ai/play';
import { concessionStyle } from '../../src/sim/analysis/concession';
import { summarize } from '../../src/sim/analysis/summary';
import { getScenario } from '../../src/sim/scenarios';
import { spaceOf, utilityOf } from '../../src/sim/space';
import type { Action, GameConfig, GameState, Side } from '../../src/sim/types';

interface Played {
  config: GameConfig;
  state: GameState;
  actions: Action[];
  code: string;
}

function play(scenario: string, human: Side | 'both', bot: BotName, seed: string, nickname: string): Played {
  const config: GameConfig = { scenario, seed, human, difficulty: 'normal', pace: 'quick' };
  const bots = human === 'both' ? { union: botFor(bot), studio: botFor('conceder') } : { [human]: botFor(bot) };
  const r = playRound(config, bots);
  if ('error' in r) throw new Error(r.message);
  const code = makeResultCode(config, r.actions, r.state, nickname);
  if (!code.ok) throw new Error(code.error);
  return { config, state: r.state, actions: r.actions, code: code.value };
}

// Real played rounds: both scenarios, both sides, and a hot-seat pair. (Class-code seeds use
// Crockford base 32: no I, L, O or U, which a code reads as 1, 1, 0.)
const ROUNDS = {
  union26: play('2026', 'union', 'historical', 'CAS01', 'Maya'),
  studio23: play('2023', 'studio', 'hardliner', 'CAS02', 'Jo, "the hawk"'),
  studio26: play('2026', 'studio', 'conceder', 'CAS03', '=1+2'),
  union23: play('2023', 'union', 'historical', 'CAS04', ''),
  pair26: play('2026', 'both', 'hardliner', 'CAS05', 'Pair 4'),
};

/** A small RFC 4180 reader, to check the CSV the page writes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

describe('class and result codes round trip', () => {
  it('a class code reads back as the settings it was made from', () => {
    for (const human of ['union', 'studio', 'both'] as const) {
      for (const scenario of ['2023', '2026']) {
        const config: GameConfig = { scenario, seed: 'K7Q2Z', human, difficulty: human === 'both' ? 'easy' : 'hard', pace: 'quick' };
        const made = makeClassCode(config);
        expect(made.ok).toBe(true);
        const back = parseClassCode(made.ok ? made.value : '');
        expect(back).toEqual({ ok: true, value: config });
      }
    }
  });

  it('each played round verifies, with its nickname, class code and final state', () => {
    for (const r of Object.values(ROUNDS)) {
      const v = verifyResultCode(r.code);
      if (!v.ok) throw new Error(v.error);
      expect(v.value.config).toEqual(r.config);
      expect(v.value.state.outcome).toBe(r.state.outcome);
      expect(v.value.state.strikeDays).toBe(r.state.strikeDays);
      expect(v.value.actions).toHaveLength(r.actions.length);
    }
    const v = verifyResultCode(ROUNDS.studio23.code);
    expect(v.ok && v.value.nickname).toBe('Jo, "the hawk"');
  });
});

describe('class-table rows', () => {
  it('hold the figures of the round, computed independently', () => {
    for (const r of Object.values(ROUNDS)) {
      const v = verifyResultCode(r.code);
      if (!v.ok) throw new Error(v.error);
      const row = rowOf(v.value, r.code, 'code');
      const sum = summarize(r.state);
      const sp = spaceOf(getScenario(r.config.scenario)!);
      expect(row.scenario).toBe(r.config.scenario);
      expect(row.side).toBe(r.config.human);
      expect(row.classCode).toBe((makeClassCode(r.config) as { value: string }).value);
      expect(row.outcome).toBe(r.state.outcome);
      expect(row.finished).toBe(r.state.phase === 'done');
      expect(row.strikeDays).toBe(r.state.strikeDays);
      expect(row.scores).toEqual(sum.scores);
      if (r.state.deal) {
        expect(row.deal).toEqual({ union: utilityOf(sp, 'union', r.state.deal) / 10, studio: utilityOf(sp, 'studio', r.state.deal) / 10 });
        expect(row.onFrontier).toBe(sum.efficiency.onFrontier);
        expect(row.distance).toBeCloseTo(sum.efficiency.distance, 1);
        expect(row.valueLeft).toBeCloseTo(sum.efficiency.valueLeft, 1);
      } else {
        expect(row.deal).toBeNull();
        expect(row.onFrontier).toBeNull();
      }
      const humans: Side[] = r.config.human === 'both' ? ['union', 'studio'] : [r.config.human];
      for (const side of humans) expect(row.concession[side]).toBe(concessionStyle(r.state.offers, side).label);
      expect(Object.keys(row.concession).sort()).toEqual([...humans].sort());
      const rat = [...r.state.votes].reverse().find((x) => x.kind === 'ratification');
      expect(row.ratificationYes).toBe(rat ? rat.yes : null);
      expect(row.moves).toBe(r.actions.length);
    }
  });
});

describe('importing codes', () => {
  const tampered = (() => {
    const parts = ROUNDS.union26.code.split('.');
    // The moves are the fifth part (SC1 . version . class code . nickname . moves . hash . checksum).
    const acts = parts[4]!;
    parts[4] = (acts[0] === 'A' ? 'B' : 'A') + acts.slice(1);
    return parts.join('.');
  })();

  it('adds good codes, and lists bad lines with their reasons', () => {
    const text = [ROUNDS.union26.code, ROUNDS.studio23.code, `  Maya's friend: ${ROUNDS.studio26.code}  `, tampered, 'hello, this is not a code'].join('\n');
    const r = importText([], text);
    expect(r.added.map((x) => x.key)).toEqual([ROUNDS.union26.code, ROUNDS.studio23.code, ROUNDS.studio26.code]);
    expect(r.rows).toHaveLength(3);
    expect(r.problems.map((p) => p.where)).toEqual(['line 4', 'line 5']);
    expect(r.problems[0]!.reason).toMatch(/checksum/);
    expect(r.problems[1]!.reason).toMatch(/not a Strike Clock result code/);
    expect(r.problems[1]!.excerpt).toBe('hello, this is not a code');
    expect(r.duplicates).toEqual([]);
  });

  it('never changes or drops rows already imported, whatever comes next', () => {
    const first = importText([], `${ROUNDS.union26.code}\n${ROUNDS.studio23.code}`);
    const before = first.rows;
    const snapshot = JSON.stringify(before);
    const bad = importText(before, `${tampered}\nSC1.garbage\n\u0000\u202e=cmd|' /C calc'!A0`);
    expect(bad.added).toEqual([]);
    expect(bad.problems).toHaveLength(3);
    expect(bad.rows).toHaveLength(2);
    bad.rows.forEach((row, i) => expect(row).toBe(before[i]));
    expect(JSON.stringify(before)).toBe(snapshot);
    // a later good code is added after them
    const more = importText(bad.rows, ROUNDS.pair26.code);
    expect(more.rows.map((x) => x.key)).toEqual([ROUNDS.union26.code, ROUNDS.studio23.code, ROUNDS.pair26.code]);
  });

  it('ignores duplicates, in the same paste and across pastes, with a note', () => {
    const r1 = importText([], `${ROUNDS.union26.code}\n${ROUNDS.union26.code}`);
    expect(r1.rows).toHaveLength(1);
    expect(r1.duplicates).toEqual([{ where: 'line 2', nickname: 'Maya', text: expect.stringMatching(/already in the table/) }]);
    const r2 = importText(r1.rows, `\n\n${ROUNDS.union26.code}\n`);
    expect(r2.added).toEqual([]);
    expect(r2.rows[0]).toBe(r1.rows[0]);
    expect(r2.duplicates.map((d) => d.where)).toEqual(['line 3']);
    // Maya's code carries her nickname; a code without one says why two students can share it.
    expect(r1.duplicates[0]!.text).not.toMatch(/nickname/);
    const bare = importText([], `Kim: ${ROUNDS.union23.code}\nLee: ${ROUNDS.union23.code}`);
    expect(bare.rows).toHaveLength(1);
    expect(bare.duplicates[0]!.text).toMatch(/same for everyone who made the same moves: ask students to add a nickname/);
  });

  it('reads a .json save file, and knows it is the same round as its result code', () => {
    const r = ROUNDS.studio23;
    const save = JSON.stringify(makeSave(r.config, r.actions, 'Jo, "the hawk"'), null, 1);
    const items = splitInput(save, 'round.json');
    expect(items).toEqual([{ where: 'round.json', kind: 'save', text: save.trim() }]);
    const fromSave = importText([], save, 'round.json');
    expect(fromSave.added).toHaveLength(1);
    expect(fromSave.added[0]!.from).toBe('save');
    expect(fromSave.added[0]!.key).toBe(r.code);
    const again = importText(fromSave.rows, r.code);
    expect(again.added).toEqual([]);
    expect(again.duplicates).toHaveLength(1);
    const broken = importText(fromSave.rows, '{"format":"strike-clock-save","version":1,"config":{"scenario":"2099"},"actions":[]}', 'bad.json');
    expect(broken.problems).toHaveLength(1);
    expect(broken.problems[0]!.where).toBe('bad.json');
    expect(broken.rows).toEqual(fromSave.rows);
  });

  it('reads several codes from a file, one per line, naming the file in messages', () => {
    const text = `\uFEFF${ROUNDS.union23.code}\r\n\r\nnot a code\r\n${ROUNDS.studio26.code}\r\n`;
    const r = importText([], text, 'results.txt');
    expect(r.added).toHaveLength(2);
    expect(r.problems.map((p) => p.where)).toEqual(['results.txt, line 3']);
  });
});

describe('CSV', () => {
  it('quotes commas, quotes and line breaks, and doubles quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
    expect(csvCell(' padded ')).toBe('" padded "');
    expect(csvCell(null)).toBe('');
    expect(csvCell(true)).toBe('yes');
  });

  it('defuses text a spreadsheet would run as a formula, but leaves numbers alone', () => {
    expect(csvCell('=SUM(A1:A9)')).toBe("'=SUM(A1:A9)");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('\r=x')).toBe('"\'\r=x"');
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvCell(-3.5)).toBe('-3.5');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('writes every row with a header, and reads back to the same values', () => {
    const rows = importText([], Object.values(ROUNDS).map((r) => r.code).join('\n')).rows;
    const nasty: ClassRow = { ...rows[0]!, key: 'x', nickname: '=1+2,"x"\nY' };
    const csv = toCsv([...rows, nasty]);
    expect(csv.startsWith('\uFEFFNickname,Class code,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const table = parseCsv(csv.slice(1));
    expect(table).toHaveLength(rows.length + 2);
    const head = table[0]!;
    expect(new Set(table.map((r) => r.length))).toEqual(new Set([head.length]));
    const col = (name: string) => head.indexOf(name);
    expect(table.slice(1).map((r) => r[col('Nickname')])).toEqual(['Maya', 'Jo, "the hawk"', "'=1+2", '', 'Pair 4', '\'=1+2,"x"\nY']);
    for (const [i, row] of rows.entries()) {
      expect(table[i + 1]![col('Strike days')]).toBe(String(row.strikeDays));
      expect(table[i + 1]![col('Score: union')]).toBe(String(row.scores.union));
      expect(table[i + 1]![col('Class code')]).toBe(row.classCode);
    }
  });
});

describe('class summaries', () => {
  it('bins strike lengths: "no strike" on its own, then equal bins covering every value once', () => {
    const days = [0, 0, 5, 13, 14, 15, 120];
    const bins = strikeHistogram(days);
    expect(bins[0]).toEqual({ from: 0, to: 0, label: 'No strike', count: 2 });
    expect(bins.slice(1).map((b) => [b.from, b.to, b.count])).toEqual([
      [1, 30, 4],
      [31, 60, 0],
      [61, 90, 0],
      [91, 120, 1],
    ]);
    for (const sample of [[3], [7], [8], [30, 31], [1, 2, 200], [59, 118, 160, 0]]) {
      const b = strikeHistogram(sample);
      expect(b.reduce((t, x) => t + x.count, 0)).toBe(sample.length);
      expect(b.length).toBeLessThanOrEqual(9);
      for (let i = 2; i < b.length; i++) expect(b[i]!.from).toBe(b[i - 1]!.to + 1);
      expect(b[b.length - 1]!.to).toBeGreaterThanOrEqual(Math.max(...sample));
      for (const d of sample) expect(b.filter((x) => d >= x.from && d <= x.to)).toHaveLength(1);
    }
    expect(strikeHistogram([])).toEqual([{ from: 0, to: 0, label: 'No strike', count: 0 }]);
    expect(strikeHistogram([0, 0])).toHaveLength(1);
    expect(strikeHistogram([7]).map((b) => b.label)).toEqual(['No strike', '1–7']);
  });

  it('sorts with empty values last in both directions, ties in import order', () => {
    const rows = importText([], Object.values(ROUNDS).map((r) => r.code).join('\n')).rows;
    const withGap: ClassRow[] = [...rows, { ...rows[0]!, key: 'y', deal: null, valueLeft: null, onFrontier: null, distance: null }];
    for (const dir of ['asc', 'desc'] as const) {
      const s = sortRows(withGap, 'valueLeft', dir);
      expect(s[s.length - 1]!.key).toBe('y');
      const vals = s.slice(0, -1).map((r) => r.valueLeft!);
      expect(vals).toEqual([...vals].sort((a, b) => (dir === 'asc' ? a - b : b - a)));
    }
    const byNick = sortRows(rows, 'nickname', 'asc').map((r) => r.nickname);
    // an empty nickname is an empty value: last
    expect(byNick).toEqual(['=1+2', 'Jo, "the hawk"', 'Maya', 'Pair 4', '']);
    expect(sortRows(rows, 'scenario', 'asc').filter((r) => r.scenario === '2026').map((r) => r.key)).toEqual(rows.filter((r) => r.scenario === '2026').map((r) => r.key));
  });

  it('summarises the class and groups it by scenario', () => {
    const rows = importText([], Object.values(ROUNDS).map((r) => r.code).join('\n')).rows;
    const s = classSummary(rows);
    expect(s.results).toBe(5);
    expect(s.ratified).toBe(rows.filter((r) => r.outcome === 'ratified').length);
    expect(s.struck).toBe(rows.filter((r) => r.strikeDays > 0).length);
    // The median strike length is over the rounds that had one ("2 with a strike (median 0 days)" read as a contradiction).
    expect(s.medianStrikeDays).toBe(median(rows.filter((r) => r.strikeDays > 0).map((r) => r.strikeDays)));
    expect([...byScenario(rows).keys()]).toEqual(['2026', '2023']);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});

describe('codes as teachers receive them', () => {
  const code = ROUNDS.union23.code; // no nickname
  const zw = (t: string) => t.split('').join('\u200B');
  const spellings = [
    code,
    `${code}.`,
    `\u201C${code}\u201D`,
    zw(code),
    code.replace(/-/g, '\u2013'),
    `(${code.replace('SC1.', 'SC1 . ')})`,
    code.replace(/^SC1\.V(\d+)\./, 'sc1.v$1.'),
    'ＳＣ１．' + code.slice(4),
    `Kim: ${code.slice(0, 40)}\n${code.slice(40)}`,
  ];

  it('reads every spelling of one round as that round, and makes it one row', () => {
    for (const s of spellings) {
      const r = importText([], s);
      expect(r.problems, JSON.stringify(s)).toEqual([]);
      expect(r.rows).toHaveLength(1);
    }
    const all = importText([], spellings.join('\n'));
    expect(all.rows).toHaveLength(1);
    expect(all.duplicates).toHaveLength(spellings.length - 1);
    expect(all.rows[0]!.key).toBe(code);
  });

  it('takes the name written before a code when the code has no nickname, and keeps a nickname that is there', () => {
    const r = importText([], `1. Kim Lee: ${ROUNDS.union23.code}\n\u201CJo\u201D \u2014 ${ROUNDS.union26.code}, Sam - ${ROUNDS.studio26.code}`);
    expect(r.problems).toEqual([]);
    expect(r.rows.map((x) => [displayName(x), x.nickname, x.name ?? ''])).toEqual([
      ['Kim Lee', '', 'Kim Lee'],
      ['Maya', 'Maya', 'Jo'],
      ['=1+2', '=1+2', 'Sam'],
    ]);
  });

  it('still refuses a code whose moves were changed, whatever the noise around it', () => {
    const parts = code.split('.');
    parts[4] = (parts[4]![0] === 'A' ? 'B' : 'A') + parts[4]!.slice(1);
    const r = importText([], `\u201C${parts.join('.')}\u201D.`);
    expect(r.rows).toEqual([]);
    expect(r.problems[0]!.reason).toMatch(/checksum/);
  });
});

describe('the class summary', () => {
  it('gives the median of an even count as the mean of the middle two', () => {
    expect(median([150, 101])).toBe(125.5);
    expect(median([3, 1, 2])).toBe(2);
  });

  it('says in words how many results, and from how many class codes', () => {
    const rows = importText([], Object.values(ROUNDS).map((r) => r.code).join('\n')).rows;
    const text = summaryText(classSummary(rows));
    expect(text).toMatch(/^5 results: /);
    const codes = classCodesOf(rows);
    expect(codes.length).toBe(5);
    expect(rowsOfClass(rows, codes[0]!.code)).toHaveLength(codes[0]!.count);
    expect(rowsOfClass(rows, null)).toHaveLength(5);
  });
});

describe('terms a failure imposed', () => {
  it('are counted apart from the deals, marked in the CSV and said in the summary', () => {
    // A union that strikes and never answers: its strike crumbles, or the studios' alliance breaks first; either way terms are imposed.
    const config: GameConfig = { scenario: '2023', seed: 'CAS06', human: 'union', difficulty: 'normal', pace: 'quick' };
    const r = playRound(config, {
      union: (v) =>
        v.phase === 'ratification' ? { type: 'countVotes', side: 'union' } : v.legal.some((l) => l.type === 'authorize') ? { type: 'authorize', side: 'union' } : v.legal.some((l) => l.type === 'strike') ? { type: 'strike', side: 'union' } : { type: 'reject', side: 'union' },
    });
    if ('error' in r) throw new Error(r.message);
    expect(['strikeCrumbled', 'allianceBroke']).toContain(r.state.outcome);
    const failed = rowOf({ config, actions: r.actions, nickname: 'Striker', state: r.state }, 'k-fail', 'code');
    expect(failed.deal).not.toBeNull();
    const rows = [...importText([], Object.values(ROUNDS).map((x) => x.code).join('\n')).rows, failed];
    const s = classSummary(rows);
    const ratified = rows.filter((x) => x.outcome === 'ratified');
    const failures = rows.filter((x) => x.deal && ['strikeCrumbled', 'allianceBroke', 'mandateLost'].includes(x.outcome ?? ''));
    expect(failures).toContain(failed);
    expect(s.imposed).toBe(failures.length);
    expect(s.withDeal).toBe(ratified.filter((x) => x.valueLeft !== null).length);
    expect(s.onFrontier).toBe(ratified.filter((x) => x.onFrontier === true).length);
    expect(summaryText(s).endsWith(`; ${failures.length} ended with terms imposed by a failure.`)).toBe(true);
    const csv = parseCsv(toCsv(rows));
    const col = csv[0]!.indexOf('Terms imposed by a failure');
    expect(col).toBeGreaterThan(0);
    expect(csv.slice(1).map((line) => line[col])).toEqual(rows.map((x) => (failures.includes(x) ? 'yes' : x.deal ? 'no' : '')));
  });
});

describe('a round the class\u2019s end cut short', () => {
  it('has no score, in the table or the CSV, and counts as not finished', () => {
    const config: GameConfig = { scenario: '2023', seed: 'CAS07', human: 'union', difficulty: 'normal', pace: 'quick' };
    const r = playRound(config, { union: botFor('historical') }, { maxMoves: 4 });
    if ('error' in r) throw new Error(r.message);
    expect(r.state.phase).not.toBe('done');
    const cut = rowOf({ config, actions: r.actions, nickname: 'Cut', state: r.state }, 'k-cut', 'code');
    expect(cut.finished).toBe(false);
    const csv = parseCsv(toCsv([cut]));
    for (const h of ['Score: union', 'Score: studios']) expect(csv[1]![csv[0]!.indexOf(h)], h).toBe('');
    expect(summaryText(classSummary([cut]))).toMatch(/^1 result: 0 ratified, 1 not finished; 0 with a strike; /);
  });
});

describe('a class code whose check symbol is not a letter', () => {
  it('is read inside a result code pasted with a name (the check can be *, ~, $, = or U)', () => {
    let seed = '';
    for (let i = 0; i < 2000 && !seed; i++) {
      const s = `Q${'0123456789ABCDEFGHJKMNPQRSTVWXYZ'[i % 32]}${'0123456789ABCDEFGHJKMNPQRSTVWXYZ'[(i >> 5) % 32]}00`;
      const c = makeClassCode({ scenario: '2026', seed: s, human: 'union', difficulty: 'normal', pace: 'quick' });
      if (c.ok && /[*~$=]$/.test(c.value)) seed = s;
    }
    expect(seed).not.toBe('');
    const r = play('2026', 'union', 'historical', seed, '');
    expect(r.code).toMatch(/-[*~$=]\./);
    const got = importText([], `Ana: ${r.code}`);
    expect(got.problems).toEqual([]);
    expect(displayName(got.rows[0]!)).toBe('Ana');
  });
});
