// Minimal argument parsing shared by the ingest and extract commands.
export interface Args {
  paths: string[];
  flags: Set<string>;
  values: Map<string, string[]>;
}

export function parseArgs(argv: string[], valued: string[] = []): Args {
  const args: Args = { paths: [], flags: new Set(), values: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('--')) {
      const name = a.slice(2);
      if (valued.includes(name)) {
        const v = argv[++i];
        if (v === undefined) throw new Error(`--${name} needs a value`);
        args.values.set(name, [...(args.values.get(name) ?? []), v]);
      } else args.flags.add(name);
    } else args.paths.push(a);
  }
  return args;
}
