import type { ReaderLanguage } from '../../services/domain/reader-language';
import { ACCOUNT_TEXTS, type AccountTexts } from './account-texts';
import { ACCOUNT_TEXTS_EN } from './account-texts-en';
import type { CardStrings } from './card-strings';
import {
  AWAY_TEXTS,
  DEPARTMENT_TEXTS,
  DUTY_TEXTS,
  HELP,
  LANGUAGE_TEXTS,
  OUTBOX_TEXTS,
  ROUTE_TEXTS,
  type AwayTexts,
  type DepartmentTexts,
  type DutyTexts,
  type LanguageTexts,
  type OutboxTexts,
  type RouteTexts,
} from './command-texts';
import {
  AWAY_TEXTS_EN,
  DEPARTMENT_TEXTS_EN,
  DUTY_TEXTS_EN,
  HELP_EN,
  LANGUAGE_TEXTS_EN,
  OUTBOX_TEXTS_EN,
  ROUTE_TEXTS_EN,
} from './command-texts-en';
import { EN } from './en';
import { STAFF_TEXTS, type StaffTexts } from './staff-command-texts';
import { STAFF_TEXTS_EN } from './staff-command-texts-en';
import { SV } from './sv';

/** Every word a command answers with, in one language. */
export interface CommandWords {
  readonly help: string;
  readonly route: RouteTexts;
  readonly duty: DutyTexts;
  readonly outbox: OutboxTexts;
  readonly away: AwayTexts;
  readonly department: DepartmentTexts;
  readonly staff: StaffTexts;
  readonly accounts: AccountTexts;
  readonly language: LanguageTexts;
  /** Refusals and errors, as the cards word them. */
  readonly strings: CardStrings;
}

const SWEDISH: CommandWords = {
  help: HELP,
  route: ROUTE_TEXTS,
  duty: DUTY_TEXTS,
  outbox: OUTBOX_TEXTS,
  away: AWAY_TEXTS,
  department: DEPARTMENT_TEXTS,
  staff: STAFF_TEXTS,
  accounts: ACCOUNT_TEXTS,
  language: LANGUAGE_TEXTS,
  strings: SV,
};

const ENGLISH: CommandWords = {
  help: HELP_EN,
  route: ROUTE_TEXTS_EN,
  duty: DUTY_TEXTS_EN,
  outbox: OUTBOX_TEXTS_EN,
  away: AWAY_TEXTS_EN,
  department: DEPARTMENT_TEXTS_EN,
  staff: STAFF_TEXTS_EN,
  accounts: ACCOUNT_TEXTS_EN,
  language: LANGUAGE_TEXTS_EN,
  strings: EN,
};

/** The commands' words in the reader's language; Swedish where none is given. */
export function commandWords(language: ReaderLanguage | undefined): CommandWords {
  return language === 'en' ? ENGLISH : SWEDISH;
}
