import type { ReaderLanguage } from '../../services/domain/reader-language';
import { EN } from './en';
import { SV } from './sv';

/** The words of the morning overview, in the language kept for the channel it goes to. */
export interface DailyOverviewTexts {
  readonly title: string;
  readonly open: string;
  readonly dueToday: string;
  readonly overdue: string;
  readonly unclaimed: string;
  readonly away: string;
  readonly answerBy: (when: string) => string;
  readonly andMore: (left: number) => string;
  readonly see: string;
  readonly overviewTab: string;
  readonly planningCalendar: string;
  readonly toneGuidance: string;
  readonly dateTime: (iso: string) => string;
}

const SWEDISH: DailyOverviewTexts = {
  title: 'Dagens läge i Svarsvakten',
  open: 'Öppna',
  dueToday: 'Ska besvaras i dag',
  overdue: 'Försenade',
  unclaimed: 'Ingen har tagit',
  away: 'Frånvarande: ',
  answerBy: (when) => `svara senast ${when}`,
  andMore: (left) => `och ${left} till`,
  see: ' – se ',
  overviewTab: 'Översikt',
  planningCalendar: 'Planeringskalendern',
  toneGuidance: 'Tonläget i sociala medier',
  dateTime: SV.dateTime,
};

const ENGLISH: DailyOverviewTexts = {
  title: 'Today in Svarsvakten',
  open: 'Open',
  dueToday: 'To answer today',
  overdue: 'Overdue',
  unclaimed: 'Nobody has taken',
  away: 'Away: ',
  answerBy: (when) => `answer by ${when}`,
  andMore: (left) => `and ${left} more`,
  see: ' – see ',
  overviewTab: 'Overview',
  planningCalendar: 'Planning calendar',
  toneGuidance: 'Tone on social media',
  dateTime: EN.dateTime,
};

export function dailyOverviewTexts(language: ReaderLanguage | undefined): DailyOverviewTexts {
  return language === 'en' ? ENGLISH : SWEDISH;
}
