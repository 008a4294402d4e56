// What every benchmark returns to bench/run.ts, which prints it and stores it as JSON.

export interface Reference {
  /** What was measured as the yardstick, e.g. "bare Fastify hello world". */
  label: string;
  value: number;
}

export interface BenchRow {
  /** The situation measured, e.g. "PGlite · first start"; rows of one group print together. */
  group: string;
  metric: string;
  unit: 'ms' | 'MB' | 'rows/s' | 'count';
  /** null when the figure could not be measured in this run (the reason goes into notes). */
  ours: number | null;
  /** A figure measured in the same run on the same machine, so the ratio means something. */
  reference: Reference | null;
}

export interface BenchResult {
  rows: BenchRow[];
  /** Anything a reader needs to interpret the figures: skipped parts, parameters, caveats. */
  notes: string[];
  /** Raw samples and parameters, kept in the JSON file only. */
  details: Record<string, unknown>;
}

export interface BenchModule {
  description: string;
  default: (args: string[]) => Promise<BenchResult>;
}
