import { OUTCOME_WORDS, PHASE_WORDS, sideWord } from '../../app/outcomes';
import type { RoundSummary } from '../../app/persist';
import { getScenario } from '../../sim';

/** A saved round in one line: "2023 — The Double Strike, as the union: day 34, on strike (12 moves)". */
export function roundLine(s: RoundSummary): string {
  const sc = getScenario(s.scenario);
  const state = s.phase === 'done' ? (s.outcome ? OUTCOME_WORDS[s.outcome].label.toLowerCase() : 'finished') : PHASE_WORDS[s.phase];
  return `${sc ? sc.title : s.scenario}, as ${sideWord(s.human)}: day ${s.day}, ${state} (${s.moves} move${s.moves === 1 ? '' : 's'})`;
}

/** When a save was written, in words a student reads: "today at 10:42", "Mar 3 at 9:15". */
export function whenText(ms: number, now = Date.now()): string {
  if (!ms) return 'earlier';
  const d = new Date(ms);
  const time = d.toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit' });
  const today = new Date(now);
  if (d.toDateString() === today.toDateString()) return `today at ${time}`;
  return `${d.toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: d.getFullYear() === today.getFullYear() ? undefined : 'numeric' })} at ${time}`;
}
