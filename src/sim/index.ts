/**
 * The engine's one public door. Everything outside src/sim (the app, the CLI, the live server,
 * outside bots, the tests of the outside) reaches the engine through this file only; a test
 * fails if anything imports a deeper module.
 *
 * The loop every driver runs: state = advance(createGame(config)); then for each move a person
 * makes, state = advance(applyAction(state, action)). playerView(state, side) is what one side
 * may know.
 */
export * from './types';
export { applyAction, actionProblem, isHuman, sessionDays } from './reducer';
export { advance, toMove } from './advance';
export { createGame, configProblem, isError } from './setup';
export { playerView, type PlayerView, type LegalAction, type ScoringRules, type UnionMeters, type StudioMeters } from './view';
export { replay, type ReplayResult } from './replay';
export { stateHash, canonicalJson, fnv1a64 } from './hash';
export { getScenario, SCENARIOS, SCENARIO_IDS } from './scenarios';
export type { Scenario, IssueDef, LevelDef, EventDef, Source, SegmentDef, FactionDef, HistoryStep } from './scenarios/types';
export { addDays, prettyDate, daysBetween } from './scenarios/dates';
export { spaceOf, utilityOf, encode, decode, type Space } from './space';
export { TABLE_ACTIONS, tableActionProblem, type TableActionInfo } from './rules/table';
export { describePackage } from './describe';
export { logText, lineText, mediatorWords, ENDING_WORDS } from './words';
export { projectedRatification } from './rules/votes';
export { reservation } from './rules/derived';
export { debrief } from './analysis/debrief';
export { paretoFrontier, bruteForceFrontier, type Frontier } from './analysis/frontier';
export { summarize, scores, scoreParts, type RoundSummary, type ScoreParts } from './analysis/summary';
export { BOT_NAMES, botFor, type BotName } from './ai/bots';
export { playRound, type Bot, type PlayedRound, type PlayOptions } from './ai/play';
export { decide } from './ai/computer';
export { ENGINE_VERSION } from './version';
// For the end-of-round pages outside the engine (the debrief, the teacher's class chart).
export type { Debrief, Term, ZopaDay, SideConcession, VoteView, Benchmark, BenchmarkSet, SurplusSplit, OpponentModelView } from './analysis/debrief';
export { concessionCurve, type ConcessionLabel } from './analysis/concession';
export { staticAnalysis } from './analysis/static';
export { maxWelfare } from './analysis/solutions';
// The rules' public constants (the canvas marks each meter's breaking point, P.crumble).
export { P } from './rules/params';
