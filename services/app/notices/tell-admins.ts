import type { NoticeWords } from '../../../cards/locale/admin-notice-texts';
import { adminNoticeTexts } from '../../../cards/locale/message-words';
import { isAppError } from '../../domain/app-error';
import type { Log, ReaderLanguages, TeamsChannelRoute, TeamsPoster } from '../../ports/index';

export interface TellAdminsDeps {
  readonly poster: TeamsPoster;
  readonly adminIds: readonly string[];
  readonly logger: Log;
  /** The language each admin reads Teams in: each is told in theirs (Swedish where not known). */
  readonly languages?: Pick<ReaderLanguages, 'of'>;
}

/** A 1:1 message to each admin, in their language; one that cannot be reached is logged, the others still told. */
export async function tellAdmins(
  deps: TellAdminsDeps,
  route: TeamsChannelRoute,
  words: NoticeWords,
  about: string,
): Promise<void> {
  for (const adminId of deps.adminIds) {
    const language = await deps.languages?.of(adminId).catch(() => undefined);
    await deps.poster
      .sendToUser(route, adminId, { text: words(adminNoticeTexts(language)) })
      .catch((error: unknown) =>
        deps.logger.warn(
          { event: 'admin.notice.failed', about, code: isAppError(error) ? error.code : 'unexpected' },
          'an admin was not told',
        ),
      );
  }
}
