// Tit-for-tat: concede from the opening toward the walk-away as time presses, never slower than
// the other side has conceded to us, and take a good enough offer. Plays either side.
// Run: npm run sim -- --scenario 2023 --side union --player examples/tit-for-tat.mjs --json
const points = (view, pkg) => pkg.reduce((sum, level, i) => sum + view.issues[i].levels[level].points, 0);
const can = (view, type) => view.legal.some((a) => a.type === type);

export function decide(view) {
  const side = view.side;
  if (view.phase === 'ratification') return { type: 'countVotes', side };
  // The union's strike machinery: a vote to authorize before expiry, a strike if talks go past it.
  if (can(view, 'authorize') && view.day >= view.expiryDay - 14) return { type: 'authorize', side };
  if (can(view, 'strike') && view.phase === 'holdout') return { type: 'strike', side };
  // How far the other side has come toward us: the share of the first gap it has closed.
  const theirs = view.offers.filter((o) => o.by !== side);
  const best = (o) => Math.max(...o.packages.map((p) => points(view, p)));
  const first = theirs.length ? best(theirs[0]) : view.points.theirOpening;
  const latest = theirs.length ? best(theirs[theirs.length - 1]) : first;
  const mirrored = Math.max(0, (latest - first) / Math.max(1, view.points.opening - first));
  // Our concession: time's pressure or their concession, whichever is more; never below the walk-away.
  const f = Math.min(1, Math.max(view.pressure, mirrored));
  const want = Math.max(view.walkAway, view.points.opening - f * (view.points.opening - view.walkAway));
  // Take the offer on the table if it gives us what we would ask, or the walk-away once time presses.
  const offer = view.standing && view.standing.by !== side ? view.standing.packages.map((p) => points(view, p)) : [];
  const top = offer.length ? Math.max(...offer) : -Infinity;
  if (top >= want || (top >= view.walkAway && view.pressure >= 0.5)) return { type: 'accept', side, index: offer.indexOf(top) };
  // Ask for the package on the way from our opening to our floor that still gives us `want`.
  let pkg = view.opening;
  for (let g = 0; g <= 1.0001; g += 0.05) {
    const next = view.opening.map((a, i) => Math.round(a + (view.floor[i] - a) * g));
    if (points(view, next) < want) break;
    pkg = next;
  }
  return { type: 'propose', side, packages: [pkg] };
}
