import type { KeyedIds } from '../../services/domain/keyed-id';
import { type SavedAnswer } from '../../services/domain/saved-answer';
import type {
  AwayList,
  Clock,
  DepartmentRoute,
  DepartmentStore,
  PersonalChatStore,
  SavedAnswers,
  StaffStore,
  TeamsPoster,
  ReaderLanguages,
  ChannelLanguages,
} from '../../services/ports/index';
import { CachedList } from '../../services/app/access/cached-list';
import { CardOffers } from '../../services/app/posting/card-offers';
import type { Config } from '../config/config-shape';
import { HolderPing } from '../../services/app/notices/holder-ping';
import { TeamworkNotifier } from '../../services/app/teamwork/teamwork-notices';
import type { Logger } from './logger';
import { StaffRoster } from '../../services/app/access/staff-roster';

/**
 * Working as a team: the colleagues and saved answers every card offers (kept in memory, read again after a
 * change), and the notices colleagues get when an item is assigned or a trainee's reply waits for approval.
 */
export async function wireTeamwork(
  config: Config,
  parts: {
    readonly staff: StaffStore;
    readonly away: AwayList;
    readonly savedAnswers: SavedAnswers;
    readonly departments: DepartmentStore;
    readonly poster: TeamsPoster;
    readonly chats: PersonalChatStore & ReaderLanguages;
    readonly clock: Clock;
    readonly logger: Logger;
    readonly keyedIds: KeyedIds;
    readonly channelLanguages: ChannelLanguages;
  },
) {
  const { staff, away, poster, chats, clock, logger } = parts;
  const roster = new StaffRoster({
    staff,
    away,
    contactCentreIds: config.access.contactCentreIds,
    clock,
    logger,
  });
  const answers = new CachedList<SavedAnswer>(() => parts.savedAnswers.list(), {
    clock,
    logger,
    what: 'saved answers',
  });
  const departments = new CachedList<DepartmentRoute>(() => parts.departments.list(), {
    clock,
    logger,
    what: 'departments',
  });
  await Promise.all([roster.reload(), answers.reload(), departments.reload()]);
  return {
    roster,
    savedAnswers: answers,
    departments,
    offers: new CardOffers({
      roster,
      savedAnswers: answers,
      departments,
      teamsAppId: config.tab.teamsAppId,
      keyedIds: parts.keyedIds,
    }),
    notices: new TeamworkNotifier({
      ping: new HolderPing({
        poster,
        chats,
        clock,
        logger,
        languages: chats,
        channelLanguages: parts.channelLanguages,
      }),
      poster,
      staff,
      logger,
      channelLanguages: parts.channelLanguages,
    }),
  };
}
