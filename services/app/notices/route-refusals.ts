import type { AdminNoticeTexts } from '../../../cards/locale/admin-notice-texts';
import type {
  InstallationStore,
  Log,
  NoticeLedger,
  ReaderLanguages,
  TeamsChannelRoute,
  TeamsPoster,
} from '../../ports/index';
import type { RouteResolver } from '../posting/route-resolver';
import { tellAdmins } from './tell-admins';

/**
 * Teams answered 403 to a card posted in a channel: the app was removed from the team (or the bot from the
 * channel's roster). Svarsvakten stops posting there — the team is marked inactive, so no route leads to it — and
 * each admin is told once, in 1:1 chat. The comments stay stored with their "not yet posted" marker and are posted
 * as soon as a route works again: the app added to the team again, or the account bound to another channel.
 */
export class RouteRefusals {
  constructor(
    private readonly deps: {
      readonly installations: InstallationStore;
      readonly routes: RouteResolver;
      readonly ledger: NoticeLedger;
      readonly poster: TeamsPoster;
      readonly adminIds: readonly string[];
      readonly logger: Log;
      readonly languages?: Pick<ReaderLanguages, 'of'>;
    },
  ) {}

  async refused(route: TeamsChannelRoute): Promise<void> {
    const { installations, routes, ledger, logger } = this.deps;
    const installation = await installations.get(route.teamId);
    await installations.markInactive(route.teamId);
    routes.forget();
    logger.warn(
      { event: 'teams.route.refused' },
      'Teams refused a card: the app is not in the team any more',
    );
    // Once per installation: if the app is added again and removed again, admins hear of it again.
    const told = await ledger.firstTime(`route-refused:${route.teamId}:${installation?.installedAt ?? ''}`);
    if (!told) return;
    const text = (T: AdminNoticeTexts) => T.routeRefused(installation?.teamName);
    await tellAdmins(this.deps, route, text, 'route_refused');
  }
}
