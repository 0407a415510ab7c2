import { figure, type Figure } from './bench-targets';

/** A figure over several runs of its phase: the median judged against the target, with the range beside it. */
export interface RunFigure extends Figure {
  readonly runs: number;
  readonly min: number;
  readonly max: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? NaN)
    : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

/**
 * The figures of a phase's runs, measure by measure: the median of the values (a measure missing from a run counts
 * as not met), its range, and the detail of the run whose value is the median's nearest.
 */
export function aggregate(runs: readonly (readonly Figure[])[]): RunFigure[] {
  const measures = [...new Set(runs.flatMap((figures) => figures.map((f) => f.measure)))];
  return measures.map((measure) => {
    const found = runs.map((figures) => figures.find((f) => f.measure === measure));
    const values = found.map((f) => f?.value ?? NaN);
    const first = found.find((f) => f !== undefined) as Figure;
    const value = Math.round(median(values) * 10) / 10;
    const nearest = found
      .filter((f): f is Figure => f !== undefined)
      .sort((a, b) => Math.abs(a.value - value) - Math.abs(b.value - value))[0];
    const judged = figure(measure, value, first.unit, first.target, nearest?.detail, first.comparison);
    return {
      ...judged,
      met: judged.met && values.every(Number.isFinite),
      runs: runs.length,
      min: Math.min(...values),
      max: Math.max(...values),
    };
  });
}
