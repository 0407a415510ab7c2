import type { Clock } from '../../ports/index';
import type { StoredComment } from '../../domain/comment';
import type { AccountRoute, InstallationStore, RouteStore, TeamsChannelRoute } from '../../ports/index';

/**
 * Which channel a comment's card goes to: the channel its account is bound to (`koppla`), else — for every account
 * but Messenger — the General channel of the first team Svarsvakten was installed in. Messenger belongs to the
 * contact centre (P7): without a binding of its own it goes nowhere; an Instagram direct message without one goes
 * where Messenger is bound.
 */
export class RouteResolver {
  private readonly cache = new Map<string, { route: TeamsChannelRoute | undefined; until: number }>();

  constructor(
    private readonly installations: InstallationStore,
    private readonly routes: RouteStore,
    private readonly clock: Pick<Clock, 'monotonic'>,
    /** How long a resolved route is reused; a binding made on another instance applies after this. */
    private readonly cacheMs = 15_000,
  ) {}

  /** Forgets what was resolved (after a binding or an installation changed here). */
  forget(): void {
    this.cache.clear();
  }

  async routeFor(comment: StoredComment): Promise<TeamsChannelRoute | undefined> {
    const key = `${comment.platform}:${comment.accountId}`;
    const cached = this.cache.get(key);
    if (cached && cached.until > this.clock.monotonic()) return cached.route;
    const route = await this.resolve(comment);
    // Only found routes are kept: a comment waiting for a channel is posted as soon as one is bound.
    if (route) this.cache.set(key, { route, until: this.clock.monotonic() + this.cacheMs });
    return route;
  }

  private async resolve(comment: StoredComment): Promise<TeamsChannelRoute | undefined> {
    const bound =
      (await this.routes.get(comment.platform, comment.accountId)) ?? (await this.inboxOf(comment));
    if (bound) {
      const installation = await this.installations.get(bound.teamId);
      if (installation?.active === false) return undefined;
      return {
        teamId: bound.teamId,
        channelId: bound.channelId,
        tenantId: bound.tenantId,
        serviceUrl: installation?.serviceUrl ?? bound.serviceUrl,
        botId: bound.botId,
      };
    }
    if (comment.platform === 'messenger') return undefined;
    return this.defaultRoute();
  }

  /** An Instagram direct message without a binding of its own goes where the Messenger inbox is bound. */
  private async inboxOf(comment: StoredComment): Promise<AccountRoute | undefined> {
    if (comment.origin !== 'instagram_direct') return undefined;
    return (await this.routes.list()).find((route) => route.platform === 'messenger');
  }

  async defaultRoute(): Promise<TeamsChannelRoute | undefined> {
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
