import { DateTime } from 'luxon';
import type { HistoryEvent, StoredComment } from '../services/domain/comment';
import { commentKeyText, PLATFORM_NAMES } from '../services/domain/platform';
import { ZONE } from '../services/domain/working-calendar';
import type { PrintedBlock, PrintedDocument } from '../services/ports/documents';
import { SV } from './locale/sv';

/** "2026-11-16 10:42" in Swedish time: a record needs the year. */
const when = (iso: string) =>
  DateTime.fromISO(iso, { zone: 'utc' }).setZone(ZONE).toFormat('yyyy-MM-dd HH:mm');

/** One item of the conversation: what the resident wrote, then each answer the city gave to it. */
function messages(item: StoredComment): PrintedBlock[] {
  const author = item.authorName || item.authorId || 'okänd';
  return [
    {
      kind: 'message',
      heading: `${author} skrev ${when(item.writtenAt)}:`,
      text: item.text || '(ingen text)',
    },
    ...item.sent.map((sent): PrintedBlock => ({
      kind: 'message',
      heading: `${sent.by.name} svarade för staden ${when(sent.at)}${sent.onPlatform ? ' (på plattformen)' : ''}:`,
      text: sent.text,
    })),
  ];
}

const historyLine = (event: HistoryEvent) =>
  `${when(event.at)} · ${event.by} · ${SV.historyActions[event.action]}${event.detail ? `: ${event.detail}` : ''}`;

/**
 * The document a case handled in social media leaves for Platina (the seed: "Om ärendet hanteras i sociala medier
 * ska det efteråt dokumenteras i Platina"): the case's reference, where and when the first comment came, the
 * resident as the platform names them, every message and answer with who and when, and the history. Dated when the
 * case was closed, so the same case gives the same document.
 */
export function platinaDocument(
  comment: StoredComment,
  replies: readonly StoredComment[],
  history: readonly HistoryEvent[],
  accountName: string,
): PrintedDocument {
  const reference = comment.closure?.platinaRef ?? '';
  const platform = PLATFORM_NAMES[comment.platform];
  const closedAt = comment.closure?.at ?? comment.writtenAt;
  const blocks: PrintedBlock[] = [
    { kind: 'heading', text: `Ärende ${reference}: ${platform}, ${accountName}` },
    { kind: 'field', label: 'Platina-referens', value: reference },
    { kind: 'field', label: 'Plattform och konto', value: `${platform}, ${accountName}` },
    { kind: 'field', label: 'Mottagen', value: when(comment.receivedAt) },
    {
      kind: 'field',
      label: 'Invånare (som plattformen anger)',
      value: `${comment.authorName || '–'}${comment.authorId ? ` (id ${comment.authorId})` : ''}`,
    },
    ...(comment.permalink ? [{ kind: 'field' as const, label: 'Länk', value: comment.permalink }] : []),
    { kind: 'field', label: 'Handlagt av', value: comment.closure?.by.name ?? '–' },
    { kind: 'field', label: 'Avslutat', value: when(closedAt) },
    { kind: 'field', label: 'Svarsvaktens id', value: commentKeyText(comment) },
    { kind: 'heading', text: 'Samtalet' },
    ...[comment, ...replies].flatMap(messages),
    { kind: 'heading', text: 'Historik' },
    ...history
      .filter((event) => event.action !== 'documented' && event.action !== 'sent_to_registry')
      .map((event): PrintedBlock => ({ kind: 'paragraph', text: historyLine(event) })),
    {
      kind: 'paragraph',
      text:
        'Upprättat av Svarsvakten ur kommentarens historik när ärendet avslutades. Dokumentets kontrollsumma ' +
        '(SHA-256) står i kommentarens historik i Svarsvakten.',
    },
  ];
  return {
    title: `Ärende ${reference} – ${platform}-kommentar ${when(comment.writtenAt)}`,
    subject: `Dokumentation av ärende ${reference} som hanterades i sociala medier`,
    keywords: `Svarsvakten; ${reference}; ${platform}`,
    createdAt: closedAt,
    blocks,
  };
}
