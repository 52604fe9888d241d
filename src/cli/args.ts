/** A small, strict argument parser: --name value, --flag. Unknown options are errors. */
export interface Parsed {
  values: Record<string, string>;
  flags: Set<string>;
}

export class UsageError extends Error {}

export function parseArgs(argv: string[], valued: string[], flags: string[]): Parsed {
  const values: Record<string, string> = {};
  const set = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) throw new UsageError(`Unexpected argument "${a}".`);
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
    if (valued.includes(name)) {
      const v = eq > 0 ? a.slice(eq + 1) : argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`--${name} needs a value.`);
      values[name] = v;
    } else if (flags.includes(name)) {
      set.add(name);
    } else {
      throw new UsageError(`Unknown option --${name}.`);
    }
  }
  return { values, flags: set };
}
