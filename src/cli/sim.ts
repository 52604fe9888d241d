import { readFileSync, writeFileSync } from 'node:fs';
import {
  BOT_NAMES,
  botFor,
  configProblem,
  getScenario,
  isError,
  playRound,
  replay,
  SCENARIO_IDS,
  summarize,
  type Action,
  type Bot,
  type BotName,
  type GameConfig,
  type GameState,
  type Side,
} from '../sim';
import { parseArgs, UsageError } from './args';
import { describeScenario } from './describe';
import { guardBot, loadBotFile, type BotCall } from './loadBot';
import { buildTrace } from './trace';

/** Refusals in a row after which a bot's round stops with outcome "botError". */
const MAX_REFUSALS = 3;

const USAGE = `Usage: npm run sim -- --scenario 2023|2026 --side union|studio --seed S
                     [--player hardliner|conceder|random|historical|FILE.mjs]
                     [--difficulty easy|normal|hard] [--pace standard|quick]
                     [--json [--trace]] [--log FILE] [--save FILE] [--describe]

Plays a whole round headless: the player plays --side, the computer the other side.
  --player FILE  a bot module (path from the current folder) exporting decide(view); see docs/BOTS.md.
                 A move the engine refuses is reported here and asked again; after ${MAX_REFUSALS} refusals
                 in a row the round stops with outcome "botError".
  --log FILE     replay a saved action log (JSON: an array of actions, or {"config", "actions"}) instead of a bot
  --save FILE    write the round's action log ({"config", "actions"}) for --log
  --describe     print the scenario's issues and levels as JSON
  --json         print one JSON object (the round's summary, with "refused": the bot's refused moves)
  --trace        with --json: add "trace", every offer with both sides' points and each day's meters`;

interface Played {
  state: GameState;
  actions: Action[];
  refused: number;
  botError: { refusals: number; lastRefusal: string } | null;
}

async function main(argv: string[]): Promise<number> {
  try {
    return await run(argv);
  } catch (e) {
    if (e instanceof UsageError) return fail(e.message);
    throw e;
  }
}

async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['scenario', 'side', 'seed', 'player', 'difficulty', 'pace', 'log', 'save'], ['json', 'trace', 'describe', 'help']);
  if (args.flags.has('help')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const v = args.values;
  const scenario = v.scenario ?? '2023';
  const sc = getScenario(scenario);
  if (!sc) return fail(`Unknown scenario "${scenario}": choose ${SCENARIO_IDS.join(' or ')}.`);
  if (args.flags.has('describe')) {
    process.stdout.write(`${JSON.stringify(describeScenario(sc), null, 2)}\n`);
    return 0;
  }
  if (args.flags.has('trace') && !args.flags.has('json')) return fail('--trace adds the trace to the JSON summary: add --json.');
  if (v.log && v.player) return fail('--log replays the actions in the log: leave out --player.');
  const side = (v.side ?? 'union') as Side;
  if (side !== 'union' && side !== 'studio') return fail('--side must be union or studio.');
  const config: GameConfig = {
    scenario,
    seed: v.seed ?? '1',
    human: side,
    difficulty: (v.difficulty ?? 'normal') as GameConfig['difficulty'],
    pace: (v.pace ?? 'standard') as GameConfig['pace'],
  };
  const played = v.log ? replayLog(v.log, config) : await playBot(v.player ?? 'historical', config);
  if (typeof played === 'number') return played;
  const { state } = played;
  if (v.save) {
    try {
      writeFileSync(v.save, `${JSON.stringify({ config: state.config, actions: played.actions })}\n`);
    } catch (e) {
      return fail(`Could not write the log file "${v.save}": ${(e as Error).message}`);
    }
  }
  const summary = summarize(state);
  const out = {
    ...summary,
    ...(played.botError ? { outcome: 'botError' as const } : {}),
    refused: played.refused,
    ...(played.botError ?? {}),
    ...(args.flags.has('trace') ? { trace: buildTrace(state) } : {}),
  };
  if (args.flags.has('json')) {
    process.stdout.write(`${JSON.stringify(out)}\n`);
    return 0;
  }
  const deal = summary.deal;
  const lines = [
    `${sc.title}: ${out.outcome ?? 'unfinished'} after ${summary.days} days (${summary.strikeDays} on strike)`,
    deal ? `Deal: ${sc.issues.map((iss) => `${iss.name} ${iss.levels[deal[iss.id]]!.short}`).join('; ')}` : 'No deal.',
    summary.ratification ? `Ratified with ${summary.ratification.yes}% yes at ${summary.ratification.turnout}% turnout` : '',
    `Scores: union ${summary.scores.union}, studios ${summary.scores.studio}`,
    `Efficiency: ${summary.efficiency.onFrontier ? 'on the Pareto frontier' : `${summary.efficiency.distance} points from the frontier`}; value left on the table ${summary.efficiency.valueLeft}`,
    played.refused ? `Refused moves: ${played.refused}` : '',
    `stateHash ${summary.stateHash}`,
  ];
  process.stdout.write(`${lines.filter(Boolean).join('\n')}\n`);
  return 0;
}

function replayLog(file: string, config: GameConfig): Played | number {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    return fail(`Could not read the log file "${file}": ${(e as Error).message}`);
  }
  const obj = (parsed ?? {}) as { config?: unknown; actions?: unknown };
  const actions = Array.isArray(parsed) ? parsed : obj.actions;
  const cfg = Array.isArray(parsed) ? config : ((obj.config as GameConfig | undefined) ?? config);
  if (!Array.isArray(actions)) return fail('The log must be an array of actions, or an object with "actions".');
  const bad = configProblem(cfg);
  if (bad) return fail(bad.message);
  const r = replay(cfg, actions as Action[]);
  if (isError(r)) return fail(r.message);
  if (r.failed) return fail(`Action ${r.failed.index + 1} of the log was refused: ${r.failed.error.message}`);
  return { state: r.state, actions: actions as Action[], refused: 0, botError: null };
}

async function playBot(player: string, config: GameConfig): Promise<Played | number> {
  const bad = configProblem(config);
  if (bad) return fail(bad.message);
  let bot: Bot;
  let calls: BotCall[] = [];
  if ((BOT_NAMES as string[]).includes(player)) {
    bot = botFor(player as BotName, config.seed);
  } else {
    if (!/\.(m|c)?js$/.test(player)) return fail(`Unknown player "${player}": choose ${BOT_NAMES.join(', ')}, or a bot file (.mjs or .js) exporting decide(view).`);
    // stdout carries only the CLI's own output: a bot's console.log goes to stderr.
    console.log = console.info = console.debug = (...a: unknown[]) => console.error(...a);
    const guarded = guardBot(await loadBotFile(player));
    bot = guarded.bot;
    calls = guarded.calls;
  }
  const r = playRound(config, { [config.human as Side]: bot }, { strict: true, maxRefusals: MAX_REFUSALS });
  if (isError(r)) return fail(r.message);
  for (const ref of r.refusals) {
    const call = calls[ref.move];
    const where = call ? ` (day ${call.day}, ${call.phase})` : '';
    const message = call?.problem ?? `the engine refused ${clip(JSON.stringify(ref.action) ?? String(ref.action))}: ${ref.message}`;
    process.stderr.write(`sim: move ${ref.move + 1}${where} refused: ${message}\n`);
  }
  const last = r.refusals[r.refusals.length - 1];
  const lastCall = last ? calls[last.move] : undefined;
  const botError = r.botError && last ? { refusals: MAX_REFUSALS, lastRefusal: lastCall?.problem ?? last.message } : null;
  if (botError) process.stderr.write(`sim: ${MAX_REFUSALS} refusals in a row: the round stops here with outcome "botError".\n`);
  else if (r.state.phase !== 'done') process.stderr.write(`sim: the round did not finish within the move limit (day ${r.state.day}).\n`);
  return { state: r.state, actions: r.actions, refused: r.refused, botError };
}

function clip(text: string): string {
  return text.length > 200 ? `${text.slice(0, 197)}...` : text;
}

function fail(message: string): number {
  process.stderr.write(`sim: ${message}\n\n${USAGE}\n`);
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
