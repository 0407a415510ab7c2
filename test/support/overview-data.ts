import assert from 'node:assert/strict';
import { eventually } from './eventually';
import { ALEX } from './teams-activities';
import type { TestClock } from './test-clock';
import { fixtureBytes, type TestApp } from './test-app';

/** The comment the overview tests answer, and the reply they send. */
export const ANSWERED_KEY = { commentKey: 'facebook:122187654321098765_1184736291045827' };
export const ANSWER = 'Hej Anna! Vi flyttar hämtningen.';

/**
 * Three comments on two accounts (one on Tuesday 10 November 08:42, two on Wednesday 07:58, Swedish time); Alex
 * claims and answers the first at `answeredAt`. What the overview tab shows in its tests.
 */
export async function seedOverview(t: TestApp, clock: TestClock, answeredAt: string): Promise<void> {
  clock.set('2026-11-10T09:00');
  await t.install();
  await t.postMeta(fixtureBytes('facebook-feed-comment-add.json'));
  await t.postMeta(fixtureBytes('facebook-feed-batched.json'));
  await eventually(() => assert.ok(t.connector.newThreads().length >= 2));
  clock.set(answeredAt);
  await t.click(ALEX, 'activity-1', 'claim', ANSWERED_KEY);
  await t.click(ALEX, 'activity-1', 'reply', { ...ANSWERED_KEY, replyText: ANSWER });
}
