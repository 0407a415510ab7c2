import type { CityPlaces } from '../services/domain/city-places';
import type { StoredComment } from '../services/domain/comment';
import type { ReaderLanguage } from '../services/domain/reader-language';
import { excerptLine } from './excerpt-card';
import { dailyOverviewTexts, type DailyOverviewTexts } from './locale/daily-overview-texts';
import { run, runs } from './literal-text';

export interface DailyOverviewView {
  readonly comments: readonly StoredComment[];
  /** Start and end of today (ISO), in Stockholm time. */
  readonly todayEnd: string;
  readonly now: string;
  /** A link to each comment's card, by comment id, where the card is posted. */
  readonly links: Readonly<Record<string, string>>;
  /** What Svarsvakten cannot see right now, e.g. a platform whose quota is spent. */
  readonly notes?: readonly string[];
  /** Who is away (`frånvaro på`). */
  readonly away?: readonly string[];
  /** Where the whole list is: the overview tab. */
  readonly overviewLink?: string;
  /** The city's planning calendar and tone guidance, where the city has said where they are. */
  readonly places?: CityPlaces;
  /** The language kept for the channel (`språk`); Swedish where not given. */
  readonly language?: ReaderLanguage;
}

/** The city's own pages, one click away: a line of links, or nothing when none is set. */
function placesLine(places: CityPlaces | undefined, T: DailyOverviewTexts): Record<string, unknown>[] {
  const link = (text: string, url: string) => run(text, { size: 'small', color: 'accent', url });
  const links = [
    ...(places?.planningCalendar ? [link(T.planningCalendar, places.planningCalendar)] : []),
    ...(places?.toneGuidance ? [link(T.toneGuidance, places.toneGuidance)] : []),
  ];
  if (links.length === 0) return [];
  const between = run(' · ', { size: 'small', isSubtle: true });
  return [
    runs(
      links.flatMap((l, i) => (i === 0 ? [l] : [between, l])),
      { spacing: 'medium' },
    ),
  ];
}

/** How many comments each list shows; the rest are counted and linked to the overview. */
export const DAILY_LIST_LENGTH = 15;

/** The morning overview for one channel: open, due today, overdue and unclaimed, with links to the cards. */
export function renderDailyOverviewCard(view: DailyOverviewView): Record<string, unknown> {
  const T = dailyOverviewTexts(view.language);
  const waiting = view.comments.filter((c) => !c.firstResponseAt);
  const overdue = waiting.filter((c) => c.deadline <= view.now);
  const dueToday = waiting.filter((c) => c.deadline > view.now && c.deadline <= view.todayEnd);
  const unclaimed = view.comments.filter((c) => !c.holder);
  // Which comment, not what it says (cards/excerpt-card.ts): the overview stays in the channel after retention.
  const line = (c: StoredComment) => {
    const link = view.links[c.commentId];
    const label = excerptLine(c, view.language);
    const after = ` – ${T.answerBy(T.dateTime(c.deadline))}${c.holder ? ` (${c.holder.name})` : ''}`;
    return runs(
      [
        run(label, { size: 'small', ...(link ? { url: link, color: 'accent' } : {}) }),
        run(after, { size: 'small' }),
      ],
      { spacing: 'none' },
    );
  };
  // A list cut short says so, and where the rest is.
  const more = (left: number) =>
    runs(
      [
        run(T.andMore(left), { size: 'small', isSubtle: true }),
        ...(view.overviewLink
          ? [
              run(T.see, { size: 'small', isSubtle: true }),
              run(T.overviewTab, { size: 'small', color: 'accent', url: view.overviewLink }),
            ]
          : []),
      ],
      { spacing: 'none' },
    );
  const section = (title: string, items: readonly StoredComment[]) =>
    items.length === 0
      ? []
      : [
          { type: 'TextBlock', text: `**${title}**`, spacing: 'medium' },
          ...items.slice(0, DAILY_LIST_LENGTH).map(line),
          ...(items.length > DAILY_LIST_LENGTH ? [more(items.length - DAILY_LIST_LENGTH)] : []),
        ];
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [
      { type: 'TextBlock', text: T.title, weight: 'bolder', size: 'medium' },
      {
        type: 'FactSet',
        facts: [
          { title: T.open, value: String(view.comments.length) },
          { title: T.dueToday, value: String(dueToday.length) },
          { title: T.overdue, value: String(overdue.length) },
          { title: T.unclaimed, value: String(unclaimed.length) },
        ],
      },
      ...(view.away && view.away.length > 0
        ? [
            runs([
              run(T.away, { weight: 'bolder', size: 'small' }),
              run(view.away.join(', '), { size: 'small' }),
            ]),
          ]
        : []),
      ...(view.notes ?? []).map((note) => ({
        type: 'TextBlock',
        text: `⚠ ${note}`,
        wrap: true,
        color: 'warning',
      })),
      ...section(T.overdue, overdue),
      ...section(T.dueToday, dueToday),
      ...section(
        T.unclaimed,
        unclaimed.filter((c) => !overdue.includes(c) && !dueToday.includes(c)),
      ),
      ...placesLine(view.places, T),
    ],
  };
}
