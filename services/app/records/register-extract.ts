import { registerExtractReadme } from '../../../cards/locale/register-extract-texts';
import type { StoredComment } from '../../domain/comment';
import { commentKeyText } from '../../domain/platform';
import { isWrittenBy, placesNaming, type SubjectQuery } from '../../domain/subject-query';
import type { ArchiveLedger, CommentHistory, MediaVault, SubjectSearch } from '../../ports/index';
import type { AccountDirectory } from '../accounts/account-directory';
import { archivedComment, attachmentFiles, utf8, withManifest, type ArchiveFile } from './archive-package';
import { canonicalJson } from './canonical-json';

export interface RegisterExtractDeps {
  readonly search: SubjectSearch;
  readonly history: Pick<CommentHistory, 'listHistory'>;
  readonly media?: Pick<MediaVault, 'stream'>;
  readonly accounts: AccountDirectory;
  readonly archives: Pick<ArchiveLedger, 'listTaken'>;
  readonly retentionDays: number;
}

/** The comment without what others wrote: the words of the comment it answered and of the post it is on. */
function ownPartOf(comment: StoredComment): StoredComment {
  const { conversation, postFirstWords: _post, ...own } = comment;
  if (!conversation) return own;
  const { parentText: _parent, ...link } = conversation;
  return { ...own, conversation: link };
}

/**
 * A register extract (registerutdrag, GDPR art. 15): every comment the resident wrote, found by their platform id or
 * name, with all the city holds about each (answers, history, department questions, notes, moderation copies,
 * media), and where others named them — only where, as those hold other people's data. What the records plan purged
 * is not found; the README says so and which archive packages hold it.
 */
export async function registerExtract(
  deps: RegisterExtractDeps,
  query: SubjectQuery,
  taken: { readonly at: string; readonly by: string },
): Promise<{ readonly files: ArchiveFile[]; readonly written: number; readonly naming: number }> {
  const naming: { key: string; platform: string; writtenAt: string; places: string[] }[] = [];
  const written = await deps.search.listMatching((comment) => {
    if (isWrittenBy(comment, query)) return true;
    const places = placesNaming(comment, query);
    if (places.length > 0) {
      naming.push({
        key: commentKeyText(comment),
        platform: comment.platform,
        writtenAt: comment.writtenAt,
        places,
      });
    }
    return false;
  });
  // One resident's comments: their few attachments measured before the document that names them, read as zipped.
  const byBlob = new Map<string, string>();
  const attachments: ArchiveFile[] = [];
  for await (const file of attachmentFiles(written, deps.media, byBlob)) attachments.push(file);
  const comments = [];
  for (const comment of written) {
    const history = await deps.history.listHistory(comment);
    comments.push({
      account: deps.accounts.displayName(comment.platform, comment.accountId),
      ...archivedComment(ownPartOf(comment), history, byBlob),
    });
  }
  const archived = (await deps.archives.listTaken()).map((p) => `${p.from} – ${p.to}`);
  const files: ArchiveFile[] = [
    {
      path: 'README.txt',
      bytes: utf8(
        registerExtractReadme({
          query: query.text,
          ...taken,
          written: written.length,
          naming: naming.length,
          retentionDays: deps.retentionDays,
          archived,
        }),
      ),
    },
    {
      path: 'registerutdrag.json',
      bytes: utf8(
        canonicalJson({
          sökning: query.text,
          uttaget: taken.at,
          kommentarer: comments,
          // Where, not which: another resident's comment id is theirs, and this file goes to the one who asked.
          omnämnanden: naming.map((n) => ({ plattform: n.platform, skriven: n.writtenAt, var: n.places })),
        }),
      ),
    },
    ...attachments,
    {
      path: 'dataskyddsombudet/omnamnanden.json',
      bytes: utf8(canonicalJson({ omnämnanden: naming.map((n) => ({ kommentar: n.key, var: n.places })) })),
    },
  ];
  const packed: ArchiveFile[] = [];
  for await (const file of withManifest(files)) packed.push(file);
  return { files: packed, written: written.length, naming: naming.length };
}
