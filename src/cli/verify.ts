import { readFileSync } from 'node:fs';
import { verifyResultCode } from '../app/codes';
import { summarize } from '../sim';

const USAGE = `Usage: npm run verify -- CODE [CODE...]      (or --file FILE: one code per line)

Re-runs each result code through the engine and prints one JSON array: for every code either
{ "ok": true, "nickname", "classCode", "summary": {...} } or { "ok": false, "error" }.
Exits with 1 if any code was rejected.`;

function main(argv: string[]): number {
  const codes: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (a === '--file') {
      const f = argv[++i];
      if (!f) return fail('--file needs a file name.');
      try {
        codes.push(...readFileSync(f, 'utf8').split(/\r?\n/).map((l) => l.trim()).filter(Boolean));
      } catch (e) {
        return fail(`Could not read "${f}": ${(e as Error).message}`);
      }
    } else if (a.startsWith('--')) return fail(`Unknown option ${a}.`);
    else codes.push(a);
  }
  if (codes.length === 0) return fail('Give at least one result code.');
  let rejected = 0;
  const out = codes.map((code) => {
    const r = verifyResultCode(code);
    if (!r.ok) {
      rejected++;
      return { ok: false, code: code.length > 40 ? `${code.slice(0, 40)}…` : code, error: r.error };
    }
    return { ok: true, nickname: r.value.nickname, classCode: r.value.classCode, moves: r.value.actions.length, summary: summarize(r.value.state) };
  });
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  return rejected ? 1 : 0;
}

function fail(message: string): number {
  process.stderr.write(`verify: ${message}\n\n${USAGE}\n`);
  return 2;
}

process.exitCode = main(process.argv.slice(2));
