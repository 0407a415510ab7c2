import {
  answerFromFixture,
  startRecordingServer,
  type FakeAnswer,
  type RecordedRequest,
} from './recording-server';

export interface FakeLinkedInApi {
  readonly url: string;
  readonly requests: RecordedRequest[];
  readonly script: FakeAnswer[];
  /** The organization's posts, most recently changed first, as `/rest/posts?q=author` lists them. */
  readonly posts: Record<string, unknown>[];
  /** The comments under a post or comment URN, as `/rest/socialActions/{urn}/comments` lists them. */
  readonly comments: Map<string, Record<string, unknown>[]>;
  close(): Promise<void>;
}

export const linkedInAnswerFromFixture = answerFromFixture;

/**
 * A local server answering as LinkedIn's Comments API does: `POST /rest/socialActions/{urn}/comments` → 201 with
 * the new comment's URN in `x-restli-id`; the versioned headers are required, as LinkedIn requires them. Its
 * `organizationAcls` lists the member as the organization's administrator.
 */
export async function startFakeLinkedInApi(): Promise<FakeLinkedInApi> {
  const script: FakeAnswer[] = [];
  const posts: Record<string, unknown>[] = [];
  const comments = new Map<string, Record<string, unknown>[]>();
  let next = 7526268031475868543n;
  const server = await startRecordingServer((request) => {
    const match = /^\/rest\/socialActions\/(urn:li:comment:\((urn:li:activity:\d+),\d+\))\/comments$/.exec(
      request.path,
    );
    if (request.method === 'GET' && request.path === '/rest/organizationAcls') {
      // The member administers the organization in test/fixtures/accounts-all.json.
      return {
        status: 200,
        body: {
          elements: [
            {
              organization: 'urn:li:organization:10485736',
              role: request.query.get('role') ?? 'ADMINISTRATOR',
              state: 'APPROVED',
              roleAssignee: 'urn:li:person:Yq3mZ8',
            },
          ],
        },
      };
    }
    const versioned =
      !!request.headers['linkedin-version'] && request.headers['x-restli-protocol-version'] === '2.0.0';
    if (request.method === 'GET' && request.path === '/rest/posts') {
      if (!versioned || request.headers['x-restli-method'] !== 'FINDER')
        return {
          status: 400,
          body: { status: 400, message: 'A version header and the finder are required' },
        };
      const count = Number(request.query.get('count') ?? 10);
      return { status: 200, body: { elements: posts.slice(0, count), paging: { start: 0, count } } };
    }
    const listed = /^\/rest\/socialActions\/(.+)\/comments$/.exec(request.path);
    if (request.method === 'GET' && listed) {
      if (!versioned) return { status: 400, body: { status: 400, message: 'A version header is required' } };
      const all = comments.get(listed[1] ?? '') ?? [];
      return {
        status: 200,
        body: { elements: all, paging: { start: 0, count: all.length, total: all.length } },
      };
    }
    if (request.method !== 'POST' || !match)
      return { status: 404, body: { status: 404, message: 'Not found' } };
    if (!request.headers['linkedin-version'] || request.headers['x-restli-protocol-version'] !== '2.0.0') {
      return { status: 400, body: { status: 400, message: 'A version header is required' } };
    }
    const scripted = script.shift();
    if (scripted) return scripted;
    next += 1n;
    const urn = `urn:li:comment:(${match[2]},${next})`;
    return { status: 201, headers: { 'x-restli-id': urn }, body: { commentUrn: urn, id: String(next) } };
  });
  return { ...server, script, posts, comments };
}
