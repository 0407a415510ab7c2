import { insertMsByPartitionRows } from '../azurite-cost';
import { figure, TARGETS } from '../bench-targets';
import { pacedStorm } from '../paced-storm';
import type { Phase } from '../phase';
import { measureReminderSweep, storeSweep } from '../reminder-sweep';
import { runSimulatedWeek } from '../simulated-week/run-week';
import { measureThreadCost, storeThread, threadCostFigure } from '../thread-cost';

/**
 * The reminder sweep with 100,000 stored and 1 % due, against its I/O floor. Its three runs share one store, each
 * sweeping its own due reminders (bench/reminder-sweep.ts).
 */
export const sweep: Phase = {
  name: 'sweep',
  about: 'reminder sweep, 100,000 stored, 1,000 due, against its I/O floor',
  timed: true,
  storesOnce: true,
  async run({ azurite, connector, prefix, run, stored }) {
    const store = await stored(() => storeSweep(azurite.connectionString, prefix, connector));
    const result = await measureReminderSweep(azurite.connectionString, store, run, connector);
    return {
      figures: [
        figure(
          'reminder sweep, 100,000 stored, 1,000 due ÷ I/O floor',
          result.ratio ?? NaN,
          '',
          TARGETS.sweepRatio,
          `${result.ms} / ${result.ioFloorMs} ms; ${result.sent} messages to Teams, the floor's ${result.floorSent}`,
        ),
      ],
      raw: { reminderSweep: result },
    };
  },
};

/** A conversation's figures kept per reply, in a thread of 20 replies and in one of 20,000. */
export const thread: Phase = {
  name: 'thread',
  about: "a conversation's bookkeeping per reply, in a thread of 20 and of 20,000",
  timed: true,
  storesOnce: true,
  async run({ azurite, prefix, stored }) {
    // The long thread is stored once; each run stores its short one and adds 40 replies to each.
    const long = await stored(() => storeThread(azurite.connectionString, `${prefix}T`, 20_000, '200'));
    const result = await measureThreadCost(azurite, long);
    return { figures: [threadCostFigure(result)], raw: { threadCost: result } };
  },
};

/** A storm into one channel with Teams' limits on: every card delivered, never more than Teams allows. */
export const storm: Phase = {
  name: 'storm',
  about: "120 cards into one channel with Teams' limits on; Azurite's own insert cost",
  timed: false,
  async run({ azurite, prefix }) {
    const result = await pacedStorm(azurite.connectionString, `${prefix}P`);
    return {
      figures: [
        figure(
          'cards in one channel in 1 s, Teams pacing on',
          result.mostIn1s,
          '',
          TARGETS.teamsPer1s,
          `${result.posted} of ${result.cards} in ${result.allPostedAfterMs} ms`,
        ),
        figure('cards in one channel in 30 s', result.mostIn30s, '', TARGETS.teamsPer30s),
      ],
      raw: {
        pacedStorm: result,
        // What one comment's insert costs Azurite as its partition fills: the emulator's part of the figures.
        azuriteInsertMsByPartitionRows: await insertMsByPartitionRows(
          azurite.connectionString,
          `${prefix}Cost`,
          [0, 5_000, 20_000],
        ),
      },
    };
  },
};

/** The simulated week (`npm run soak` alone): every comment one card, promises kept as recorded, flat memory. */
export const week: Phase = {
  name: 'week',
  about: 'the simulated week: its record, and memory day 7 against day 1',
  timed: false,
  async run() {
    const result = await runSimulatedWeek();
    return {
      figures: [
        figure(
          'simulated week: checks against its record failed',
          result.passed ? 0 : 1,
          '',
          0,
          `${result.comments} comments`,
          '=',
        ),
        // One click each (the card's suggestion), fewer where a storm's card closes many at once.
        figure(
          'simulated week: clicks per handled comment that needs no answer',
          result.clicks.noAnswer.perHandled.after,
          '',
          1,
          `${result.clicks.noAnswer.handled} comments, ${result.clicks.noAnswer.withoutSuggestion} without a ` +
            `suggestion; through the card's menu ${result.clicks.noAnswer.perHandled.before}; over all ` +
            `${result.clicks.handled} handled ${result.clicks.perHandled.after} against ${result.clicks.perHandled.before}`,
        ),
        figure(
          'simulated week: comments that need no answer whose card offered no one-click close',
          result.clicks.noAnswer.withoutSuggestion,
          '',
          0,
          `of ${result.clicks.noAnswer.handled}`,
          '=',
        ),
        figure(
          'simulated week: RSS day 7 − day 1',
          result.rssGrowthMb,
          'MB',
          TARGETS.weekRssGrowthMb,
          result.rssMbByDay.join(' / '),
        ),
      ],
      raw: { simulatedWeek: result },
    };
  },
};
