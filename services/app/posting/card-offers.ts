import { platinaDocumentLink } from '../../../cards/tab-link';
import type { SavedAnswerChoice } from '../../../cards/teamwork-forms';
import type { StoredComment } from '../../domain/comment';
import type { KeyedIds } from '../../domain/keyed-id';
import { commentKeyText } from '../../domain/platform';
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
      /** The records plan's keyed ids: a storm's card names its post by one. */
      readonly keyedIds: KeyedIds;
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

  /** A storm's post as its card names it: `<platform>:<keyed post id>`. */
  stormKey(comment: StoredComment): string {
    return commentKeyText({
      platform: comment.platform,
      commentId: this.lists.keyedIds({ platform: comment.platform, commentId: comment.postId }),
    });
  }

  /** Where a closed case's document for Platina opens: the overview tab. */
  documentLink(comment: StoredComment): string {
    return platinaDocumentLink(this.lists.teamsAppId, comment);
  }
}
