import { figure, TARGETS } from '../bench-targets';
import type { Phase } from '../phase';
import { measureReminderLateness } from '../reminder-lateness';

/** How late reminders reach Teams after their due time, with 10,000 open comments and Teams' limits on. */
export const lateness: Phase = {
  name: 'lateness',
  about: "reminders' lateness after their due time, 10,000 open comments, Teams' limits on",
  timed: true,
  async run({ azurite, connector, prefix }) {
    const result = await measureReminderLateness(azurite.connectionString, prefix, connector);
    return {
      figures: [
        figure(
          'reminder sent after its due time p95, 10,000 open, Teams pacing on',
          result.p95Ms,
          'ms',
          TARGETS.reminderLatenessP95Ms,
          `median ${result.p50Ms} ms, the latest ${result.latestMs} ms; ${result.due} due over 30 s, a sweep every 30 s`,
        ),
        figure('reminders due that never reached Teams', result.missing, '', 0, undefined, '='),
      ],
      raw: { reminderLateness: result },
    };
  },
};
