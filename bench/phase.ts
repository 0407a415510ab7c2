import type { RunningAzurite } from '../bot/local/azurite';
import type { FakeBotConnector } from '../test/fakes/bot-connector';
import type { Figure } from './bench-targets';

/** What a phase runs against: Azurite in memory and the Bot Connector stand-in, and a table prefix of its own. */
export interface PhaseContext {
  readonly azurite: RunningAzurite;
  readonly connector: FakeBotConnector;
  readonly prefix: string;
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
  run(context: PhaseContext): Promise<PhaseResult>;
}
