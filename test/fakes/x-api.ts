import {
  answerFromFixture,
  startRecordingServer,
  type FakeAnswer,
  type RecordedRequest,
} from './recording-server';

export interface FakeXApi {
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** Answers for the next POST /2/tweets or PUT /2/tweets/:id/hidden, in order. */
  readonly postScript: FakeAnswer[];
  /** Mentions the account has, newest first, as API v2 returns them: posts and their authors. */
  readonly mentions: {
    id: string;
    text: string;
    author_id: string;
    created_at: string;
    username: string;
    name: string;
  }[];
  close(): Promise<void>;
}

export const xAnswerFromFixture = answerFromFixture;

/**
 * A local server answering as X API v2 does: `POST /2/tweets` (201 with the new post), `PUT /2/tweets/:id/hidden`
 * (200 with `data.hidden`) and
 * `GET /2/users/:id/mentions` (newest first, `since_id` honoured, `meta.newest_id`, rate-limit headers).
 */
export async function startFakeXApi(): Promise<FakeXApi> {
  const postScript: FakeAnswer[] = [];
  const mentions: FakeXApi['mentions'] = [];
  let next = 2120819620597936588n;
  const server = await startRecordingServer(
    (request) => {
      if (request.method === 'POST' && request.path === '/2/tweets') {
        const scripted = postScript.shift();
        if (scripted) return scripted;
        next += 1n;
        const id = String(next);
        return { status: 201, body: { data: { id, text: request.body.text, edit_history_tweet_ids: [id] } } };
      }
      const hiding = /^\/2\/tweets\/(\d+)\/hidden$/.exec(request.path);
      if (request.method === 'PUT' && hiding) {
        const scripted = postScript.shift();
        if (scripted) return scripted;
        return { status: 200, body: { data: { hidden: request.body.hidden === true } } };
      }
      if (request.method === 'GET' && /^\/2\/users\/\d+\/mentions$/.test(request.path)) {
        const since = request.query.get('since_id');
        const newer = mentions.filter((m) => !since || BigInt(m.id) > BigInt(since));
        if (newer.length === 0) return { status: 200, body: { meta: { result_count: 0 } } };
        return {
          status: 200,
          body: {
            data: newer.map(({ id, text, author_id, created_at }) => ({
              id,
              text,
              author_id,
              created_at,
              edit_history_tweet_ids: [id],
            })),
            includes: { users: newer.map((m) => ({ id: m.author_id, username: m.username, name: m.name })) },
            meta: { result_count: newer.length, newest_id: newer[0]?.id, oldest_id: newer.at(-1)?.id },
          },
        };
      }
      return { status: 404, body: { title: 'Not Found', status: 404 } };
    },
    {
      defaultHeaders: () => ({
        'x-rate-limit-limit': '180',
        'x-rate-limit-remaining': '179',
        'x-rate-limit-reset': String(Math.floor(Date.now() / 1000) + 900),
      }),
    },
  );
  return { ...server, postScript, mentions };
}
