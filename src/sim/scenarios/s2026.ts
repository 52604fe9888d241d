import { daysBetween } from './dates';
import { aiIssue, concave, raiseIssue, reopenerIssue, termIssue } from './ladders';
import type { EventDef, HistoryStep, Scenario, Source } from './types';

/**
 * 2026, "The Long Contract": a production slump, a health plan in deficit, studios that want a
 * five-year term, and synthetic performers. The 2026 round is covered only by trade-press
 * reports, so its history is marked provisional (research/facts.md §5).
 */

const OPEN = '2026-02-09';
const day = (iso: string): number => daysBetween(OPEN, iso);

const S = {
  schedule: { text: 'Talks began Feb 9, 2026; the contract expires June 30, 2026 (Deadline mirror)', url: 'https://franktrades.com/2026/01/09/sag-aftra-leaders-sean-astin-and-duncan-crabtree-ireland-on-their-negotiating-approach-disney-open-ai-deal-chance-of-longer-contract-term-more', kind: 'secondary' },
  deal: { text: 'Provisional: 4 years, 3% a year compounded, pension merger with higher contributions (Screen Daily; IndieWire mirror)', url: 'https://www.screendaily.com/news/sag-aftra-reveals-details-of-new-four-year-deal-with-producers/5216594.article', kind: 'provisional' },
  ratify: { text: 'Provisional: ratified 91.42% yes at 19.3% turnout (TalentBrief; PlainNews, June 2026)', url: 'https://www.talentbrief.co/brief/sag-aftra-ratifies-4-year-deal-ai-protections-pens-3', kind: 'provisional' },
  ai: { text: 'Provisional: "significant additional value" test for synthetics, an "articulable business reason" to scan, residuals for independently created replicas (IndieWire mirror; TalentBrief)', url: 'https://timewarnerent.com/sag-aftra-reveals-details-of-4-year-agreement-with-studios-including-merged-pension-plan/', kind: 'provisional' },
  healthOffer: { text: 'AMPTP prepared ~$110M for the guilds\u2019 health plans in exchange for ~5-year contracts (Deadline mirror)', url: 'https://www.elrisala.com/hollywoods-big-new-labor-deal-studios-to-offer-guilds-health-plans-100m-lifeline-in-exchange-for-longer-multi-year-contracts-in-2026', kind: 'secondary' },
  slump: { text: 'FilmLA: Los Angeles shoot days in 2025 were 46.5% below 2022 (TheWrap newsletter mirror)', url: 'http://niepodam.pl/viewer.php?id=110644615', kind: 'secondary' },
  wageMoney: { text: 'Derived: covered minimum pay ≈ $2.4B a year after the slump, so 1% ≈ $24M wages + $6M P&H a year (our estimate from the 2023 figures)', kind: 'derived' },
  healthMoney: { text: 'Derived: +1 point of employer contribution on ≈$2.4B covered pay ≈ $24M a year; the WGA won $321M over 4 years (Let\u2019s Data Science)', url: 'https://letsdatascience.com/news/wga-secures-321m-health-funding-improved-residuals-04515df8', kind: 'derived' },
  streamingMoney: { text: 'Derived: the 2023 bonus ≈ $40M a year; changes priced relative to it. Union 1% revenue ≈ $500M, studios $800M+ (NextTV)', kind: 'derived' },
  wga: { text: 'WGA 2026: 4 years, 1.5/3/3/3, $321M to the health fund, success bonus 50% → 75% (Let\u2019s Data Science)', url: 'https://letsdatascience.com/news/wga-secures-321m-health-funding-improved-residuals-04515df8', kind: 'secondary' },
  pause: { text: 'SAG-AFTRA talks paused Mar 15, 2026 for the WGA talks; resumed Apr 27 (World Today News)', url: 'https://www.world-today-news.com/sag-aftra-to-resume-negotiations-with-major-studios-on-april-27/', kind: 'secondary' },
  tentative: { text: 'Provisional: tentative agreement announced May 2, 2026 (IndieWire mirror)', url: 'https://timewarnerent.com/sag-aftra-reveals-details-of-4-year-agreement-with-studios-including-merged-pension-plan/', kind: 'provisional' },
  segmentsDerived: { text: 'Derived: three member segments; savings after three slow years and lost earnings per strike day are our estimates (research/models.md §5.4)', kind: 'derived' },
  studioCosts: { text: 'Derived: with production already down, a strike costs the studios less per day than in 2023 at first; their horizon is the June 30 expiry', kind: 'derived' },
  reservations: { text: 'Derived: walk-away points proposed in research/facts.md §8B', kind: 'derived' },
  gallup: { text: 'Latest poll found: Gallup, Aug 2023 (67% with the actors, 24% with the studios); no 2026 poll was found', kind: 'secondary' },
} satisfies Record<string, Source>;

const wageY1 = raiseIssue('wageY1', 31, 25, 30_000, S.wageMoney);

const wageLater = raiseIssue('wageLater', 13, 50, 30_000, S.wageMoney);

const streaming = {
  id: 'streaming' as const,
  name: 'Streaming compensation',
  help: 'Changes to the 2023 streaming success bonus (100% of the residual when 20% of subscribers watch in 90 days).',
  levels: [
    { short: 'Unchanged', label: 'The 2023 success bonus, unchanged', studioCostK: 0, memberValueK: 0 },
    { short: 'Bonus 125%', label: 'Success bonus raised to 125% of the residual', studioCostK: 10_000, memberValueK: 10_000 },
    { short: 'Threshold 15%', label: 'Bonus paid when 15% of subscribers watch (not 20%)', studioCostK: 15_000, memberValueK: 15_000 },
    { short: '125% @15%', label: 'Bonus raised to 125% and paid at 15% viewership', studioCostK: 25_000, memberValueK: 25_000 },
    { short: '150% @15%', label: 'Bonus raised to 150% and paid at 15% viewership', studioCostK: 40_000, memberValueK: 40_000 },
    { short: '150% @10%', label: 'Bonus raised to 150% and paid at 10% viewership', studioCostK: 70_000, memberValueK: 70_000 },
    { short: 'Subscriber fee', label: 'A fee per subscriber shared among performers', studioCostK: 300_000, memberValueK: 250_000 },
    { short: '1% revenue', label: '1% of streaming revenue shared with performers', studioCostK: 800_000, memberValueK: 500_000 },
  ],
  unionShape: [0, 25, 35, 50, 62, 74, 88, 100],
  studioShape: [100, 97, 95, 91, 86, 76, 30, 0],
  moneySource: S.streamingMoney,
};

const ai = aiIssue(
  'Rules for digital replicas and synthetic performers. The 2023 contract already gives level 3.',
  [0, 0, 0, 0, 25_000, 150_000],
  [0, 0, 0, 0, 40_000, 120_000],
  [0, 5, 15, 45, 80, 100],
  [100, 100, 98, 90, 62, 0],
  { text: 'Derived: levels 0–3 are already in the 2023 contract; money for levels 4–5 is our estimate', kind: 'derived' },
);

const health = {
  id: 'health' as const,
  name: 'Health & pension contributions',
  help: 'Extra employer contributions to the health and pension plans, in points of covered pay.',
  levels: Array.from({ length: 11 }, (_, l) => ({
    short: `+${(l * 0.25).toFixed(2)} pt`,
    label: l === 0 ? 'Contribution rates unchanged' : `Employer contributions up ${(l * 0.25).toFixed(2)} points of pay`,
    studioCostK: l * 6_000,
    memberValueK: l * 6_000,
  })),
  unionShape: concave(11),
  // The studios offered health money themselves: a solvent plan is worth something to them.
  studioShape: [80, 90, 100, 96, 88, 76, 62, 48, 33, 17, 0],
  moneySource: S.healthMoney,
};

const term = termIssue('How many years the contract runs. The studios want five (next talks in 2031).', [100, 80, 0], [0, 65, 100], {
  text: 'The AMPTP sought a five-year cycle; all three guilds settled at four (facts §5, §9)',
  kind: 'secondary',
});

const aiReopener = reopenerIssue('Whether the AI terms can be reopened before a long contract ends.', [100, 70], {
  text: 'Insiders expected AI reopener caveats to be needed with a longer term (facts §9)',
  kind: 'secondary',
});

const events: EventDef[] = [
  {
    id: 'blackout-agreed',
    title: 'A media blackout',
    text: 'Both sides agree to say nothing in public while they talk.',
    date: OPEN,
    window: [0, 0],
    chance: 10000,
    effects: [{ kind: 'blackout' }],
    impact: 'No public statements; public opinion holds still.',
    source: { text: '2026 talks began under a media blackout agreed at the start (facts §9)', kind: 'secondary' },
  },
  {
    id: 'fair-deal-pledge',
    title: '"Not a deal that is not fair"',
    text: 'The union\u2019s chief negotiator tells a tech conference it will not accept a deal that is not fair, and will not rule out a strike.',
    date: '2026-01-07',
    window: [0, 2],
    chance: 10000,
    effects: [{ kind: 'expectation', deci: 10 }, { kind: 'support', bp: 200 }],
    impact: 'Members\u2019 expectations rise a little.',
    source: { text: 'Duncan Crabtree-Ireland at CES, January 2026 (Bleeding Cool)', url: 'https://bleedingcool.com/tv/sag-aftra-hopeful-about-amptp-talks-but-strike-is-a-possibility', kind: 'secondary' },
  },
  {
    id: 'dga-solidarity',
    title: 'The directors stand with the actors',
    text: 'The Directors Guild issues a statement of solidarity as the actors\u2019 talks open.',
    date: '2026-02-09',
    window: [0, 6],
    chance: 10000,
    effects: [{ kind: 'solidarity', bp: 400 }, { kind: 'support', bp: 150 }],
    impact: 'Solidarity up.',
    source: { text: 'DGA statement of solidarity at the start of the 2026 talks (facts §9)', kind: 'secondary' },
  },
  {
    id: 'slump',
    title: 'Shoot days down by almost half',
    text: 'Los Angeles logged 46.5% fewer shoot days in 2025 than in 2022. Many members have had three thin years.',
    date: '2026-01-15',
    window: [0, 10],
    chance: 10000,
    effects: [{ kind: 'savings', segment: 'working', dollars: -150 }, { kind: 'savings', segment: 'midtier', dollars: -1500 }, { kind: 'expectation', deci: -15 }],
    impact: 'Members have less to strike on and lower expectations.',
    source: S.slump,
  },
  {
    id: 'synthetic-performer',
    title: 'A synthetic "actress"',
    text: 'An AI company\u2019s synthetic performer, "Tilly Norwood", is still in the news. The union: it "is not an actor… trained on the work of countless professional performers".',
    date: '2025-09-30',
    window: [0, 20],
    chance: 8000,
    effects: [{ kind: 'expectation', segment: 'stars', deci: 30 }, { kind: 'expectation', segment: 'midtier', deci: 15 }, { kind: 'public', bp: 300 }, { kind: 'attention', bp: 800 }],
    impact: 'AI protections matter more to members, and to the public.',
    source: { text: 'SAG-AFTRA statement on Tilly Norwood, Sept 30, 2025 (VideoAge)', url: 'https://www.videoageinternational.net/2025/09/30/news/sag-aftra-rejects-ai-generated-performer/', kind: 'secondary' },
  },
  {
    id: 'plan-deficits',
    title: 'The health plan bleeds',
    text: 'Studio sources say the guilds\u2019 health plans are "running huge deficits on a month-by-month basis".',
    date: '2026-01-20',
    window: [0, 25],
    chance: 10000,
    effects: [{ kind: 'expectation', segment: 'working', deci: 20 }, { kind: 'support', segment: 'working', bp: 200 }],
    impact: 'Health money matters more to the members with the least.',
    source: S.healthOffer,
  },
  {
    id: 'aca-subsidies',
    title: 'Health costs climb',
    text: 'Health-care costs rise after the federal insurance subsidies expire.',
    date: '2026-01-01',
    window: [0, 40],
    chance: 9000,
    effects: [{ kind: 'savings', segment: 'working', dollars: -100 }, { kind: 'expectation', segment: 'working', deci: 10 }],
    impact: 'Working members\u2019 savings shrink; health matters more.',
    source: { text: 'Healthcare costs rose after the expiration of ACA subsidies (facts §9)', kind: 'secondary' },
  },
  {
    id: 'tax-credit',
    title: 'California doubles its film credit',
    text: 'The state\u2019s film and TV tax credit doubles to $750M a year; 119 projects win incentives.',
    date: '2025-07-01',
    window: [0, 30],
    chance: 10000,
    effects: [{ kind: 'pipeline', bp: 1000 }, { kind: 'patience', faction: 'legacy', bp: 800 }],
    impact: 'More productions lined up: the studios can afford to wait a little longer.',
    source: { text: 'California film and TV tax credit doubled to $750M (Screen Daily; CBS LA)', url: 'https://www.screendaily.com/news/los-angeles-production-down-again-in-q2-as-enhanced-incentives-promise-revival/5207228.article', kind: 'secondary' },
  },
  {
    id: 'ai-licensing',
    title: 'A studio signs with an AI lab',
    text: 'A studio invests in an AI company and will bring user-made AI clips of its animated characters to its streaming service.',
    date: '2026-01-09',
    window: [0, 60],
    chance: 7000,
    effects: [{ kind: 'expectation', segment: 'stars', deci: 20 }, { kind: 'expectation', segment: 'midtier', deci: 10 }, { kind: 'attention', bp: 500 }],
    impact: 'Members want stronger AI terms.',
    source: { text: 'Disney investment in OpenAI with AI clips on Disney+ (facts §9)', kind: 'secondary' },
  },
  {
    id: 'talks-pause',
    title: 'Talks pause for the writers',
    text: 'The studios pause the actors\u2019 talks to bargain with the Writers Guild. Talks resume on April 27.',
    date: '2026-03-15',
    window: [day('2026-03-15'), day('2026-03-15')],
    chance: 10000,
    phases: ['talks'],
    effects: [{ kind: 'pauseTalks', untilDay: day('2026-04-27') }],
    impact: `The clock runs for ${day('2026-04-27') - day('2026-03-15')} days with no sessions.`,
    source: S.pause,
  },
  {
    id: 'wga-pattern',
    title: 'The writers settle for four years',
    text: 'The writers agree a four-year deal: 1.5% / 3% / 3% / 3%, $321M for their health fund, a bigger streaming bonus.',
    date: '2026-04-04',
    window: [day('2026-04-04'), day('2026-04-04') + 3],
    chance: 10000,
    effects: [{ kind: 'cohesion', bp: 600 }, { kind: 'expectation', segment: 'working', deci: 10 }],
    impact: 'A pattern is set: four years and a health rescue.',
    source: S.wga,
  },
  {
    id: 'studio-health-offer',
    title: 'Health money for a longer deal',
    text: 'The studios prepare about $110M for the guilds\u2019 health plans, if the contracts run about five years.',
    date: '2026-01-28',
    window: [0, 14],
    chance: 10000,
    effects: [{ kind: 'attention', bp: 300 }, { kind: 'expectation', segment: 'working', deci: 10 }],
    impact: 'Term and health money are now on the same table: a trade is possible.',
    source: S.healthOffer,
  },
];

const unionSteps: HistoryStep[] = [
  { date: OPEN, day: 0, action: 'blackout', note: 'Media blackout agreed at the start', source: { text: 'facts §9', kind: 'secondary' } },
  { date: OPEN, day: 0, position: [18, 9, 3, 5, 8, 0, 1], note: 'Opening (derived): 4–5% a year, health rescue, training pay, 3 years', source: { text: 'Derived from research/facts.md §8B (union opening 4–5%, fund deficits, ban synthetics, pay for training)', kind: 'derived' } },
  { date: '2026-04-27', day: day('2026-04-27'), position: [14, 7, 1, 4, 5, 1, 1], note: 'After the pause (derived intermediate position)', source: { text: 'Derived: positions during the blackout were not published', kind: 'derived' } },
  { date: '2026-05-02', day: day('2026-05-02'), position: [12, 6, 0, 4, 4, 1, 0], note: 'Tentative agreement: 4 years, 3% a year, +1 point contributions, AI level 4', source: S.tentative },
];

const studioSteps: HistoryStep[] = [
  { date: OPEN, day: 0, action: 'blackout', note: 'Media blackout agreed at the start', source: { text: 'facts §9', kind: 'secondary' } },
  { date: OPEN, day: 0, position: [6, 6, 0, 3, 2, 2, 0], note: 'Opening (derived): 1.5% then 3%, health money for a 5-year term, keep AI at level 3', source: S.healthOffer },
  { date: '2026-04-27', day: day('2026-04-27'), position: [10, 6, 0, 3, 3, 2, 0], note: 'After the pause (derived intermediate offer)', source: { text: 'Derived: offers during the blackout were not published', kind: 'derived' } },
  { date: '2026-05-02', day: day('2026-05-02'), position: [12, 6, 0, 4, 4, 1, 0], note: 'Tentative agreement', source: S.tentative },
];

export const scenario2026: Scenario = {
  id: '2026',
  title: '2026 — The Long Contract',
  subtitle: 'A slump, a health plan in deficit, and studios that want five years',
  situation:
    'February 2026. Shoot days in Los Angeles are down by almost half since 2022, and the health plan runs a deficit every month. ' +
    'The studios want a five-year contract and are ready to put money into the health plan for it. Synthetic performers have arrived. ' +
    'The contract expires on June 30. Nobody has called a strike vote.',
  calendar: {
    talksOpen: OPEN,
    expiry: '2026-06-30',
    expiryDay: day('2026-06-30'),
    extensionTo: null,
    extensionDay: null,
    hardCapDay: 330,
    sessionDays: { standard: { talks: 7, holdout: 5, strike: 10 }, quick: { talks: 14, holdout: 10, strike: 20 } },
    source: S.schedule,
  },
  issues: [wageY1, wageLater, streaming, ai, health, term, aiReopener],
  weights: {
    union: { wageY1: 16, wageLater: 14, streaming: 8, ai: 20, health: 22, term: 16, aiReopener: 4 },
    studio: { wageY1: 20, wageLater: 18, streaming: 12, ai: 12, health: 12, term: 22, aiReopener: 4 },
  },
  openings: { union: [18, 9, 3, 5, 8, 0, 1], studio: [6, 6, 0, 3, 2, 2, 0], source: S.healthOffer },
  targets: { union: [12, 6, 1, 4, 5, 0, 1], studio: [8, 6, 0, 3, 3, 2, 0] },
  reservations: { union: [10, 5, 0, 4, 3, 1, 0], studio: [13, 7, 1, 4, 5, 1, 1], source: S.reservations },
  statusQuo: [0, 0, 0, 3, 0, 0, 0],
  expectations: {
    hopes: [6, 4, 0, 3, 3, 1, 0],
    floor: [8, 5, 0, 3, 3, 1, 0],
    source: { text: 'Derived: hopes between the union\u2019s opening and its target; the floor near the studios\u2019 opening (research/facts.md §8B)', kind: 'derived' },
  },
  segments: [
    {
      id: 'working',
      name: 'Working & background performers',
      blurb: 'Most of the membership. Three thin years; the health plan is their lifeline.',
      share: 7000,
      weights: { wageY1: 22, wageLater: 14, streaming: 4, ai: 14, health: 36, term: 6, aiReopener: 4 },
      savings: 400,
      dailyEarnings: 9,
      halfLifeDays: 30,
      sigma: 110,
      turnout: 1500,
      visibility: 2000,
      stubbornness: 3000,
      threshold: 2800,
      source: S.segmentsDerived,
    },
    {
      id: 'midtier',
      name: 'Mid-tier & streaming performers',
      blurb: 'Series regulars and guest stars; streaming bonuses started paying only recently.',
      share: 2500,
      weights: { wageY1: 18, wageLater: 12, streaming: 18, ai: 24, health: 16, term: 7, aiReopener: 5 },
      savings: 6000,
      dailyEarnings: 45,
      halfLifeDays: 40,
      sigma: 120,
      turnout: 2600,
      visibility: 3000,
      stubbornness: 4000,
      threshold: 2500,
      source: S.segmentsDerived,
    },
    {
      id: 'stars',
      name: 'High earners',
      blurb: 'Few and influential; synthetic performers threaten them most.',
      share: 500,
      weights: { wageY1: 5, wageLater: 4, streaming: 14, ai: 46, health: 4, term: 12, aiReopener: 15 },
      savings: 350_000,
      dailyEarnings: 330,
      halfLifeDays: 60,
      sigma: 130,
      turnout: 4000,
      visibility: 5000,
      stubbornness: 6000,
      threshold: 2200,
      source: S.segmentsDerived,
    },
  ],
  factions: [
    {
      id: 'legacy',
      name: 'Legacy studios',
      blurb: 'Cutting costs after the slump; a strike would delay the recovery the tax credit promised.',
      share: 6000,
      dailyLossK: 6_000,
      toleranceK: 1_200_000,
      source: S.studioCosts,
    },
    {
      id: 'streamers',
      name: 'Streamers',
      blurb: 'Bigger and richer than in 2023; they want labour peace for five years.',
      share: 4000,
      dailyLossK: 3_000,
      toleranceK: 1_800_000,
      source: S.studioCosts,
    },
  ],
  studioModel: {
    pipelineDays: 60,
    dryGrowth: 4000,
    // A strike's losses are priced like the deal's own money: the studios' schedule gives 20
    // points for 7.5% on year-1 minimums, about $4.5M a deci-point over a 4-year contract. At
    // $7M, a studio committee that conceded one level every sixth offer and let the union's
    // strike crumble beat sensible play on hard (71.8 against 71.4 over 30 seeds); now 64.7
    // against 69.3.
    kPerDeciPoint: 4_500,
    horizonDay: day('2026-06-30'),
    anticipatedStrikeDays: 100,
    sharePerMillion: 0.6,
    source: S.studioCosts,
  },
  unionModel: { authorizationBase: 8200, horizonDay: day('2026-06-30') + 30, kPerDeciPoint: 3_500 },
  publicOpinion: { union: 6700, neutral: 900, studio: 2400, source: S.gallup },
  membership: { count: 160_000, source: { text: 'SAG-AFTRA has 160,000+ members (facts §9)', kind: 'secondary' } },
  ratificationDays: 30,
  authorizedAtStart: null,
  events,
  history: {
    deal: [12, 6, 0, 4, 4, 1, 0],
    strikeDays: 0,
    ratification: { yes: 9142, turnout: 1930 },
    board: null,
    lines: [
      { text: 'No strike. Talks paused from March 15 to April 27 while the studios bargained with the writers.', source: S.pause },
      { text: 'Tentative agreement on May 2, 2026: a 4-year contract, July 1, 2026 – June 30, 2030.', source: S.tentative },
      { text: 'Minimums up 3% a year, compounded.', source: S.deal },
      { text: 'The two pension plans merge by 2028, with higher employer contributions (reported as +1 point).', source: S.deal },
      { text: 'AI: synthetics only where they bring "significant additional value"; a business reason for scans; residuals for independently created replicas.', source: S.ai },
      { text: 'Ratified with 91.42% yes at 19.3% turnout.', source: S.ratify },
      { text: 'The writers settled first: four years, $321M for their health fund, and a streaming bonus raised from 50% to 75%.', source: S.wga },
    ],
    steps: { union: unionSteps, studio: studioSteps },
  },
};
