import type { ReaderLanguage } from '../../services/domain/reader-language';
import { EN } from './en';
import { SV } from './sv';

/** The words of a question to a department, in the language kept for the department's channel. */
export interface QuestionTexts {
  readonly heading: (department: string, askedBy: string) => string;
  readonly about: (platform: string, accountName: string, when: string) => string;
  readonly onPost: (firstWords: string) => string;
  readonly question: string;
  readonly answerFrom: (by: string, when: string) => string;
  readonly thanks: string;
  readonly answerLabel: string;
  readonly send: string;
  readonly openCommentCard: string;
  readonly dateTime: (iso: string) => string;
  readonly purgedHeading: string;
  readonly purgedAbout: (platform: string, when: string) => string;
  readonly purged: (when: string) => string;
}

const SWEDISH: QuestionTexts = {
  heading: (department, askedBy) => `**Fråga till ${department}** från ${askedBy}`,
  about: (platform, accountName, when) => `En kommentar på ${platform} (${accountName}), skriven ${when}:`,
  onPost: (firstWords) => `På inlägget: ${firstWords}`,
  question: '**Frågan:**',
  answerFrom: (by, when) => `**Svar från ${by}** (${when}):`,
  thanks: 'Tack! Svaret har gått till den som frågade.',
  answerLabel: 'Ert svar (publiceras inte – det går till den som frågade)',
  send: 'Skicka svaret',
  openCommentCard: 'Öppna kommentarens kort',
  dateTime: SV.dateTime,
  purgedHeading: '**Fråga till verksamheten**',
  purgedAbout: (platform, when) => `Om en kommentar på ${platform}, skriven ${when}.`,
  purged: (when) =>
    `_Kommentaren, frågan och svaret är gallrade enligt stadens informationshanteringsplan (${when})._`,
};

const ENGLISH: QuestionTexts = {
  heading: (department, askedBy) => `**Question to ${department}** from ${askedBy}`,
  about: (platform, accountName, when) => `A comment on ${platform} (${accountName}), written ${when}:`,
  onPost: (firstWords) => `On the post: ${firstWords}`,
  question: '**The question:**',
  answerFrom: (by, when) => `**Answer from ${by}** (${when}):`,
  thanks: 'Thank you! The answer has gone to the one who asked.',
  answerLabel: 'Your answer (not published – it goes to the one who asked)',
  send: 'Send the answer',
  openCommentCard: 'Open the comment’s card',
  dateTime: EN.dateTime,
  purgedHeading: '**Question to the department**',
  purgedAbout: (platform, when) => `About a comment on ${platform}, written ${when}.`,
  purged: (when) =>
    `_The comment, the question and the answer are purged under the city's records plan (${when})._`,
};

export function questionTexts(language: ReaderLanguage | undefined): QuestionTexts {
  return language === 'en' ? ENGLISH : SWEDISH;
}
