// Flags after the bench name: `npm run bench -- startup --runs 3` (or --runs=3).

export function intFlag(args: readonly string[], name: string, fallback: number): number {
  const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i === -1) return fallback;
  const raw = args[i]!.includes('=') ? args[i]!.split('=')[1] : args[i + 1];
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} needs a positive whole number, got ${raw ?? 'nothing'}`);
  return n;
}
