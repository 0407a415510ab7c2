import { createHash } from 'node:crypto';
import { stringify } from 'csv-stringify/sync';
import { ARCHIVE_SUMMARY_COLUMNS, archiveReadme } from '../../../cards/locale/archive-texts';
import type { HistoryEvent } from '../../domain/comment';
import { commentKeyText } from '../../domain/platform';
import type { CommentHistory, MediaVault } from '../../ports/index';
import type { AccountDirectory } from '../accounts/account-directory';
import { asText } from './csv-export';
import type { ArchivePeriod } from '../../domain/archive-period';
import { canonicalJson } from './canonical-json';
import { crc32 } from './zip-records';
import {
  held,
  inWrittenOrder,
  PeriodComments,
  type HeldComment,
  type PeriodComment,
} from './period-comments';
import { isModeration, moderationRegisterCsv } from './moderation-register';

const SUMMARY_FORMAT = {
  header: true,
  columns: [...ARCHIVE_SUMMARY_COLUMNS],
  delimiter: ';',
  record_delimiter: '\r\n',
} as const;

/** A package file: its bytes at hand, or a kept copy read from the vault as it is sent. */
export type ArchiveFile = HeldFile | CopiedFile;

export interface HeldFile {
  readonly path: string;
  readonly bytes: Uint8Array;
}

/**
 * A kept photo or film, read from the vault twice: first for its size and checksums, which a zip states before
 * the bytes, then a piece at a time as it is sent, checked against the first read. Never held whole in the
 * archive package (the register extract, of a few files, is zipped in memory).
 */
export interface CopiedFile {
  readonly path: string;
  readonly size: number;
  readonly crc32: number;
  readonly sha256: string;
  /** The bytes again; undefined if the copy is gone since. */
  readonly pieces: () => Promise<AsyncIterable<Uint8Array> | undefined>;
}

export type ArchiveSource = Pick<CommentHistory, 'eachWrittenSince'>;

/** A text file's bytes, as every package file is written: UTF-8. */
export const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

/** A file name from a platform id: ids hold letters, digits, '_', '-' and '.'; anything else becomes '_'. */
const fileId = (id: string) => id.replace(/[^A-Za-z0-9_.-]/g, '_');

/** What the archive keeps of a comment: everything it holds, except where its card is and Teams' copy of it. */
export function archivedComment(
  comment: HeldComment,
  history: readonly HistoryEvent[],
  attachments: ReadonlyMap<string, string>,
): Record<string, unknown> {
  const { media, ...kept } = held(comment);
  const files = media?.map((m) => (m.kept ? { ...m, file: attachments.get(m.kept.blob) } : m));
  return { key: commentKeyText(comment), ...kept, ...(files ? { media: files } : {}), history };
}

const EXTENSIONS: Readonly<Record<string, string>> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'video/mp4': 'mp4',
  'video/quicktime': 'mov',
};

/**
 * The kept copies of the comments' media, read one at a time as the package comes to them, as files
 * `bilagor/<platform>/<comment id>-<n>.<ext>`; `byBlob` learns each one's path as it is read, so what names an
 * attachment names one the package holds (a copy gone from the vault is left out).
 */
export async function* attachmentFiles(
  comments: readonly HeldComment[],
  media: Pick<MediaVault, 'stream'> | undefined,
  byBlob: Map<string, string>,
): AsyncGenerator<CopiedFile> {
  if (!media) return;
  for (const comment of comments) {
    for (const [n, item] of (comment.media ?? []).entries()) {
      if (!item.kept) continue;
      const { blob, contentType } = item.kept;
      const measured = await measure(await media.stream(blob));
      if (!measured) continue;
      const extension = EXTENSIONS[contentType] ?? 'bin';
      const path = `bilagor/${comment.platform}/${fileId(comment.commentId)}-${n + 1}.${extension}`;
      byBlob.set(blob, path);
      yield { path, ...measured, pieces: () => media.stream(blob) };
    }
  }
}

/** What a copy's header and the manifest state of it, reckoned a piece at a time as it is read. */
export class CopySums {
  private size = 0;
  private crc = 0;
  private readonly hash = createHash('sha256');

  /** Bytes read so far. */
  get bytes(): number {
    return this.size;
  }

  add(piece: Uint8Array): void {
    this.size += piece.length;
    this.crc = crc32(piece, this.crc);
    this.hash.update(piece);
  }

  /** The sums of all that was added (once: the hash is finished by it). */
  done(): Pick<CopiedFile, 'size' | 'crc32' | 'sha256'> {
    return { size: this.size, crc32: this.crc, sha256: this.hash.digest('hex') };
  }
}

/** A copy's size, CRC-32 and SHA-256, read a piece at a time; undefined when it is gone. */
async function measure(
  pieces: AsyncIterable<Uint8Array> | undefined,
): Promise<Pick<CopiedFile, 'size' | 'crc32' | 'sha256'> | undefined> {
  if (!pieces) return undefined;
  const sums = new CopySums();
  for await (const piece of pieces) sums.add(piece);
  return sums.done();
}

/** The summary, a line per comment, a conversation's lines together: made a conversation at a time. */
function summaryCsv(period: PeriodComments): Uint8Array {
  const parts = [Buffer.from(`\ufeff${stringify([], SUMMARY_FORMAT)}`, 'utf8')];
  for (const { items } of period.byConversation()) {
    const first = items[0]?.comment;
    const rows = items.map(({ comment: c }) => [
      commentKeyText(c),
      `${c.platform}:${first?.conversation?.rootId ?? first?.commentId ?? c.commentId}`,
      c.platform,
      c.accountId,
      c.writtenAt,
      asText(c.authorName),
      asText(c.text),
      c.state,
      c.deadline,
      c.firstResponseAt ?? '',
      String(c.sent.length),
      c.moderation ? `${c.moderation.action} (${c.moderation.reason})` : '',
      c.closure?.platinaRef ?? '',
      c.anonymisedAt ?? '',
    ]);
    parts.push(Buffer.from(stringify(rows, { ...SUMMARY_FORMAT, header: false }), 'utf8'));
  }
  return new Uint8Array(Buffer.concat(parts));
}

/**
 * The files as they pass, and after them the SHA-256 of each, in the form `sha256sum` writes and `sha256sum -c`
 * checks: only the sums are kept, never the files.
 */
export async function* withManifest(
  files: AsyncIterable<ArchiveFile> | Iterable<ArchiveFile>,
): AsyncGenerator<ArchiveFile> {
  const lines: string[] = [];
  for await (const file of files) {
    const sum = 'bytes' in file ? createHash('sha256').update(file.bytes).digest('hex') : file.sha256;
    lines.push(`${sum}  ${file.path}\n`);
    yield file;
  }
  yield { path: 'manifest-sha256.txt', bytes: utf8(lines.join('')) };
}

/**
 * The archive deposit for a period: one JSON document per conversation (every comment written in the period with
 * what the city answered, its history, moderation and copies, department questions), the kept media, the summary
 * CSV, the moderation register, a README in Swedish and the manifest of checksums. The period's comments and their
 * history are read first (a failure to read them is an error before anything is sent); the files are then made one
 * at a time as they are taken, attachments read from the vault as their turn comes. They come in a fixed order and
 * their bytes depend on the stored data only, so the same period gives the same package.
 */
export async function archiveFiles(
  source: ArchiveSource,
  period: ArchivePeriod,
  accounts: AccountDirectory,
  media?: Pick<MediaVault, 'stream'>,
): Promise<AsyncIterable<ArchiveFile>> {
  // Read as a stream, holding only the period's comments and their history: what was written after the period is
  // let go as it passes, so a package of a period long past holds no more than one made the day after it.
  const comments = new PeriodComments();
  /** The few comments with kept copies or moderation lines, held as they are, in the package's order. */
  const withMedia: HeldComment[] = [];
  const moderated: PeriodComment[] = [];
  for await (const item of source.eachWrittenSince(period.startUtc)) {
    if (item.comment.writtenAt >= period.endUtc) continue;
    const kept = comments.add(item);
    if (kept.comment.media?.some((m) => m.kept)) withMedia.push(kept.comment);
    if (kept.history.some(isModeration)) moderated.push(kept);
  }
  withMedia.sort(inWrittenOrder);
  moderated.sort((a, b) => inWrittenOrder(a.comment, b.comment));
  const attachments = new Map<string, string>();
  const document = (root: string, items: readonly PeriodComment[]): HeldFile => {
    const first = (items[0] as PeriodComment).comment;
    const [platform, ...id] = root.split(':');
    return {
      path: `samtal/${platform}/${fileId(id.join(':'))}.json`,
      bytes: utf8(
        canonicalJson({
          conversation: root,
          platform: first.platform,
          account: { id: first.accountId, name: accounts.displayName(first.platform, first.accountId) },
          post: { id: first.postId, permalink: first.postPermalink, firstWords: first.postFirstWords },
          // All that is known of each comment, also what happened after the period (a closure the next month).
          comments: items.map((c) => archivedComment(c.comment, c.history, attachments)),
        }),
      ),
    };
  };
  async function* files(): AsyncGenerator<ArchiveFile> {
    yield {
      path: 'README.txt',
      bytes: utf8(
        archiveReadme({
          from: period.from,
          to: period.to,
          conversations: comments.conversations,
          comments: comments.comments,
        }),
      ),
    };
    yield { path: 'sammanfattning.csv', bytes: summaryCsv(comments) };
    yield { path: 'moderering.csv', bytes: utf8(moderationRegisterCsv(moderated, accounts)) };
    // The attachments before the documents that name them: a document names only the copies the package holds.
    yield* attachmentFiles(withMedia, media, attachments);
    for (const { root, items } of comments.byConversation()) yield document(root, items);
  }
  return withManifest(files());
}
