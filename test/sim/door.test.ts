import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * src/sim/index.ts is the engine's one public door. Everything outside src/sim (the app, the
 * page, the canvas, the CLI, the live server, the browser tests) imports the engine through it
 * and nothing deeper, so the engine can change inside without breaking them, and nothing
 * outside can reach a hidden value the player's view does not carry.
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SIM = join(root, 'src/sim');
const OUTSIDE = ['src/app', 'src/ui', 'src/render', 'src/cli', 'src/server', 'src/main.ts', 'test/e2e'];

function files(path: string): string[] {
  const abs = join(root, path);
  let st;
  try {
    st = statSync(abs);
  } catch {
    return [];
  }
  if (st.isFile()) return /\.(ts|mts|js|mjs)$/.test(abs) ? [abs] : [];
  return readdirSync(abs).flatMap((name) => files(relative(root, join(abs, name))));
}

/** Every module specifier a file imports or re-exports (static, dynamic and type-only). */
export function specifiers(text: string): string[] {
  const out: string[] = [];
  const re = /(?:\bimport\s*(?:type\s+)?(?:[\w*{}\s,]+\s+from\s+)?|\bexport\s+(?:type\s+)?[\w*{}\s,]+\s+from\s+|\bimport\s*\()\s*['"]([^'"]+)['"]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m[1]!);
  return out;
}

/** Where a relative import from `file` lands inside src/sim, other than the door (null if fine). */
export function deeperThanDoor(file: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const target = resolve(dirname(file), spec);
  if (target !== SIM && !target.startsWith(`${SIM}/`)) return null;
  const inside = relative(SIM, target);
  return inside === '' || inside === 'index' || inside === 'index.ts' ? null : inside;
}

describe('the engine\u2019s one public door', () => {
  it('finds the imports it must check (the scan works)', () => {
    expect(specifiers(`import { a } from '../sim/reducer';\nimport type { B } from "../../sim/types";\nexport { c } from '../sim/space';\nconst m = await import('../sim/ai/bots');`)).toEqual([
      '../sim/reducer',
      '../../sim/types',
      '../sim/space',
      '../sim/ai/bots',
    ]);
    const inUi = join(root, 'src/ui/screens/x.ts');
    expect(deeperThanDoor(inUi, '../../sim/types')).toBe('types');
    expect(deeperThanDoor(inUi, '../../sim')).toBeNull();
    expect(deeperThanDoor(inUi, '../../sim/index')).toBeNull();
    expect(deeperThanDoor(inUi, '../dom')).toBeNull();
    expect(deeperThanDoor(join(root, 'src/main.ts'), './sim/view')).toBe('view');
  });

  it('nothing outside src/sim imports a deeper engine module', () => {
    const all = OUTSIDE.flatMap(files);
    expect(all.length).toBeGreaterThan(40);
    const offenders: string[] = [];
    for (const f of all) {
      for (const spec of specifiers(readFileSync(f, 'utf8'))) {
        const deep = deeperThanDoor(f, spec);
        if (deep) offenders.push(`${relative(root, f)} imports src/sim/${deep}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
