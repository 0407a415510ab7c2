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
  return { ...server, script };
}
