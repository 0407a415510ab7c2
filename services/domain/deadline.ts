import { DateTime } from 'luxon';

export const ZONE = 'Europe/Stockholm';

export interface DeadlinePolicy {
  /** Hours from the moment the comment was written. */
  readonly answerWithinHours: number;
}

export const DEFAULT_DEADLINE_POLICY: DeadlinePolicy = { answerWithinHours: 24 };

/** P3: an answer within 24 hours of when the comment was written on the platform. */
export function computeDeadline(
  writtenAt: DateTime,
  policy: DeadlinePolicy = DEFAULT_DEADLINE_POLICY,
): DateTime {
  return writtenAt.setZone(ZONE).plus({ hours: policy.answerWithinHours });
}
