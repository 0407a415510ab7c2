import assert from 'node:assert/strict';
import { eventually } from './eventually';
import { fixtureBytes, startTestApp, type TestApp, type TestAppOptions } from './test-app';

/** The fixture comment (Anna Lindqvist's, on Facebook) as most flows on a card begin: its card posted in General. */
export const FIXTURE_COMMENT = {
  platform: 'facebook',
  commentId: '122187654321098765_1184736291045827',
} as const;
export const FIXTURE_KEY = { commentKey: `facebook:${FIXTURE_COMMENT.commentId}` };
export const FIXTURE_CARD = 'activity-1';

/** A test app in a team, with the fixture comment's card posted. */
export async function startWithCommentCard(options: TestAppOptions = {}): Promise<TestApp> {
  const t = await startTestApp(options);
  await t.install();
  await t.postMeta(fixtureBytes('facebook-feed-comment-add.json'));
  await eventually(() => assert.equal(t.connector.newThreads().length, 1));
  return t;
}
