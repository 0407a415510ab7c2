import type { NoticeWords } from '../../../cards/locale/admin-notice-texts';
import type { NoticeLedger } from '../../ports/index';
import type { RouteResolver } from '../posting/route-resolver';
import { tellAdmins, type TellAdminsDeps } from './tell-admins';

export interface AdminNoticeDeps extends TellAdminsDeps {
  readonly ledger: NoticeLedger;
  readonly routes: RouteResolver;
}

/**
 * Tells each admin something once per key, across restarts and instances (the ledger), without a storage call
 * once this process knows it was said. Nothing is said while there are no admins or no team to reach them through.
 */
export class AdminNoticeOnce {
  private readonly told = new Set<string>();

  constructor(private readonly deps: AdminNoticeDeps) {}

  async tell(key: string, words: NoticeWords, about: string): Promise<boolean> {
    if (this.told.has(key) || this.deps.adminIds.length === 0) return false;
    const route = await this.deps.routes.defaultRoute();
    if (!route) return false;
    const first = await this.deps.ledger.firstTime(key);
    this.told.add(key);
    if (!first) return false;
    await tellAdmins(this.deps, route, words, about);
    return true;
  }
}
