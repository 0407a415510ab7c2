/** One figure of the benchmark, judged against its target in the same run. */
export interface Figure {
  readonly measure: string;
  readonly value: number;
  readonly unit: string;
  /** `≤ target` (or `= target`) is met. */
  readonly target: number;
  readonly comparison: '≤' | '=';
  readonly met: boolean;
  /** What the value is made of, for the table. */
  readonly detail?: string;
}

export function figure(
  measure: string,
  value: number,
  unit: string,
  target: number,
  detail?: string,
  comparison: '≤' | '=' = '≤',
): Figure {
  const met = Number.isFinite(value) && (comparison === '=' ? value === target : value <= target);
  return { measure, value, unit, target, comparison, met, ...(detail ? { detail } : {}) };
}

/** The targets of the capacity work, each measured by a phase of `npm run bench`. */
export const TARGETS = {
  /** 300 at once stored and posted against the bare loop of their I/O, one comment at a time: only batching beats it. */
  burstRatio: 1.0,
  burstAckP99Ms: 250,
  ackP99At100Ms: 50,
  acceptedAckP99At200Ms: 100,
  lostAt200: 0,
  peakRssMb: 200,
  sweepRatio: 1.2,
  claimP99Ms: 50,
  teamsPer1s: 7,
  teamsPer30s: 60,
  weekRssGrowthMb: 20,
  threadCostRatio: 1.25,
  overviewP95Ms: 300,
  visibleCardP95Ms: 2000,
  reminderLatenessP95Ms: 60_000,
  /** 100 cards into one storm thread at Teams' 60 in 30 s take at least 50 s: what pacing allows, with room. */
  stormLastCardMs: 60_000,
  overviewGrowthPercent: 20,
  /** The CSV export and the archive package: what they read streams through, it is not held. */
  exportGrowthMb: 50,
} as const;

/** The table `npm run bench` prints: each figure, its target and whether it was met. */
export function figureTable(figures: readonly Figure[]): string {
  const rows = figures.map(
    (f) =>
      `| ${f.measure} | ${f.value} ${f.unit}${f.detail ? ` (${f.detail})` : ''} | ${f.comparison} ${f.target} ${f.unit} | ${f.met ? 'met' : '**missed**'} |`,
  );
  return ['| measure | result | target | |', '|---|---|---|---|', ...rows].join('\n');
}
