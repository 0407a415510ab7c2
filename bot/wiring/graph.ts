import { ManagedIdentityCredential } from '@azure/identity';
import { GraphAppTokens, type GraphAppCredential } from '../../services/adapters/graph/graph-app-token';
import { GraphClient } from '../../services/adapters/graph/graph-call';
import { GraphChannelCards } from '../../services/adapters/graph/graph-channel-cards';
import { GraphRegistryMailer } from '../../services/adapters/graph/graph-registry-mailer';
import { LookBeforeRepost } from '../../services/app/posting/look-before-repost';
import type { Clock, InstallationStore, Log, RegistryMailer, TeamsPoster } from '../../services/ports/index';
import type { Config } from '../config/config-shape';

/** The managed identity's token that Entra ID takes as the tab app's federated credential. */
const FEDERATION_SCOPE = 'api://AzureADTokenExchange/.default';

function credentialOf(graph: Config['graph']): GraphAppCredential | undefined {
  if (graph.access === 'secret') return { kind: 'secret', secret: graph.appSecret };
  if (graph.access !== 'federated') return undefined;
  const identity = new ManagedIdentityCredential(
    graph.managedIdentityClientId ? { clientId: graph.managedIdentityClientId } : {},
  );
  return {
    kind: 'federated',
    assertion: async () => (await identity.getToken(FEDERATION_SCOPE)).token,
  };
}

/**
 * Microsoft Graph as the tab's app (GRAPH_ACCESS), part of the composition root: a new card Teams answered 5xx for
 * is looked for before it is posted again, and closed cases' documents can be mailed to the registry. Off, the
 * poster is Teams' own and no mail goes.
 */
export function wireGraph(
  config: Config,
  deps: { readonly installations: InstallationStore; readonly clock: Clock; readonly logger: Log },
): { lookingFirst(poster: TeamsPoster): TeamsPoster; readonly mailer?: RegistryMailer } {
  const credential = credentialOf(config.graph);
  if (!credential) return { lookingFirst: (poster) => poster };
  const tokens = new GraphAppTokens({
    loginUrl: config.graph.loginUrl,
    appId: config.graph.appId,
    credential,
    timeoutMs: config.platformTimeoutMs,
    nowMs: () => deps.clock.now().toMillis(),
  });
  const graph = new GraphClient(config.graph.url, tokens, config.platformTimeoutMs);
  const cards = new GraphChannelCards(graph, deps.installations);
  const from = config.graph.registryMailFrom;
  return {
    lookingFirst: (poster) => new LookBeforeRepost(poster, cards, deps.clock, deps.logger),
    ...(from && config.graph.registryMailTo ? { mailer: new GraphRegistryMailer(graph, from) } : {}),
  };
}
