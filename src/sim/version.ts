/**
 * The engine's behaviour version. Bump it whenever the same seed and actions stop giving the
 * same round (the golden replays in test/sim/golden.test.ts will show it): result codes and
 * saves carry it, so a code made with another version is refused with that reason rather than
 * a puzzling mismatch. The golden fixture generator refuses to write new hashes without a bump.
 */
export const ENGINE_VERSION = 30;
