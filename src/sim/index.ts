export * from './types';
export { applyAction, actionProblem, isHuman, sessionDays } from './reducer';
export { createGame, configProblem, isError } from './setup';
export { replay } from './replay';
export { stateHash, canonicalJson } from './hash';
export { getScenario, SCENARIOS, SCENARIO_IDS } from './scenarios';
export { spaceOf, utilityOf, encode, decode } from './space';
export { TABLE_ACTIONS, tableActionProblem } from './rules/table';
export { describePackage } from './describe';
