import { isAppError } from '../../domain/app-error';
import type { Log, TeamsChannelRoute, TeamsPoster } from '../../ports/index';

/** A 1:1 message to each admin; one that cannot be reached is logged, the others still told. */
export async function tellAdmins(
  deps: { readonly poster: TeamsPoster; readonly adminIds: readonly string[]; readonly logger: Log },
  route: TeamsChannelRoute,
  text: string,
  about: string,
): Promise<void> {
  for (const adminId of deps.adminIds) {
    await deps.poster
      .sendToUser(route, adminId, { text })
      .catch((error: unknown) =>
        deps.logger.warn(
          { event: 'admin.notice.failed', about, code: isAppError(error) ? error.code : 'unexpected' },
          'an admin was not told',
        ),
      );
  }
}
