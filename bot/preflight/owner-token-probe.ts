import { PREFLIGHT_TEXTS as T } from '../../cards/locale/preflight-texts';
import { isAppError } from '../../services/domain/app-error';
import type { Account } from '../../services/domain/account';
import type { Config } from '../config/config-shape';
import { tokenOwner } from '../wiring/credentials';
import { ok, problem, type ProbeResult } from './probe-result';

/** X, YouTube, LinkedIn: the platform's own word on which accounts the token may act for must name the account. */
export async function probeOwner(config: Config, account: Account, token: string): Promise<ProbeResult> {
  const owner = tokenOwner(config);

  try {
    const ids = await owner.accountIds(account.platform, token);
    if (ids.includes(account.id)) return ok(T.tokenValid());
    return problem(
      account.platform === 'linkedin' ? T.notAdministrator : T.otherAccount(ids.join(', ') || '–'),
    );
  } catch (error) {
    return problem(
      isAppError(error, 'platform_token_expired')
        ? T.tokenInvalid(String(error.details.status))
        : T.unreachable(
            isAppError(error) ? `${error.code} ${String(error.details.status ?? '')}`.trim() : String(error),
          ),
    );
  }
}
