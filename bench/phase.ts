import type { RunningAzurite } from '../bot/local/azurite';
import type { FakeBotConnector } from '../test/fakes/bot-connector';
import type { Figure } from './bench-targets';

/** What a phase runs against: Azurite in memory and the Bot Connector stand-in, and a table prefix of its own. */
export interface PhaseContext {
  readonly azurite: RunningAzurite;
  readonly connector: FakeBotConnector;
  readonly prefix: string;
  /** Which of the phase's runs this is, from 0. */
  readonly run: number;
  /**
   * What the phase stored for its runs, made by `store` on its first run and the same for the runs after it, where
   * the phase `storesOnce` (otherwise each run has an Azurite, and so a store, of its own).
   */
  stored<T>(store: () => Promise<T>): Promise<T>;
}

/** A phase's figures (each judged against its target) and what they were made of. */
export interface PhaseResult {
  readonly figures: readonly Figure[];
  readonly raw: Readonly<Record<string, unknown>>;
}

/** One phase of `npm run bench`, runnable alone: `npm run bench -- <name>`. */
export interface Phase {
  readonly name: string;
  /** What it measures, for `npm run bench -- --list` and the results file. */
  readonly about: string;
  /** Whether its figures are timings that differ run to run (then it runs three times, and the median counts). */
  readonly timed: boolean;
  /**
   * Whether its runs share one Azurite, and what the phase stores to measure against is stored once, before its
   * first run: for phases whose runs only read that, or add a little to it. Their ranges are then the measurement's
   * own spread, not also Azurite's from one instance to the next.
   */
  readonly storesOnce?: boolean;
  run(context: PhaseContext): Promise<PhaseResult>;
}
