import type { ReaderLanguage } from '../../services/domain/reader-language';
import { ADMIN_NOTICE_TEXTS, type AdminNoticeTexts } from './admin-notice-texts';
import { ADMIN_NOTICE_TEXTS_EN } from './admin-notice-texts-en';
import { REMINDER_TEXTS, type ReminderTexts } from './reminder-texts';
import { REMINDER_TEXTS_EN } from './reminder-texts-en';
import { TEAMWORK_TEXTS, type TeamworkTexts } from './teamwork-texts';
import { TEAMWORK_TEXTS_EN } from './teamwork-texts-en';

/** Reminders and pings in a reader's or a channel's language; Swedish where none is known. */
export function reminderTexts(language: ReaderLanguage | undefined): ReminderTexts {
  return language === 'en' ? REMINDER_TEXTS_EN : REMINDER_TEXTS;
}

/** What colleagues working together are told, in a reader's or a channel's language. */
export function teamworkTexts(language: ReaderLanguage | undefined): TeamworkTexts {
  return language === 'en' ? TEAMWORK_TEXTS_EN : TEAMWORK_TEXTS;
}

/** What admins are told, in a reader's or a channel's language. */
export function adminNoticeTexts(language: ReaderLanguage | undefined): AdminNoticeTexts {
  return language === 'en' ? ADMIN_NOTICE_TEXTS_EN : ADMIN_NOTICE_TEXTS;
}
