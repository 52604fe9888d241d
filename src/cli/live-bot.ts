import { verifyResultCode } from '../app/codes';
import { playSeat } from '../app/live/botSeat';
import { LiveError } from '../app/live/client';
import { cleanJoinCode, cleanNickname } from '../app/live/protocol';
import { BOT_NAMES, botFor, summarize, type Bot, type BotName, type Side } from '../sim';
import { parseCommand, serverAddressProblem, usageFailure, UsageError } from './args';
import { guardBot, loadBotFile } from './loadBot';

const USAGE = `Usage: npm run live-bot -- --server URL --code CODE --side union|studio
                          --player hardliner|conceder|random|historical|FILE.mjs
                          [--nickname NAME] [--seed S]

Joins a live class as a student played by a bot (the same decide(view) contract as npm run sim;
see docs/BOTS.md), plays its seat until the round ends, and prints one JSON object: the round's
summary (the npm run sim --json fields), "refused", and "resultCode" (npm run verify accepts it).
A move the server refuses is asked again; after 3 refusals in a row the bot stops ("botError").`;

const fail = (message: string): number => usageFailure(message, USAGE);

async function main(argv: string[]): Promise<number> {
  const args = parseCommand(argv, ['server', 'code', 'side', 'player', 'nickname', 'seed'], [], USAGE);
  if (typeof args === 'number') return args;
  const v = args.values;
  const serverProblem = serverAddressProblem(v.server);
  if (serverProblem) return fail(serverProblem);
  const server = v.server!; // checked just above
  const code = cleanJoinCode(v.code ?? '');
  if (!code.ok) return fail(`--code: ${code.error}`);
  const side = v.side as Side | undefined;
  if (side !== undefined && side !== 'union' && side !== 'studio') return fail('--side must be union or studio.');
  const player = v.player ?? 'historical';
  const nickname = cleanNickname(v.nickname ?? `${player.replace(/^.*[\\/]/, '').replace(/\.(m|c)?js$/, '')} bot`.slice(0, 24));
  if (!nickname.ok) return fail(`--nickname: ${nickname.error}`);

  let bot: Bot;
  if ((BOT_NAMES as string[]).includes(player)) bot = botFor(player as BotName, v.seed ?? '1');
  else {
    if (!/\.(m|c)?js$/.test(player)) return fail(`Unknown player "${player}": choose ${BOT_NAMES.join(', ')}, or a bot file (.mjs or .js) exporting decide(view).`);
    try {
      // stdout carries only the CLI's own output: a bot's console.log goes to stderr.
      console.log = console.info = console.debug = (...a: unknown[]) => console.error(...a);
      bot = guardBot(await loadBotFile(player)).bot;
    } catch (e) {
      if (e instanceof UsageError) return fail(e.message);
      throw e;
    }
  }

  let played;
  try {
    played = await playSeat({
      endpoint: server,
      code: code.value,
      nickname: nickname.value,
      side: side ?? null,
      bot,
    });
  } catch (e) {
    process.stderr.write(`${e instanceof LiveError || e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
  const result = played.result;
  const base = { joinCode: code.value, pairId: played.seat.pairId, seat: played.seat.side, nickname: played.seat.nickname };
  if (played.botError) {
    const view = played.last?.view;
    process.stdout.write(`${JSON.stringify({ ...base, outcome: 'botError', days: view?.day ?? null, refused: played.refused, ...played.botError, resultCode: null })}\n`);
    return 0;
  }
  if (!result?.code) {
    process.stderr.write(`The round ended without a result code${result?.problem ? `: ${result.problem}` : '.'}\n`);
    return 1;
  }
  // The summary is computed from the result code itself: re-running it is also its check.
  const verified = verifyResultCode(result.code);
  if (!verified.ok) {
    process.stderr.write(`The server's result code does not verify here: ${verified.error}\n`);
    return 1;
  }
  const summary = summarize(verified.value.state);
  process.stdout.write(`${JSON.stringify({ ...summary, side: played.seat.side, ...base, finished: result.finished, refused: played.refused, resultCode: result.code })}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
