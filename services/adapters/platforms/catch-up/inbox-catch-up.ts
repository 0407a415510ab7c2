import type { DateTime } from 'luxon';
import type { IncomingEvent, Media } from '../../../domain/comment';
import { utcIso } from '../../../domain/utc-iso';
import type { CommentSource, PollCursor, PollResult } from '../../../ports/index';
import { CATCH_UP_BUDGET_PERCENT, catchUp, type CatchUpOptions } from './catch-up-read';
import { GraphReader, graphTime, objectOf, textOf, type GraphObject } from './graph-reader';

/** Conversations looked at in one read: the most recently active, one page. */
export const INBOX_CONVERSATIONS_READ = 25;
/** Pages of 25 messages read in one conversation before the read moves on. */
export const INBOX_MESSAGE_PAGES = 4;

/** A message's attachments (image, video, other files) as media. */
function attachmentsOf(message: GraphObject): { media?: Media[] } {
  const listed = GraphReader.page(objectOf(message.attachments)).items;
  const media: Media[] = listed.map((attachment) => {
    const image = textOf(objectOf(attachment.image_data).url);
    const video = textOf(objectOf(attachment.video_data).url);
    if (image) return { kind: 'photo', url: image };
    if (video) return { kind: 'video', url: video };
    const file = textOf(attachment.file_url);
    return { kind: 'file', ...(file ? { url: file } : {}) };
  });
  return media.length > 0 ? { media } : {};
}

/** Which inbox a read covers: a Page's Messenger, or the Instagram account's Direct messages (through its Page). */
export type Inbox = 'messenger' | 'instagram';

/**
 * Reads an inbox back: conversations active since the last read (`/{page-id}/conversations?platform=messenger`,
 * or `me/conversations?platform=instagram` with the Instagram account's Page token), and in each the messages
 * written since then, newest first. The `m_…` ids are the ones webhooks carry (`mid`), so a message delivered both
 * ways is stored once. One call a read, and one more for each conversation with new messages.
 */
export class InboxCatchUp implements CommentSource {
  constructor(
    private readonly options: CatchUpOptions,
    /** Which inbox an account id stands for. */
    private readonly inboxOf: (accountId: string) => Inbox,
  ) {}

  fetchNew(accountId: string, token: string, cursor: PollCursor): Promise<PollResult> {
    const inbox = this.inboxOf(accountId);
    return catchUp(
      this.options,
      cursor,
      new GraphReader({ ...this.options, token, stopAtPercent: CATCH_UP_BUDGET_PERCENT }),
      async (reader, since, found) => {
        const owner = inbox === 'instagram' ? 'me' : encodeURIComponent(accountId);
        const body = await reader.get(`${owner}/conversations`, {
          platform: inbox,
          fields: 'id,updated_time',
          limit: String(INBOX_CONVERSATIONS_READ),
        });
        for (const conversation of GraphReader.page(body).items) {
          const active = graphTime(conversation.updated_time);
          if (active && active < since) break;
          await this.readConversation(reader, accountId, inbox, conversation, since, found);
        }
      },
    );
  }

  private async readConversation(
    reader: GraphReader,
    accountId: string,
    inbox: Inbox,
    conversation: GraphObject,
    since: DateTime,
    found: IncomingEvent[],
  ): Promise<void> {
    const path = `${encodeURIComponent(textOf(conversation.id) ?? '')}/messages`;
    const query = {
      fields: 'id,created_time,from,message,attachments{image_data,video_data,file_url}',
      limit: '25',
    };
    await reader.each(path, query, INBOX_MESSAGE_PAGES, (message) => {
      const written = graphTime(message.created_time);
      if (!written || written < since) return false;
      const event = this.eventOf(accountId, inbox, message, written);
      if (event) found.push(event);
      return true;
    });
  }

  private eventOf(
    accountId: string,
    inbox: Inbox,
    message: GraphObject,
    written: DateTime,
  ): IncomingEvent | undefined {
    const mid = textOf(message.id);
    const senderId = textOf(objectOf(message.from).id);
    // The account's own messages are its answers; Messenger keeps no thread of answers to link them to.
    if (!mid || !senderId || senderId === accountId) return undefined;
    return {
      kind: 'new',
      comment: {
        platform: 'messenger',
        commentId: mid,
        accountId,
        postId: '',
        ...(inbox === 'instagram' ? { origin: 'instagram_direct' as const } : {}),
        authorId: senderId,
        authorName: '',
        text: textOf(message.message) ?? '',
        writtenAt: utcIso(written),
        ...attachmentsOf(message),
      },
    };
  }
}
