import type { StoredReminder } from '../../ports';
import type { StoredComment } from '../../domain/comment';

/*
 * The seams between the ingester and the use cases it hands on to: what they offer it, so it is tested with them
 * faked. Not ports: everything that implements them is in services/app.
 */

/** Schedules a comment's reminders (idempotent), and re-plans them after it changed. */
export interface ReminderScheduling {
  /** The deadline reminders a newly stored comment needs: stored with it, in the same write. */
  planFor(comment: StoredComment): readonly StoredReminder[];
}

/** Whom to tell that the city's account answered a comment on the platform itself: its holder, if anyone. */
export interface AnswerNotices {
  answeredOnPlatform(comment: StoredComment): Promise<void>;
}
