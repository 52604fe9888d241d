import { clamp, dexp, dlog } from '../detmath';
import { score, utilityOf, type Space } from '../space';
import type { Scenario } from '../scenarios/types';
import type { GameState, Package, Side } from '../types';
import { paramsOf } from './params';

/** Share-weighted average of a member-segment field. */
export function memberAverage(s: GameState, sc: Scenario, key: 'savings' | 'hardship' | 'support' | 'expectation'): number {
  let sum = 0;
  for (let i = 0; i < s.members.length; i++) sum += s.members[i]![key] * sc.segments[i]!.share;
  return Math.round(sum / 10000);
}

export const segmentUtility = (sp: Space, seg: number, pkg: Package): number => score(sp.segments[seg]!, pkg);

/**
 * The ceiling of a segment's expectation: everything, every issue at its best for the segment.
 * Nothing a round does lifts members' hopes past it (a playtester's board voted down four deals
 * in a row and the members' hopes passed 100 points, on a schedule whose most is 100).
 */
const ceilings = new WeakMap<Space, number[]>();
export function expectationCeiling(sp: Space, seg: number): number {
  let c = ceilings.get(sp);
  if (!c) ceilings.set(sp, (c = sp.segments.map((tab) => tab.reduce((t, row) => t + Math.max(...row), 0))));
  return c[seg]!;
}

/** No member's hopes above the ceiling (read once per scenario's space: this runs every simulated day). */
export function capExpectations(s: { members: { expectation: number }[] }, sp: Space): void {
  s.members.forEach((m, i) => (m.expectation = Math.min(m.expectation, expectationCeiling(sp, i))));
}

/** The floor of a segment's expectation (its utility of the scenario's floor package). */
export const expectationFloor = (sp: Space, seg: number): number => segmentUtility(sp, seg, sp.scenario.expectations.floor);

/** The studios' anticipated strike cost, k$, weighted by how credible the threat is now and capped by the days the season has left. */
export function threatK(s: GameState, sc: Scenario): number {
  const threat = paramsOf(s.config).walkAway.threat;
  const daily = (sc.factions.reduce((a, f) => a + f.dailyLossK, 0) * s.hidden.lossScale) / 10000;
  let cred: number;
  if (s.phase === 'strike') cred = s.solidarity / 10000;
  else if (s.authorized) cred = (threat.authorized * s.authorizationYes) / 10000;
  else cred = threat.none;
  if (s.extended && s.phase !== 'strike') cred *= threat.extended;
  // A strike under way cannot outlast the season: one called late threatens only the days left.
  const left = s.phase === 'strike' ? sc.calendar.hardCapDay - s.day : Infinity;
  const days = Math.max(0, Math.min(sc.studioModel.anticipatedStrikeDays, left));
  return Math.round(cred * days * daily);
}

/** Whether the computer plays the studios in this round (it does when a person plays only the union). */
const computerStudios = (s: GameState): boolean => s.config.human === 'union';

/**
 * A side's hidden floor shift, deci-points: the seed's draw, plus, for a computer's studios, its
 * difficulty's (a hard alliance's floor sits higher, an easy one's lower).
 */
export function floorShiftOf(s: GameState, side: Side): number {
  const d = side === 'studio' && computerStudios(s) ? paramsOf(s.config).ai.concession[s.config.difficulty].studioFloor : 0;
  return s.hidden.floorShift[side] + d;
}

/** The studios' loss tolerance this round, bp of the scenario's: the seed's draw, scaled for a computer's studios by its difficulty. */
export function toleranceScaleOf(s: GameState): number {
  const d = computerStudios(s) ? paramsOf(s.config).ai.concession[s.config.difficulty].studioTolerance : 10000;
  return Math.round((s.hidden.toleranceScale * d) / 10000);
}

/**
 * Each side's walk-away point today (deci-points of its own utility): what it would rather
 * have than no deal. Union: what the members now expect (they must ratify it), never below its
 * hidden floor. Studios: the expired terms minus the strike they fear and the losses they have
 * taken (Hicks), never below their hidden floor. Neither ever asks more than its own opening.
 */
export function reservation(s: GameState, sc: Scenario, sp: Space, side: Side): number {
  // A side whose own ranks are cracking (a strike losing its pickets, an alliance losing its
  // cohesion) must lower its sights, even below the floor it started with.
  const w = paramsOf(s.config).walkAway;
  const weakness = Math.round(w.weakness * Math.max(0, w.weakFrom - (side === 'union' ? s.solidarity : s.cohesion)));
  // The studios' floor gives way smoothly as strike losses mount (Hicks).
  const lossGive = side === 'studio' ? Math.round((w.floorLossShare * s.studioLosses) / sc.studioModel.kPerDeciPoint) : 0;
  const floor = utilityOf(sp, side, sc.reservations[side]) + floorShiftOf(s, side) - weakness - lossGive;
  const top = utilityOf(sp, side, sc.openings[side]);
  let base: number;
  if (side === 'union') {
    // A committee that replaced a fallen one must settle for less (a leadership crisis).
    base = memberAverage(s, sc, 'expectation') - weakness - s.crises * paramsOf(s.config).crisis.walkAwayDrop;
  } else {
    base = utilityOf(sp, 'studio', sc.statusQuo) - Math.round((threatK(s, sc) + s.studioLosses) / sc.studioModel.kPerDeciPoint) - weakness;
  }
  // Time alone can always move a committee part of the way (a third) from its opening to its floor.
  const room = top - Math.round((top - floor - weakness) / w.timeRoom);
  return Math.max(floor, Math.min(room, base));
}

/** How hard time and costs press on a side now, 0..1 (τ of research/models.md §6.3). */
export function pressure(s: GameState, sc: Scenario, side: Side): number {
  const p = paramsOf(s.config);
  let tau: number;
  // The contract's expiry is a deadline: by then a committee has felt part (pressure.expiryPull)
  // of the time pressure, and a strike never takes it away (Hicks); after it, the clock runs on
  // toward its horizon and a strike's costs add their own pressure.
  const expiryPull = p.pressure.expiryPull * Math.min(1, s.day / Math.max(1, s.expiryDay));
  if (side === 'studio') {
    const timeT = Math.max(expiryPull, s.day / sc.studioModel.horizonDay);
    let impatience = 0;
    // structural: share (bp) × lost patience (bp) / 1e8 is a fraction of 1 (1e8 = 10000², two basis-point factors).
    for (let i = 0; i < s.factions.length; i++) impatience += (sc.factions[i]!.share * (10000 - s.factions[i]!.patience)) / 1e8;
    tau = Math.max(timeT, impatience, ((10000 - s.cohesion) / 10000) * p.pressure.cracks) + s.strikeDays * p.pressure.strikeDay;
  } else {
    const timeT = Math.max(expiryPull, s.day / sc.unionModel.horizonDay);
    const hardship = memberAverage(s, sc, 'hardship') / 10000;
    tau = Math.max(timeT, hardship, ((10000 - s.solidarity) / 10000) * p.pressure.cracks);
  }
  if (s.day < s.ceosUntil) tau += p.table.ceos.pressure;
  return clamp(tau, 0, 1);
}

/** GENIUS time-dependent concession f(τ) = k + (1 − k)·τ^(1/e). */
export function concession(tau: number, e: number, k: number): number {
  if (tau <= 0) return k;
  return k + (1 - k) * dexp(dlog(tau) / e);
}

export const logit = (bp: number): number => {
  const p = clamp(bp / 10000, 0.0001, 0.9999); // structural: keeps the logit finite at 0% and 100%
  return dlog(p / (1 - p));
};
