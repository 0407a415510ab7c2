import type { CityPlaces } from '../../domain/city-places';
import type { OverviewNotes } from './overview-notes';
import type { DateTime } from 'luxon';
import { cardLink } from '../../../cards/card-link';
import { renderDailyOverviewCard } from '../../../cards/daily-overview-card';
import type { StoredComment } from '../../domain/comment';
import { ZONE } from '../../domain/working-calendar';
import type {
  AwayList,
  ChannelLanguages,
  CommentStore,
  Log,
  TeamsChannelRoute,
  TeamsPoster,
} from '../../ports/index';
import { channelLanguage } from '../notices/channel-language';
import { adminNoticeTexts } from '../../../cards/locale/message-words';
import type { ChannelRoutes } from '../posting/posting-seams';
import { utcIso as iso } from '../../domain/utc-iso';

/** The morning overview: in each channel that has open comments, what is open, due today, overdue and unclaimed. */
export class DailyOverview {
  constructor(
    private readonly deps: {
      readonly comments: CommentStore;
      readonly poster: TeamsPoster;
      readonly routes: ChannelRoutes;
      readonly logger: Log;
      /** Lines about what Svarsvakten cannot see right now (a paused poller). */
      readonly notes?: Pick<OverviewNotes, 'lines'>;
      /** Who is away today, listed so everyone knows who not to wait for. */
      readonly away?: Pick<AwayList, 'list'>;
      /** The overview tab, where a list cut short continues. */
      readonly overviewLink?: string;
      readonly places?: CityPlaces;
      /** The language each channel is written to in (`språk`): Swedish where not given. */
      readonly channelLanguages?: Pick<ChannelLanguages, 'of'>;
    },
  ) {}

  async post(now: DateTime): Promise<void> {
    const open = await this.deps.comments.listOpen();
    const byChannel = new Map<string, { route: TeamsChannelRoute; comments: StoredComment[] }>();
    for (const comment of open) {
      const route = await this.deps.routes.routeFor(comment);
      if (!route) continue;
      const entry = byChannel.get(route.channelId) ?? { route, comments: [] };
      entry.comments.push(comment);
      byChannel.set(route.channelId, entry);
    }
    const todayEnd = iso(now.setZone(ZONE).endOf('day'));
    for (const { route, comments } of byChannel.values()) {
      const links = Object.fromEntries(
        comments.flatMap((c) => (c.card ? [[c.commentId, cardLink(c.card)]] : [])),
      );
      const language = await channelLanguage(this.deps.channelLanguages, route.channelId);
      const T = adminNoticeTexts(language);
      const notes = ((await this.deps.notes?.lines()) ?? []).map((words) => words(T));
      const away = ((await this.deps.away?.list()) ?? []).map((a) => a.name);
      const card = renderDailyOverviewCard({
        comments,
        todayEnd,
        now: iso(now),
        links,
        notes,
        away,
        ...(this.deps.overviewLink ? { overviewLink: this.deps.overviewLink } : {}),
        ...(this.deps.places ? { places: this.deps.places } : {}),
        language,
      });
      await this.deps.poster.postNewThread(route, card);
    }
    this.deps.logger.info(
      { event: 'reminder.daily_overview', channels: byChannel.size },
      'daily overview posted',
    );
  }
}
