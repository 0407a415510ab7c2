import { figure, type Figure } from './bench-targets';

/** A figure over several runs of its phase: the median judged against the target, with the range beside it. */
export interface RunFigure extends Figure {
  readonly runs: number;
  readonly min: number;
  readonly max: number;
  /** Runs that gave no value for it (a phase that failed part-way): the figure is not met. */
  readonly missing?: number;
}

function median(sorted: readonly number[]): number {
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? NaN)
    : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * The figures of a phase's runs, measure by measure: the median of the runs' values, judged before it is rounded
 * for the table, with its range and the detail of the run nearest the median. An `=` figure (nothing lost, a limit
 * never passed) must hold in every run, not only in the middle one; a run without the figure makes it not met.
 */
export function aggregate(runs: readonly (readonly Figure[])[]): RunFigure[] {
  const measures = [...new Set(runs.flatMap((figures) => figures.map((f) => f.measure)))];
  return measures.map((measure) => {
    const found = runs.map((figures) => figures.find((f) => f.measure === measure));
    const given = found.filter((f): f is Figure => f !== undefined && Number.isFinite(f.value));
    const values = given.map((f) => f.value).sort((a, b) => a - b);
    const first = found.find((f) => f !== undefined) as Figure;
    const middle = median(values);
    const nearest = [...given].sort((a, b) => Math.abs(a.value - middle) - Math.abs(b.value - middle))[0];
    const judged = figure(measure, middle, first.unit, first.target, nearest?.detail, first.comparison);
    const missing = runs.length - given.length;
    const everyRun = first.comparison !== '=' || given.every((f) => f.met);
    return {
      ...judged,
      value: values.length > 0 ? round(middle) : NaN,
      met: judged.met && everyRun && missing === 0,
      runs: runs.length,
      min: values.length > 0 ? round(values[0] ?? NaN) : NaN,
      max: values.length > 0 ? round(values.at(-1) ?? NaN) : NaN,
      ...(missing > 0 ? { missing } : {}),
    };
  });
}
