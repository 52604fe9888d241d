import { describe, expect, it } from 'vitest';
import { percentile, runLoad } from '../../src/cli/liveLoad';

/**
 * The bench's live load harness, small: a few pairs over two server processes sharing Redis.
 * This checks that the harness measures what it says (every round finished and verified, one
 * latency per move between the two people); the figures themselves belong to `npm run bench`.
 */
describe('the live load harness', () => {
  it('plays every pair to the end over two processes and times every move', async () => {
    const r = await runLoad({ pairs: 4, processes: 2 });
    expect(r.roundsFinished).toBe(4);
    expect(r.roundsVerified).toBe(4);
    expect(r.moves).toBeGreaterThan(4 * 10);
    // Every move of every round was timed from its sending to the other seat's new view.
    expect(r.latencies).toHaveLength(r.moves);
    expect(percentile(r.latencies, 95)).toBeGreaterThanOrEqual(percentile(r.latencies, 50));
    expect(r.latencies.every((ms) => ms >= 0 && Number.isFinite(ms))).toBe(true);
    if (process.platform === 'linux') {
      expect(r.serverCpuMs).toBeGreaterThan(0);
      expect(r.serverPeakRssMb).toBeGreaterThan(10);
    }
  });
});
