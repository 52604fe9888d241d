import { readFileSync } from 'node:fs';
import { BOT_NAMES, botFor, type BotName } from '../sim/ai/bots';
import { playRound } from '../sim/ai/play';
import { summarize } from '../sim/analysis/summary';
import { replay } from '../sim/replay';
import { getScenario, SCENARIO_IDS } from '../sim/scenarios';
import { configProblem, isError } from '../sim/setup';
import type { Action, GameConfig, Side } from '../sim/types';
import { parseArgs, UsageError } from './args';
import { describeScenario } from './describe';

const USAGE = `Usage: npm run sim -- --scenario 2023|2026 --side union|studio --seed S
                     [--player hardliner|conceder|random|historical] [--difficulty easy|normal|hard]
                     [--pace standard|quick] [--json] [--log FILE] [--describe]

Plays a whole round headless: the bot plays --side, the computer the other side.
  --log FILE   replay a saved action log (JSON: an array of actions, or {"config", "actions"}) instead of a bot
  --describe   print the scenario's issues and levels as JSON
  --json       print one JSON object (the round's summary)`;

function main(argv: string[]): number {
  let args;
  try {
    args = parseArgs(argv, ['scenario', 'side', 'seed', 'player', 'difficulty', 'pace', 'log'], ['json', 'describe', 'help']);
  } catch (e) {
    if (e instanceof UsageError) return fail(e.message);
    throw e;
  }
  if (args.flags.has('help')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const v = args.values;
  const scenario = v.scenario ?? '2023';
  if (!getScenario(scenario)) return fail(`Unknown scenario "${scenario}": choose ${SCENARIO_IDS.join(' or ')}.`);
  if (args.flags.has('describe')) {
    process.stdout.write(`${JSON.stringify(describeScenario(getScenario(scenario)!), null, 2)}\n`);
    return 0;
  }
  const side = (v.side ?? 'union') as Side;
  if (side !== 'union' && side !== 'studio') return fail('--side must be union or studio.');
  const config: GameConfig = {
    scenario,
    seed: v.seed ?? '1',
    human: side,
    difficulty: (v.difficulty ?? 'normal') as GameConfig['difficulty'],
    pace: (v.pace ?? 'standard') as GameConfig['pace'],
  };
  let state;
  if (v.log) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(v.log, 'utf8'));
    } catch (e) {
      return fail(`Could not read the log file "${v.log}": ${(e as Error).message}`);
    }
    const obj = parsed as { config?: unknown; actions?: unknown };
    const actions = Array.isArray(parsed) ? parsed : obj.actions;
    const cfg = Array.isArray(parsed) ? config : ((obj.config as GameConfig | undefined) ?? config);
    if (!Array.isArray(actions)) return fail('The log must be an array of actions, or an object with "actions".');
    const bad = configProblem(cfg);
    if (bad) return fail(bad.message);
    const r = replay(cfg, actions as Action[]);
    if (isError(r)) return fail(r.message);
    if (r.failed) return fail(`Action ${r.failed.index + 1} of the log was refused: ${r.failed.error.message}`);
    state = r.state;
  } else {
    const player = (v.player ?? 'historical') as BotName;
    if (!BOT_NAMES.includes(player)) return fail(`Unknown player "${player}": choose ${BOT_NAMES.join(', ')}.`);
    const bad = configProblem(config);
    if (bad) return fail(bad.message);
    const r = playRound(config, { [side]: botFor(player, config.seed) });
    if (isError(r)) return fail(r.message);
    state = r.state;
  }
  const summary = summarize(state);
  if (args.flags.has('json')) {
    process.stdout.write(`${JSON.stringify(summary)}\n`);
  } else {
    const sc = getScenario(scenario)!;
    const lines = [
      `${sc.title}: ${summary.outcome ?? 'unfinished'} after ${summary.days} days (${summary.strikeDays} on strike)`,
      summary.deal ? `Deal: ${sc.issues.map((iss, i) => `${iss.name} ${iss.levels[Object.values(summary.deal!)[i]!]!.short}`).join('; ')}` : 'No deal.',
      summary.ratification ? `Ratified with ${summary.ratification.yes}% yes at ${summary.ratification.turnout}% turnout` : '',
      `Scores: union ${summary.scores.union}, studios ${summary.scores.studio}`,
      `Efficiency: ${summary.efficiency.onFrontier ? 'on the Pareto frontier' : `${summary.efficiency.distance} points from the frontier`}; value left on the table ${summary.efficiency.valueLeft}`,
      `stateHash ${summary.stateHash}`,
    ];
    process.stdout.write(`${lines.filter(Boolean).join('\n')}\n`);
  }
  return 0;
}

function fail(message: string): number {
  process.stderr.write(`sim: ${message}\n\n${USAGE}\n`);
  return 2;
}

process.exitCode = main(process.argv.slice(2));
