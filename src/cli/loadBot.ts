import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Action, Bot, PlayerView } from '../sim';
import { UsageError } from './args';

/** What a bot file may export: `decide`, or a default that is the function or has `decide`. */
type Decide = (view: PlayerView) => unknown;

/** One call of the bot: where the round stood, and why its answer could not be sent, if so. */
export interface BotCall {
  day: number;
  phase: string;
  /** Set when the bot threw or returned something that is not a JSON action. */
  problem?: string;
}

export interface GuardedBot {
  bot: Bot;
  /** Every call in order; index i is playRound's move i. */
  calls: BotCall[];
}

/**
 * Load a bot module from a path relative to the cwd. A missing file, a file that fails to load
 * or one without `decide` is a usage error (the round never starts).
 */
export async function loadBotFile(file: string): Promise<Decide> {
  const path = resolve(process.cwd(), file);
  if (!existsSync(path) || !statSync(path).isFile()) throw new UsageError(`No bot file "${file}" (looked for ${path}).`);
  let mod: Record<string, unknown>;
  try {
    mod = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
  } catch (e) {
    throw new UsageError(`Could not load the bot file "${file}": ${(e as Error).message}`);
  }
  const fromObject = (o: unknown): Decide | null => {
    if (o && typeof o === 'object' && typeof (o as { decide?: unknown }).decide === 'function') {
      const holder = o as { decide: Decide };
      return (v) => holder.decide(v);
    }
    return null;
  };
  if (typeof mod.decide === 'function') return mod.decide as Decide;
  if (typeof mod.default === 'function') return mod.default as Decide;
  const found = fromObject(mod.default);
  if (found) return found;
  throw new UsageError(`The bot file "${file}" does not export decide(view): write \`export function decide(view) { ... }\`.`);
}

/**
 * Wrap a bot so that nothing it does can crash the round: a throw, a promise or a value that is
 * not a JSON object becomes an empty action the engine refuses (a refusal like any other), with
 * the reason kept in `calls`. Whatever it returns is copied through JSON, as it would travel over
 * the wire, so the engine never holds an object the bot can still change.
 */
export function guardBot(decide: Decide): GuardedBot {
  const calls: BotCall[] = [];
  const bot: Bot = (view) => {
    const call: BotCall = { day: view.day, phase: view.phase };
    calls.push(call);
    const refuse = (problem: string): Action => {
      call.problem = problem;
      return {} as Action;
    };
    let out: unknown;
    try {
      out = decide(view);
    } catch (e) {
      return refuse(`the bot threw an error: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (out && typeof (out as { then?: unknown }).then === 'function') {
      // The round cannot wait for it; a rejection later must not crash the CLI either.
      Promise.resolve(out).catch(() => undefined);
      return refuse('decide(view) returned a promise: it must return the action itself (no async, no await).');
    }
    if (!out || typeof out !== 'object' || Array.isArray(out)) return refuse(`decide(view) must return an action object like {"type":"reject","side":"${view.side}"}, not ${describe(out)}.`);
    try {
      return JSON.parse(JSON.stringify(out)) as Action;
    } catch (e) {
      return refuse(`the bot's action is not plain JSON: ${(e as Error).message}`);
    }
  };
  return { bot, calls };
}

function describe(x: unknown): string {
  if (x === undefined) return 'undefined (did decide forget to return?)';
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'an array';
  const text = typeof x === 'string' ? JSON.stringify(x) : String(x);
  return `${typeof x} ${text.length > 60 ? `${text.slice(0, 57)}...` : text}`;
}
