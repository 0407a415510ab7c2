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
  /** Answers for the next GET /2/users/:id/mentions, in order; `undefined` answers as usual. */
  readonly mentionsScript: (FakeAnswer | undefined)[];
  close(): Promise<void>;
}

/** X's page tokens are opaque; this one carries the offset of the page it asks for. */
const pageToken = (offset: number) => `7140dibdnow9c7btw4${offset.toString(36)}`;
const offsetOf = (token: string | null) => (token ? parseInt(token.slice(18), 36) : 0);

export const xAnswerFromFixture = answerFromFixture;

/**
 * A local server answering as X API v2 does: `POST /2/tweets` (201 with the new post), `PUT /2/tweets/:id/hidden`
 * (200 with `data.hidden`) and
 * `GET /2/users/:id/mentions` (newest first, `since_id` honoured, `max_results` a page (10 unless asked; 5 to 100),
 * `pagination_token` and `meta.next_token` for the next, older page, `meta.newest_id` and `oldest_id` of the page,
 * rate-limit headers).
 */
export async function startFakeXApi(
  options: { readonly acceptsToken?: (token: string) => boolean } = {},
): Promise<FakeXApi> {
  const postScript: FakeAnswer[] = [];
  const mentions: FakeXApi['mentions'] = [];
  const mentionsScript: FakeXApi['mentionsScript'] = [];
  let next = 2120819620597936588n;
  const server = await startRecordingServer(
    (request) => {
      const bearer = request.authorization?.replace(/^Bearer /, '') ?? '';
      if (options.acceptsToken && !options.acceptsToken(bearer))
        return answerFromFixture('x-error-401-expired-token.json');
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
      if (request.method === 'GET' && request.path === '/2/users/me') {
        // The city's account in test/fixtures/accounts-all.json.
        return {
          status: 200,
          body: { data: { id: '1329847561029384192', name: 'Norrviks kommun', username: 'NorrvikKommun' } },
        };
      }
      if (request.method === 'GET' && /^\/2\/users\/\d+\/mentions$/.test(request.path)) {
        const scripted = mentionsScript.shift();
        if (scripted) return scripted;
        const since = request.query.get('since_id');
        const size = Math.min(100, Math.max(5, Number(request.query.get('max_results') ?? 10)));
        const offset = offsetOf(request.query.get('pagination_token'));
        const all = mentions.filter((m) => !since || BigInt(m.id) > BigInt(since));
        const newer = all.slice(offset, offset + size);
        if (newer.length === 0) return { status: 200, body: { meta: { result_count: 0 } } };
        const more = offset + size < all.length;
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
            meta: {
              result_count: newer.length,
              newest_id: newer[0]?.id,
              oldest_id: newer.at(-1)?.id,
              ...(more ? { next_token: pageToken(offset + size) } : {}),
            },
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
  return { ...server, postScript, mentions, mentionsScript };
}
