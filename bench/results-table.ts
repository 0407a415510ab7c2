import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { RunFigure } from './aggregate';

/** A phase's committed results, as `npm run bench -- <phase>` wrote them. */
export interface PhaseResults {
  readonly phase: string;
  readonly commit: string;
  readonly changed: boolean;
  readonly at: string;
  readonly machine: { readonly cpus: number; readonly cpu?: string; readonly node: string };
  readonly runs: number;
  readonly figures: readonly RunFigure[];
}

export const RESULTS_DIR = path.join('bench', 'results');
export const PERFORMANCE_DOC = 'docs/performance.md';
export const TABLE_START = '<!-- results-table: drawn from bench/results by `npm run docs:performance` -->';
export const TABLE_END = '<!-- end of results-table -->';

/** Every committed result, by phase name. */
export function committedResults(dir = RESULTS_DIR): PhaseResults[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as PhaseResults);
}

/** A figure as the table shows it; a run that gave none is said so (JSON keeps NaN as null). */
const number = (n: number | null) => (n === null || Number.isNaN(n) ? 'none' : n.toLocaleString('en'));

/** The figures table of docs/performance.md: every figure of every committed phase, and the run it came from. */
export function resultsTable(results: readonly PhaseResults[]): string {
  const rows = results.flatMap((r) =>
    r.figures.map((f) => {
      const range = f.runs > 1 ? `median of ${f.runs}: ${number(f.min)}–${number(f.max)}` : '';
      const made = [range, f.detail ?? ''].filter(Boolean).join('; ');
      const value = `${number(f.value)}${f.unit ? ` ${f.unit}` : ''}${made ? ` (${made})` : ''}`;
      const target = `${f.comparison} ${number(f.target)}${f.unit ? ` ${f.unit}` : ''}`;
      const source = `\`${r.phase}\`, ${r.commit.slice(0, 7)}${r.changed ? ' + changes' : ''}, ${r.at.slice(0, 10)}`;
      return `| ${f.measure} | ${value} | ${target} | ${f.met ? 'met' : '**missed**'} | ${source} |`;
    }),
  );
  return [
    '| measure | result | target | | phase, commit, day |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

/** The document with its results table replaced by the one drawn from the committed results. */
export function withResultsTable(doc: string, results: readonly PhaseResults[]): string {
  const start = doc.indexOf(TABLE_START);
  const end = doc.indexOf(TABLE_END);
  if (start < 0 || end < start)
    throw new Error(`${PERFORMANCE_DOC} has no ${TABLE_START} … ${TABLE_END} section`);
  return `${doc.slice(0, start + TABLE_START.length)}\n\n${resultsTable(results)}\n\n${doc.slice(end)}`;
}
