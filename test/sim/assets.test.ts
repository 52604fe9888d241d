import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cueOf } from '../../src/ui/sound';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('the game\u2019s own art and sounds (assets/)', () => {
  it('the sound cues are exactly what assets/sounds/make-sounds.mjs makes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sounds-'));
    try {
      const run = spawnSync(process.execPath, [join(root, 'assets/sounds/make-sounds.mjs'), dir], { encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      const made = readdirSync(dir).sort();
      expect(made).toEqual(['deal.wav', 'offer.wav', 'strike.wav', 'vote.wav']);
      for (const f of made) {
        const kept = readFileSync(join(root, 'assets/sounds', f));
        expect(readFileSync(join(dir, f)).equals(kept), f).toBe(true);
        // A short mono 16-bit WAV: under a second.
        expect(kept.toString('ascii', 0, 4)).toBe('RIFF');
        expect(kept.readUInt32LE(40) / (2 * kept.readUInt32LE(24))).toBeLessThan(1.01);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the art is plain SVG with no script, no link out and no embedded picture', () => {
    const dir = join(root, 'assets/art');
    const files = readdirSync(dir).filter((f) => f.endsWith('.svg'));
    expect(files).toEqual(expect.arrayContaining(['union-committee.svg', 'studio-committee.svg', 'table.svg']));
    for (const f of files) {
      const svg = readFileSync(join(dir, f), 'utf8');
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'), f).toBe(true);
      expect(svg, f).not.toMatch(/<script|<image|<foreignObject|xlink:href="http|href="http|url\(http|data:/i);
      expect(svg, f).toContain('original');
    }
  });

  it('one cue for what matters most, never for a side\u2019s own offer', () => {
    expect(cueOf({ day: 1, kind: 'offer', side: 'studio' }, 'union')).toBe('offer');
    expect(cueOf({ day: 1, kind: 'offer', side: 'union' }, 'union')).toBeNull();
    expect(cueOf({ day: 1, kind: 'accept', side: 'union' }, 'union')).toBe('deal');
    expect(cueOf({ day: 1, kind: 'phase', ref: 'strike' }, 'studio')).toBe('strike');
    expect(cueOf({ day: 1, kind: 'vote', ref: 'board' }, 'union')).toBe('vote');
    expect(cueOf({ day: 1, kind: 'line', side: 'studio' }, 'union')).toBeNull();
  });
});
