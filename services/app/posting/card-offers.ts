import { platinaDocumentLink } from '../../../cards/tab-link';
import type { SavedAnswerChoice } from '../../../cards/teamwork-forms';
import type { StoredComment } from '../../domain/comment';
import { savedAnswersFor, type SavedAnswer } from '../../domain/saved-answer';
import type { DepartmentRoute } from '../../ports/index';
import type { CachedList } from '../access/cached-list';
import type { StaffRoster } from '../access/staff-roster';

/**
 * What a card offers to choose from, from lists kept in memory so drawing a card costs no storage call: the
 * colleagues for Tilldela, the account's saved answers, the departments for Fråga verksamheten; and where a closed
 * case's document for Platina opens.
 */
export class CardOffers {
  constructor(
    private readonly lists: {
      readonly roster: StaffRoster;
      readonly savedAnswers: CachedList<SavedAnswer>;
      readonly departments: CachedList<DepartmentRoute>;
      /** The Teams app's id, which links into the overview tab name. */
      readonly teamsAppId: string;
    },
  ) {}

  colleagues(comment: StoredComment) {
    return this.lists.roster.colleaguesFor(comment);
  }

  savedAnswers(comment: StoredComment): SavedAnswerChoice[] {
    return savedAnswersFor(comment, this.lists.savedAnswers.current());
  }

  departments(): string[] {
    return this.lists.departments.current().map((d) => d.name);
  }

  /** Where a closed case's document for Platina opens: the overview tab. */
  documentLink(comment: StoredComment): string {
    return platinaDocumentLink(this.lists.teamsAppId, comment);
  }
}
