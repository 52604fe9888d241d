// Strike Clock's sound cues, made here from plain arithmetic (no samples, no recordings):
// `node assets/sounds/make-sounds.mjs [folder]` writes the four .wav files beside this script
// (or into the folder given; a test compares the two).
// 22,050 samples a second, 16-bit mono, each well under a second. The noise is a fixed
// linear-congruential sequence, so the files come out the same every time.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const RATE = 22050;
const here = process.argv[2] ?? dirname(fileURLToPath(import.meta.url));

/** A mono 16-bit PCM WAV file from samples in −1..1. */
function wav(samples) {
  const data = Buffer.alloc(samples.length * 2);
  samples.forEach((s, i) => data.writeInt16LE(Math.round(Math.max(-1, Math.min(1, s)) * 32767), i * 2));
  const head = Buffer.alloc(44);
  head.write('RIFF', 0);
  head.writeUInt32LE(36 + data.length, 4);
  head.write('WAVEfmt ', 8);
  head.writeUInt32LE(16, 16);
  head.writeUInt16LE(1, 20); // PCM
  head.writeUInt16LE(1, 22); // mono
  head.writeUInt32LE(RATE, 24);
  head.writeUInt32LE(RATE * 2, 28);
  head.writeUInt16LE(2, 32);
  head.writeUInt16LE(16, 34);
  head.write('data', 36);
  head.writeUInt32LE(data.length, 40);
  return Buffer.concat([head, data]);
}

const seconds = (s) => new Float64Array(Math.round(s * RATE));
/** A soft tone: a sine with two quiet overtones, a 10 ms attack and an exponential fade. */
function tone(out, start, freq, length, gain, decay = 6) {
  const from = Math.round(start * RATE);
  const n = Math.round(length * RATE);
  for (let i = 0; i < n && from + i < out.length; i++) {
    const t = i / RATE;
    const env = Math.min(1, t / 0.01) * Math.exp(-decay * t);
    const w = 2 * Math.PI * freq * t;
    out[from + i] += gain * env * (Math.sin(w) + 0.25 * Math.sin(2 * w) + 0.08 * Math.sin(3 * w));
  }
}
let seed = 12345;
const noise = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 1073741824) - 1;
/** The peak brought to `peak`, so every cue is about as loud as the others. */
function normalise(out, peak = 0.6) {
  let m = 0;
  for (const v of out) m = Math.max(m, Math.abs(v));
  return Array.from(out, (v) => (v / (m || 1)) * peak);
}

// An offer arrives: two soft notes, rising (E5, A5).
const offer = seconds(0.45);
tone(offer, 0, 659.25, 0.45, 0.5, 7);
tone(offer, 0.12, 880, 0.33, 0.5, 8);

// A deal: a bright rising arpeggio (C5 E5 G5 C6).
const deal = seconds(1.0);
[523.25, 659.25, 783.99, 1046.5].forEach((f, k) => tone(deal, k * 0.09, f, 1.0 - k * 0.09, 0.45, 4));

// A strike: a low drum, its pitch falling from 110 to 45 Hz, with a short burst of noise.
const strike = seconds(0.6);
for (let i = 0; i < strike.length; i++) {
  const t = i / RATE;
  const f = 45 + 65 * Math.exp(-8 * t);
  strike[i] = Math.exp(-6 * t) * Math.sin(2 * Math.PI * f * t * (1 - t / 2)) + 0.35 * Math.exp(-40 * t) * noise();
}

// A vote counted: two knocks of a gavel (filtered noise over a wooden 180 Hz tone).
const vote = seconds(0.5);
for (const at of [0, 0.18]) {
  const from = Math.round(at * RATE);
  let lp = 0;
  for (let i = 0; i < 0.12 * RATE; i++) {
    const t = i / RATE;
    lp = lp * 0.7 + noise() * 0.3;
    vote[from + i] += Math.exp(-45 * t) * (0.8 * lp + 0.6 * Math.sin(2 * Math.PI * 180 * t));
  }
}

for (const [name, s] of [['offer', offer], ['deal', deal], ['strike', strike], ['vote', vote]]) writeFileSync(join(here, `${name}.wav`), wav(normalise(s)));
