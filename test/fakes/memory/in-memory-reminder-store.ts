import type { ReminderStore, StoredReminder, Versioned } from '../../../services/ports/index';

type Row = { reminder: StoredReminder; claimedUntil: string; etag: string };

/** The order Table storage keeps a reminder's row in: due time, kind, comment. */
const rowKey = (r: StoredReminder) => `${r.dueAt}|${r.kind}|${encodeURIComponent(r.commentId)}`;
const keyOf = (r: StoredReminder) => `${r.platform}/${rowKey(r)}`;
const copy = <T>(value: T): T => structuredClone(value);

/**
 * The reminder store in memory, held to the same contract as the Azure Tables one (test/contract): the same
 * reminder added twice is one, a claim is conditional on the row as read, `done` puts the rest of the chain in the
 * reminder's place unless another instance did.
 */
export class InMemoryReminderStore implements ReminderStore {
  private readonly rows = new Map<string, Row>();
  private version = 0;
  lastReadCount = 0;

  private etag(): string {
    this.version += 1;
    return `W/"${this.version}"`;
  }

  async add(reminders: readonly StoredReminder[]): Promise<void> {
    for (const reminder of reminders) {
      if (this.rows.has(keyOf(reminder))) continue;
      this.rows.set(keyOf(reminder), { reminder: copy(reminder), claimedUntil: '', etag: this.etag() });
    }
  }

  async listDue(now: string, limit: number): Promise<Versioned<StoredReminder>[]> {
    const due = [...this.rows.values()]
      .filter((row) => row.reminder.dueAt <= now)
      .sort((a, b) => (rowKey(a.reminder) < rowKey(b.reminder) ? -1 : 1))
      .slice(0, limit);
    this.lastReadCount = due.length;
    return due
      .filter((row) => !(row.claimedUntil && row.claimedUntil > now))
      .map((row) => ({ value: copy(row.reminder), etag: row.etag }));
  }

  async claim(reminder: Versioned<StoredReminder>, until: string): Promise<boolean> {
    const row = this.rows.get(keyOf(reminder.value));
    if (!row || row.etag !== reminder.etag) return false;
    Object.assign(row, { claimedUntil: until, etag: this.etag() });
    return true;
  }

  async release(reminder: StoredReminder, from: string): Promise<void> {
    const row = this.rows.get(keyOf(reminder));
    if (row) Object.assign(row, { claimedUntil: from, etag: this.etag() });
  }

  async forgetFor(comments: readonly { platform: string; commentId: string }[]): Promise<number> {
    let forgotten = 0;
    for (const [key, row] of this.rows) {
      const of = comments.some(
        (c) => c.platform === row.reminder.platform && c.commentId === row.reminder.commentId,
      );
      if (of && this.rows.delete(key)) forgotten += 1;
    }
    return forgotten;
  }

  async done(reminder: StoredReminder, next?: StoredReminder): Promise<void> {
    const there = this.rows.delete(keyOf(reminder));
    // Another instance did this one, and put the next in its place.
    if (!there || !next) return;
    if (!this.rows.has(keyOf(next)))
      this.rows.set(keyOf(next), { reminder: copy(next), claimedUntil: '', etag: this.etag() });
  }
}
