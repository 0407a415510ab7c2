import type { StoredComment } from '../services/domain/comment';
import type { InstallationStore, TeamsChannelRoute } from '../services/ports';

/**
 * Which channel a comment's card goes to. For now every account goes to the General channel of the first team
 * Svarsvakten was installed in; undefined while it is installed nowhere.
 */
export class RouteResolver {
  constructor(private readonly installations: InstallationStore) {}

  async routeFor(_comment: StoredComment): Promise<TeamsChannelRoute | undefined> {
    const [first] = await this.installations.listActive();
    if (!first) return undefined;
    return {
      teamId: first.teamId,
      channelId: first.generalChannelId,
      tenantId: first.tenantId,
      serviceUrl: first.serviceUrl,
      botId: first.botId,
    };
  }
}
