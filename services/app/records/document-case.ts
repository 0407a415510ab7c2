import { createHash } from 'node:crypto';
import { platinaDocument } from '../../../cards/platina-document';
import { AppError } from '../../domain/app-error';
import type { Person } from '../../domain/person';
import type { CommentKey } from '../../domain/platform';
import { eventOf, record } from '../../domain/transition-steps';
import type { Clock, CommentHistory, CommentQueries, Comments, DocumentPrinter } from '../../ports/index';
import type { AccountDirectory } from '../accounts/account-directory';

export interface DocumentCaseDeps {
  readonly store: Pick<Comments, 'get' | 'mutate'> &
    Pick<CommentHistory, 'listHistory'> &
    Pick<CommentQueries, 'listWrittenSince'>;
  readonly printer: DocumentPrinter;
  readonly accounts: AccountDirectory;
  readonly clock: Clock;
}

/**
 * The document for Platina of a case closed here: the conversation as a PDF/A-2b file (cards/platina-document.ts).
 * Its SHA-256 goes into the comment's history the first time it is made; the same case gives the same file, so a
 * copy made again can be checked against that line.
 */
export async function documentCase(
  deps: DocumentCaseDeps,
  key: CommentKey,
  by: Person,
): Promise<{ readonly pdf: Uint8Array; readonly sha256: string; readonly reference: string }> {
  const stored = (await deps.store.get(key))?.value;
  if (!stored) throw new AppError('comment_not_found', 'No such comment');
  if (stored.anonymisedAt)
    throw new AppError('comment_anonymised', 'The records plan has purged the comment');
  const reference = stored.closure?.platinaRef;
  if (stored.state !== 'case_closed' || !reference) {
    throw new AppError('case_not_closed', 'Only a case closed with its Platina reference is documented');
  }
  const replies = (await deps.store.listWrittenSince(stored.writtenAt))
    .filter((c) => c.platform === stored.platform && c.conversation?.rootId === stored.commentId)
    .sort((a, b) => (a.writtenAt < b.writtenAt ? -1 : a.writtenAt > b.writtenAt ? 1 : 0));
  const history = await deps.store.listHistory(key);
  const account = deps.accounts.displayName(stored.platform, stored.accountId);
  const pdf = await deps.printer.printPdfA(platinaDocument(stored, replies, history, account));
  const sha256 = createHash('sha256').update(pdf).digest('hex');
  const line = `SHA-256 ${sha256}`;
  if (!history.some((event) => event.action === 'documented' && event.detail === line)) {
    const event = eventOf(by, deps.clock.now(), 'documented', line);
    await deps.store.mutate(key, (current) => record(current, event));
  }
  return { pdf, sha256, reference };
}
