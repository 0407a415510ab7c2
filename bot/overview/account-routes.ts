import type { Request, Response, Server } from 'restify';
import { AppError } from '../../services/domain/app-error';
import { PLATFORM_NAMES } from '../../services/domain/platform';
import { accountStatuses, type AccountStatusDeps } from '../../services/app/accounts/account-status';
import type { TabViewer } from './tab-auth';
import type { TabGuard } from './tab-guard';

export interface AccountRouteDeps extends AccountStatusDeps {
  readonly isAdmin: (viewer: TabViewer) => boolean;
}

/**
 * Konton in the overview tab: every trained person sees each account's credential, intake, webhook subscription
 * and read errors (times and codes only: no token, no resident's words); admins are told they may connect one.
 */
export function registerAccountRoutes(server: Server, deps: AccountRouteDeps, guard: TabGuard): void {
  server.get('/api/accounts', async (req: Request, res: Response) => {
    try {
      const { viewer, staff } = await guard.viewerOf(req);
      if (!staff) throw new AppError('not_authorised', 'Only trained staff');
      const accounts = (await accountStatuses(deps)).map((a) => ({
        ...a,
        platformName: PLATFORM_NAMES[a.platform],
      }));
      guard.send(res, 200, { accounts, canConnect: deps.isAdmin(viewer) });
    } catch (error) {
      guard.failed(res, error);
    }
  });
}
