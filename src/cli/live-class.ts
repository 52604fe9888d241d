import { openClass } from '../app/live/client';
import type { Dashboard } from '../app/live/protocol';
import { parseCommand, serverAddressProblem, usageFailure } from './args';

const USAGE = `Usage: npm run live-class -- --server URL [--scenario 2023|2026] [--difficulty easy|normal|hard]
                            [--pace standard|quick] [--start | --start-when N] [--wait] [--json]

Opens a live class headless and prints its join code (students, or npm run live-bot, join with it).
  --start          start the class at once (open seats are played by the computer)
  --start-when N   stay connected, and start the class once N students have joined
  --wait           stay connected until every pair's round has ended (or the class closes), then
                   print each pair's result as one JSON line: {pairId, union, studio, outcome, resultCode}
  --json           print {"joinCode", "classCode", "teacherKey"} instead of the bare join code
                   (the teacher key is what a teacher's client needs to rejoin the class as its teacher)`;

const fail = (message: string): number => usageFailure(message, USAGE);

async function main(argv: string[]): Promise<number> {
  const args = parseCommand(argv, ['server', 'scenario', 'difficulty', 'pace', 'start-when'], ['start', 'wait', 'json'], USAGE);
  if (typeof args === 'number') return args;
  const v = args.values;
  const serverProblem = serverAddressProblem(v.server);
  if (serverProblem) return fail(serverProblem);
  const server = v.server!; // checked just above
  const scenario = v.scenario ?? '2023';
  const difficulty = v.difficulty ?? 'normal';
  const pace = v.pace ?? 'standard';
  if (scenario !== '2023' && scenario !== '2026') return fail('--scenario must be 2023 or 2026.');
  if (difficulty !== 'easy' && difficulty !== 'normal' && difficulty !== 'hard') return fail('--difficulty must be easy, normal or hard.');
  if (pace !== 'standard' && pace !== 'quick') return fail('--pace must be standard or quick.');
  const startWhen = v['start-when'] === undefined ? null : Number(v['start-when']);
  if (startWhen !== null && (!Number.isInteger(startWhen) || startWhen < 1)) return fail('--start-when must be a whole number of students, 1 or more.');
  if (startWhen !== null && args.flags.has('start')) return fail('Use --start or --start-when, not both.');

  let session;
  try {
    session = await openClass(server, { scenario, difficulty, pace });
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    return 1;
  }
  const first = await new Promise<Dashboard>((resolve) => session.onDashboard(resolve));
  process.stdout.write(args.flags.has('json') ? `${JSON.stringify({ joinCode: first.joinCode, classCode: first.classCode, teacherKey: session.teacherKey })}\n` : `${first.joinCode}\n`);
  if (args.flags.has('start')) session.command({ type: 'start' });
  if (startWhen === null && !args.flags.has('wait')) {
    // Give the start command a moment to leave before closing the connection; the class stays open.
    await new Promise((r) => setTimeout(r, 200));
    await session.close();
    return 0;
  }
  session.onRefused((m) => process.stderr.write(`${m}\n`));
  return await new Promise<number>((resolve) => {
    let started = args.flags.has('start');
    const printed = new Set<string>();
    session.onLost((m) => {
      process.stderr.write(`${m}\n`);
      resolve(1);
    });
    session.onDashboard((d) => {
      if (!started && startWhen !== null && d.students >= startWhen) {
        started = true;
        session.command({ type: 'start' });
      }
      if (!args.flags.has('wait')) {
        if (started) void session.close().then(() => resolve(0));
        return;
      }
      for (const p of d.pairs) {
        if (!p.result || printed.has(p.pairId)) continue;
        printed.add(p.pairId);
        process.stdout.write(`${JSON.stringify({ pairId: p.pairId, union: p.seats.union.nickname ?? 'computer', studio: p.seats.studio.nickname ?? 'computer', outcome: p.outcome, finished: p.result.finished, resultCode: p.result.code })}\n`);
      }
      if (started && d.pairs.length > 0 && (d.status.closed || d.pairs.every((p) => p.result))) void session.close().then(() => resolve(0));
    });
  });
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
