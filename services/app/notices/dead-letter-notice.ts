import type { AdminNoticeTexts } from '../../../cards/locale/admin-notice-texts';
import type { Log, ReaderLanguages, TeamsPoster } from '../../ports/index';
import type { RouteResolver } from '../posting/route-resolver';
import { tellAdmins } from './tell-admins';

/** Tells each admin in 1:1, once for each batch, of cards Teams refused for good, and what to do. */
export class DeadLetterNotice {
  constructor(
    private readonly deps: {
      readonly poster: TeamsPoster;
      readonly routes: RouteResolver;
      readonly adminIds: readonly string[];
      readonly logger: Log;
      readonly languages?: Pick<ReaderLanguages, 'of'>;
    },
  ) {}

  async tell(count: number): Promise<void> {
    const route = await this.deps.routes.defaultRoute();
    if (!route || this.deps.adminIds.length === 0) return;
    await tellAdmins(this.deps, route, (T: AdminNoticeTexts) => T.deadLetters(count), 'dead_letters');
  }
}
