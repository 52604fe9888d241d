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

/**
 * The start every command of ours shares: parse, answer --help with the usage (exit 0), and turn
 * a usage error into its message and the usage on stderr (exit 2). Returns the parsed arguments,
 * or the exit code to return at once.
 */
export function parseCommand(argv: string[], valued: string[], flags: string[], usage: string): Parsed | number {
  let args: Parsed;
  try {
    args = parseArgs(argv, valued, [...flags, 'help']);
  } catch (e) {
    if (e instanceof UsageError) return usageFailure(e.message, usage);
    throw e;
  }
  if (args.flags.has('help')) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  return args;
}

/** A usage problem: its message, then the usage, on stderr; exit code 2. */
export function usageFailure(message: string, usage: string): number {
  process.stderr.write(`${message}\n\n${usage}\n`);
  return 2;
}

/** What is wrong with a --server address (the one npm run serve printed), or null. */
export function serverAddressProblem(server: string | undefined): string | null {
  if (!server) return '--server is required: the address npm run serve printed, like http://127.0.0.1:8080/.';
  try {
    const u = new URL(server);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return `--server must be an http:// or https:// address, not "${server}".`;
  } catch {
    return `--server must be an address like http://127.0.0.1:8080/, not "${server}".`;
  }
  return null;
}
