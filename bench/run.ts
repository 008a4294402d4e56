// `npm run bench -- NAME [flags]`: runs bench/NAME.ts, prints ours beside the reference measured in the
// same run, and keeps the full result as bench/results/NAME-<timestamp>.json. Without a name, lists benches.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { renderTable } from './lib/table.ts';
import type { BenchModule } from './lib/types.ts';

const BENCH_DIR = import.meta.dirname;
const RESULTS_DIR = path.join(BENCH_DIR, 'results');

function benchNames(): string[] {
  return fs.readdirSync(BENCH_DIR)
    .filter((f) => f.endsWith('.ts') && f !== 'run.ts' && !f.endsWith('.test.ts'))
    .map((f) => f.slice(0, -3))
    .sort();
}

async function load(name: string): Promise<BenchModule> {
  return (await import(pathToFileURL(path.join(BENCH_DIR, `${name}.ts`)).href)) as BenchModule;
}

function gitCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: BENCH_DIR, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const names = benchNames();
  if (name === undefined || name === '--help') {
    process.stdout.write('Usage: npm run bench -- NAME [flags]\n\nBenchmarks:\n');
    for (const n of names) process.stdout.write(`  ${n.padEnd(16)} ${(await load(n)).description}\n`);
    return 0;
  }
  if (!names.includes(name)) {
    process.stderr.write(`No benchmark named "${name}". Available: ${names.join(', ')}\n`);
    return 2;
  }

  const startedAt = new Date();
  const result = await (await load(name)).default(args);
  process.stdout.write(`\n${name} — ${startedAt.toISOString()}\n\n${renderTable(result)}\n`);

  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${name}-${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  const record = {
    bench: name,
    args,
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    commit: gitCommit(),
    machine: { node: process.versions.node, platform: `${os.platform()} ${os.release()}`, cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? null, memoryMb: Math.round(os.totalmem() / 2 ** 20) },
    ...result,
  };
  fs.writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
  process.stdout.write(`\nSaved ${path.relative(process.cwd(), file)}\n`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
