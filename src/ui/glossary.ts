import type { Source } from '../sim';
import { h } from './dom';
import { sourceNote } from './screens/sources';

/** Every term the game uses, in plain words, with where it comes from. */
export interface Term {
  term: string;
  meaning: string;
  source?: Source;
}

const R: Source = { text: 'research/models.md', kind: 'derived' };

export const GLOSSARY: Term[] = [
  { term: 'SAG-AFTRA', meaning: 'The actors\u2019 union (about 160,000 members) that bargains the TV/theatrical contract. The game\u2019s union is modelled on it.', source: { text: 'SAG-AFTRA membership ~160,000 (facts §6)', kind: 'secondary' } },
  { term: 'AMPTP', meaning: 'The Alliance of Motion Picture and Television Producers: it bargains for 350+ producers, including the big studios and streamers. The game\u2019s studios are modelled on it.', source: { text: 'AMPTP: 350+ producers, ~80 agreements (Wikipedia; Bleeding Cool)', url: 'https://en.wikipedia.org/wiki/Alliance_of_Motion_Picture_and_Television_Producers', kind: 'secondary' } },
  { term: 'Minimums', meaning: 'The lowest pay rates the contract allows (day and weekly rates). A "7% increase" raises every minimum by 7%.', source: { text: 'SAG-AFTRA 2023 minimums 7% / 4% / 3.5% (Engadget)', url: 'https://www.engadget.com/sag-aftra-deal-includes-a-40-million-streaming-bonus-and-ai-protections-204526458.html', kind: 'secondary' } },
  { term: 'Residuals', meaning: 'Payments to performers when a show or film is reused (reruns, streaming, sales abroad), on top of the original pay.' },
  { term: 'Streaming success bonus', meaning: 'A payment when a made-for-streaming title is watched by a set share of a service\u2019s subscribers in its first 90 days (in 2023: 20%, 100% of the residual, ~$40M a year).', source: { text: 'Variety via Yahoo; IndieWire', url: 'https://malaysia.news.yahoo.com/sag-aftra-secures-40-million-183833250.html', kind: 'secondary' } },
  { term: 'Revenue share', meaning: 'A percentage of streaming revenue paid to performers. The union asked 2%, then 1% (~$500M a year by its estimate; $800M+ by the studios\u2019).', source: { text: 'NextTV; AMPTP statement, Oct 11, 2023', url: 'https://www.nexttv.com/news/sag-aftra-cuts-demand-on-revenue-sharing-plan', kind: 'secondary' } },
  { term: 'Digital replica', meaning: 'A digital copy of a real performer\u2019s face, body or voice. The 2023 contract requires informed consent and pay for making and using one.', source: { text: 'ClutchPoints on the 2023 AI terms', url: 'https://clutchpoints.com/sag-aftra-releases-preliminary-ai-rules-after-1-billion-deal', kind: 'secondary' } },
  { term: 'Synthetic performer', meaning: 'An AI-made "actor" that is not a recognisable real person. Using one requires notice to the union and bargaining (2023); in 2026, only where it brings "significant additional value".', source: { text: 'SAG-AFTRA on Tilly Norwood (VideoAge); 2026 terms (provisional)', url: 'https://www.videoageinternational.net/2025/09/30/news/sag-aftra-rejects-ai-generated-performer/', kind: 'secondary' } },
  { term: 'Pension & health (P&H)', meaning: 'The plans funded by employer contributions on covered earnings. Caps limit contributions on high pay; members must earn about $26,000 a year to qualify for health coverage.', source: { text: 'LAist; sagaftraplans.org', url: 'https://laist.com/news/arts-and-entertainment/actors-union-extends-health-insurance-for-some-members', kind: 'secondary' } },
  { term: 'AI reopener', meaning: 'A clause that lets the AI terms be renegotiated before a long contract ends, as the technology changes.' },
  { term: 'Pattern bargaining', meaning: 'Using one union\u2019s deal as the template for the next. In 2023 the studios offered the actors the directors\u2019 and writers\u2019 5% / 4% / 3.5%.', source: { text: 'THR, Oct 2023 (facts §9)', kind: 'secondary' } },
  { term: 'Strike authorization', meaning: 'A members\u2019 vote that allows the leadership to call a strike once the contract expires. In 2023: 97.91% yes at 47.69% turnout.', source: { text: 'World Screen', url: 'https://worldscreen.com/sag-aftra-votes-authorize-strike/', kind: 'secondary' } },
  { term: 'Extension / holdout', meaning: 'Working under the old contract after it expires while talks go on: cheap for both sides, and little pressure on either.', source: { text: 'Cramton & Tracy (1992), research/models.md §1.3', kind: 'secondary' } },
  { term: 'Tentative agreement', meaning: 'A deal the two committees have signed, which still needs the union board\u2019s approval and the members\u2019 ratification vote.' },
  { term: 'Ratification', meaning: 'The members\u2019 vote on a tentative agreement. A majority yes makes it the contract; a no sends everyone back to the table.', source: { text: '2023: 78.33% yes at 38.15% turnout (World Screen)', url: 'https://worldscreen.com/sag-aftra-ratifies-contract-studios/', kind: 'secondary' } },
  { term: 'Last, best and final offer', meaning: 'An offer a side says it will not improve. Improving on it later costs that side credibility with its own people.' },
  { term: 'Federal mediator', meaning: 'A neutral from the Federal Mediation and Conciliation Service who hears both sides in confidence and suggests where a deal might lie.' },
  { term: 'Media blackout', meaning: 'An agreement by both sides to make no public statements while they talk (as in 2026).', source: { text: '2026 talks under a media blackout (facts §9)', kind: 'secondary' } },
  { term: 'BATNA', meaning: 'Best alternative to a negotiated agreement: what a side gets if there is no deal. In a strike it worsens every day for both sides.', source: { text: 'Fisher & Ury (1981), research/models.md §3.3', kind: 'secondary' } },
  { term: 'Walk-away point (reservation point)', meaning: 'The least a side will accept, set by its BATNA. Each side sees its own; the other\u2019s is revealed only at the debrief.', source: R },
  { term: 'ZOPA', meaning: 'Zone of possible agreement: the deals both sides prefer to walking away. It exists only if the two walk-away points overlap; a strike can open it.', source: R },
  { term: 'Pareto frontier', meaning: 'The deals that cannot be improved for one side without making the other worse off. A deal below it left value on the table.', source: R },
  { term: 'Nash bargaining point', meaning: 'The deal that maximises the product of both sides\u2019 gains over their walk-away points: one "fair split" benchmark.', source: { text: 'Nash (1950), research/models.md §3.2', kind: 'secondary' } },
  { term: 'Kalai–Smorodinsky point', meaning: 'The deal that gives each side the same share of the most it could hope to gain: another "fair split" benchmark.', source: { text: 'research/models.md §3.2', kind: 'secondary' } },
  { term: 'Logrolling', meaning: 'Trading issues: giving ground where it costs you little and the other side values it a lot, and taking ground the other way.' },
  { term: 'MESO', meaning: 'Multiple equivalent simultaneous offers: several packages worth the same to you, made at once. The other side\u2019s choice reveals its priorities.', source: R },
  { term: 'Boulware / Linear / Conceder', meaning: 'Concession styles over time: a Boulware negotiator holds firm until late, a Linear one gives ground evenly, a Conceder gives early.', source: { text: 'Faratin, Sierra & Jennings (1998); GENIUS agents (research/models.md §2.2)', kind: 'secondary' } },
  { term: 'Hicks paradox', meaning: 'If both sides could foresee a strike\u2019s outcome they would settle without it; strikes happen when they misjudge each other (Hicks, 1932).', source: { text: 'research/models.md §1.1', kind: 'secondary' } },
  { term: 'Ashenfelter–Johnson model', meaning: 'Members\u2019 expectations fall the longer a strike lasts; leaders can settle only once expectations meet what the employer will pay.', source: { text: 'Ashenfelter & Johnson (1969), research/models.md §1.2', kind: 'secondary' } },
  { term: 'Content pipeline', meaning: 'Finished shows and films still to be released. During a strike the studios live off it; once it runs dry, their losses grow fast.', source: { text: 'Derived (research/facts.md §8C)', kind: 'derived' } },
];

/** The glossary as a definition list, each term with its source. */
export function glossaryList(): HTMLElement {
  return h(
    'dl',
    { class: 'glossary' },
    GLOSSARY.map((t) => [h('dt', { id: `term-${t.term.toLowerCase().replace(/[^a-z0-9]+/g, '-')}` }, t.term), h('dd', {}, t.meaning, t.source ? sourceNote(t.source) : null)]),
  );
}

/** A collapsible glossary for any screen. */
export function glossaryDetails(): HTMLElement {
  return h('details', { class: 'glossary-box' }, h('summary', {}, 'Glossary: every term, with sources'), glossaryList());
}
