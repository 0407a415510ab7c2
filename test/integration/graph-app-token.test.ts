import assert from 'node:assert/strict';
import { GraphAppTokens } from '../../services/adapters/graph/graph-app-token';
import { isAppError } from '../../services/domain/app-error';
import { startFakeBotConnector, type FakeBotConnector } from '../fakes/bot-connector';
import { startTeamsGraph, type TeamsGraphStandIn } from '../fakes/teams-graph';

const TENANT = 'f3d5c7a9-1b2d-4e6f-8a0b-c1d2e3f4a5b6';
/** The managed identity's token for api://AzureADTokenExchange, as the tab's app trusts it. */
const MANAGED_IDENTITY_TOKEN = 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.managed-identity.signature';

describe('Graph app tokens of the tab’s app (client credentials)', () => {
  let connector: FakeBotConnector;
  let graph: TeamsGraphStandIn;
  let now = Date.parse('2026-12-02T08:00:00Z');

  before(async () => {
    connector = await startFakeBotConnector();
    graph = await startTeamsGraph(connector, { assertion: MANAGED_IDENTITY_TOKEN });
  });
  after(async () => {
    await graph.close();
    await connector.close();
  });

  const tokens = (credential: ConstructorParameters<typeof GraphAppTokens>[0]['credential']) =>
    new GraphAppTokens({
      loginUrl: graph.url,
      appId: graph.appId,
      credential,
      timeoutMs: 5000,
      nowMs: () => now,
    });

  it('asks Entra ID once per tenant while a token lasts, and again shortly before it ends', async () => {
    graph.tokenRequests.length = 0;
    const app = tokens({ kind: 'secret', secret: graph.appSecret });
    const first = await app.token(TENANT);
    assert.equal(await app.token(TENANT), first);
    assert.equal(graph.tokenRequests.length, 1);
    now += 56 * 60_000;
    assert.notEqual(await app.token(TENANT), first, 'renewed five minutes before its hour ends');
    assert.deepEqual(
      graph.tokenRequests.map((r) => r.tenant),
      [TENANT, TENANT],
    );
  });

  it('proves itself with the managed identity’s token, no secret, when federated', async () => {
    graph.tokenRequests.length = 0;
    const app = tokens({ kind: 'federated', assertion: async () => MANAGED_IDENTITY_TOKEN });
    assert.ok(await app.token(TENANT));
    assert.deepEqual(graph.tokenRequests, [
      { tenant: TENANT, clientId: graph.appId, assertion: MANAGED_IDENTITY_TOKEN },
    ]);
  });

  it('fails clearly, without the secret, when Entra ID refuses it', async () => {
    const app = tokens({ kind: 'secret', secret: 'an-old-secret-that-expired' });
    await assert.rejects(app.token(TENANT), (error: unknown) => {
      assert.ok(isAppError(error, 'graph_failed'));
      assert.equal(error.details.status, 401);
      assert.equal(error.details.error, 'invalid_client');
      assert.doesNotMatch(JSON.stringify({ message: error.message, ...error.details }), /an-old-secret/);
      return true;
    });
  });
});
