import type { StoredComment } from '../../services/domain/comment';
import { PLATFORM_NAMES } from '../../services/domain/platform';
import type { NoticeLedger, TeamsPoster } from '../../services/ports';
import type { AccountDirectory } from '../account-directory';
import type { Logger } from '../logger';
import type { RouteResolver } from '../routing';
import { tellAdmins } from './tell-admins';

/**
 * Messenger belongs to the contact centre (P7). When a Messenger message arrives and no channel is bound for it,
 * it stays stored (nothing goes to the main channel) and each admin is told once, in a 1:1 chat, how to bind one.
 */
export class UnroutedNotifier {
  /** Keys this process already knows were told about, so a waiting comment costs no storage call per sweep. */
  private readonly told = new Set<string>();

  constructor(
    private readonly deps: {
      readonly ledger: NoticeLedger;
      readonly poster: TeamsPoster;
      readonly routes: RouteResolver;
      readonly accounts: AccountDirectory;
      readonly adminIds: readonly string[];
      readonly logger: Logger;
    },
  ) {}

  async notify(comment: StoredComment): Promise<void> {
    // Other accounts without a channel are waiting for a team that refused them; RouteRefusals told the admins.
    if (comment.platform !== 'messenger') return;
    const key = `unrouted:${comment.platform}:${comment.accountId}`;
    if (this.told.has(key) || this.deps.adminIds.length === 0) return;
    const route = await this.deps.routes.defaultRoute();
    if (!route) return;
    const first = await this.deps.ledger.firstTime(key);
    this.told.add(key);
    if (!first) return;
    const platform = PLATFORM_NAMES[comment.platform];
    const account = this.deps.accounts.displayName(comment.platform, comment.accountId);
    const text =
      `Det har kommit meddelanden via ${platform} till ${account}, men ingen kanal är kopplad för kontaktcenter. ` +
      `De är sparade och visas när en kanal kopplas: skriv **koppla ${comment.platform} ${comment.accountId}** i kontaktcenters kanal.`;
    await tellAdmins(this.deps, route, text, 'unrouted');
    this.deps.logger.warn(
      { event: 'route.missing', platform: comment.platform },
      'messages stored without a channel',
    );
  }
}
