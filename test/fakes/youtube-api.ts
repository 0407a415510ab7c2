import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  answerFromFixture,
  startRecordingServer,
  type FakeAnswer,
  type RecordedRequest,
} from './recording-server';

export interface FakeYouTubeApi {
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** Answers for the next calls, in order (`undefined` answers as usual); when empty, as recorded. */
  readonly script: (FakeAnswer | undefined)[];
  /** The commentThreads pages, by page token ('' for the first), as the recorded fixtures give them. */
  readonly pages: Map<string, unknown>;
  /** Every reply under a top-level comment, oldest first, by the top-level comment's id (comments.list). */
  readonly replies: Map<string, unknown[]>;
  close(): Promise<void>;
}

export const youTubeAnswerFromFixture = answerFromFixture;

function exchange(name: string): { request: { url: string }; body: unknown } {
  return JSON.parse(readFileSync(path.join(__dirname, '..', 'fixtures', 'platforms', name), 'utf8')) as never;
}

/**
 * A local server answering as the YouTube Data API v3 does, from the recorded exchanges: commentThreads.list
 * (page 1, then page 2 by its pageToken; pretty-printed JSON, as Google sends it), comments.list by `parentId`
 * (`maxResults` a page, 20 unless asked, at most 100; `nextPageToken`), comments.insert and
 * comments.setModerationStatus (204, no body). Given `acceptsToken`, a call whose bearer token it refuses gets
 * Google's recorded 401.
 */
export async function startFakeYouTubeApi(
  options: { readonly acceptsToken?: (token: string) => boolean } = {},
): Promise<FakeYouTubeApi> {
  const script: FakeYouTubeApi['script'] = [];
  let inserted = 0;
  const replies = new Map<string, unknown[]>();
  const first = exchange('youtube-commentthreads-list.json');
  const second = exchange('youtube-commentthreads-list-page2.json');
  const pages = new Map<string, unknown>([
    ['', first.body],
    [new URL(second.request.url).searchParams.get('pageToken') ?? '', second.body],
  ]);
  const server = await startRecordingServer(
    (request) => {
      const bearer = request.authorization?.replace(/^Bearer /, '') ?? '';
      if (options.acceptsToken && !options.acceptsToken(bearer))
        return answerFromFixture('youtube-error-invalid-credentials.json');
      const scripted = script.shift();
      if (scripted) return scripted;
      if (request.method === 'GET' && request.path === '/youtube/v3/commentThreads') {
        const page = pages.get(request.query.get('pageToken') ?? '');
        return page
          ? { status: 200, body: page }
          : { status: 400, body: { error: { code: 400, errors: [{ reason: 'invalidPageToken' }] } } };
      }
      if (
        request.method === 'GET' &&
        request.path === '/youtube/v3/channels' &&
        request.query.get('mine') === 'true'
      ) {
        // The channel in test/fixtures/accounts-all.json.
        return {
          status: 200,
          body: {
            kind: 'youtube#channelListResponse',
            items: [{ kind: 'youtube#channel', id: 'UCk3P9xQ2mR7tV1wY4zB8nLe' }],
          },
        };
      }
      const parentId = request.query.get('parentId');
      if (request.method === 'GET' && request.path === '/youtube/v3/comments' && parentId) {
        const all = replies.get(parentId) ?? [];
        const size = Math.min(100, Math.max(1, Number(request.query.get('maxResults') ?? 20)));
        const offset = Number((request.query.get('pageToken') ?? 'QURTSl').slice(6) || 0);
        const next = offset + size < all.length ? `QURTSl${offset + size}` : undefined;
        return {
          status: 200,
          body: {
            kind: 'youtube#commentListResponse',
            ...(next ? { nextPageToken: next } : {}),
            pageInfo: { resultsPerPage: size },
            items: all.slice(offset, offset + size),
          },
        };
      }
      if (request.method === 'POST' && request.path === '/youtube/v3/comments/setModerationStatus') {
        const known = ['heldForReview', 'published', 'rejected'].includes(
          request.query.get('moderationStatus') ?? '',
        );
        return known && request.query.get('id')
          ? { status: 204, body: undefined }
          : { status: 400, body: { error: { code: 400, errors: [{ reason: 'invalidModerationStatus' }] } } };
      }
      if (request.method === 'POST' && request.path === '/youtube/v3/comments') {
        const snippet = (request.body.snippet ?? {}) as { parentId?: string; textOriginal?: string };
        return {
          status: 200,
          body: {
            kind: 'youtube#comment',
            // Each reply its own id, as YouTube gives it: the parent's id, a dot, and the reply's own part.
            id: `${snippet.parentId ?? ''}.r4LNOLSnmu3CgM4Wk2B${String(++inserted).padStart(4, '0')}`,
            snippet: { parentId: snippet.parentId, textOriginal: snippet.textOriginal },
          },
        };
      }
      return { status: 404, body: { error: { code: 404, errors: [{ reason: 'notFound' }] } } };
    },
    { pretty: true },
  );
  return { ...server, script, pages, replies };
}
