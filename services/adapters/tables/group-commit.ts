import type { TableClient, TableTransactionResponse, TransactionAction } from '@azure/data-tables';

/** What one member of a shared transaction gets back: the whole answer, and where its own actions began in it. */
export interface CommittedPart {
  readonly result: TableTransactionResponse;
  readonly offset: number;
}

/** A partition's members waiting, and its transactions on their way. */
interface Partition {
  readonly queue: Waiting[];
  senders: number;
  /** When the latest transaction was sent (performance.now()). */
  lastSentAt: number;
  /** Whether a timer looks again at what waits. */
  watched: boolean;
}

interface Waiting {
  readonly actions: readonly TransactionAction[];
  readonly bytes: number;
  readonly resolve: (part: CommittedPart) => void;
  readonly reject: (error: unknown) => void;
}

/** Azure Tables: at most 100 actions in one transaction, and at most 4 MiB in its request; kept well inside. */
const MAX_ACTIONS = 100;
const MAX_BYTES = 2 * 1024 * 1024;
/**
 * A partition's transactions go one at a time, and what arrives meanwhile goes in the next: the fewest round trips,
 * and the least work for the server when it is busiest. When none has been sent for `SLOW_MS` while members wait
 * (the one on its way is slow or hung), another goes beside it, up to `IN_FLIGHT` on their way at once: a hung
 * request holds up only its own members and the next half second's.
 */
const SLOW_MS = 500;
const IN_FLIGHT = 4;
/**
 * How long one transaction may take before it is given up: a hung request would otherwise hold its sender, and with
 * four hung the partition. One given up that had been stored after all is found so when its members go again
 * (a duplicate, or a changed ETag), as after any other ambiguous failure.
 */
const TRY_TIMEOUT_MS = 30_000;

/**
 * Group commit for one table: transactions for the same partition that arrive while another is on its way are
 * stored together in the next, so a burst costs a few round trips, not one each. One that arrives when none is on
 * its way is sent at once: nothing waits that need not. Each member is answered only once its own rows are stored.
 * A shared transaction that fails (a duplicate in it, a fault) costs its members a second try each on their own,
 * one after another, each answered as if it had come alone — a duplicate then fails alone, and the rest are stored.
 */
export class GroupCommit {
  private readonly partitions = new Map<string, Partition>();

  constructor(private readonly table: Pick<TableClient, 'submitTransaction'>) {}

  submit(partitionKey: string, actions: readonly TransactionAction[]): Promise<CommittedPart> {
    return new Promise((resolve, reject) => {
      const bytes = Buffer.byteLength(JSON.stringify(actions));
      let partition = this.partitions.get(partitionKey);
      if (!partition) {
        partition = { queue: [], senders: 0, lastSentAt: 0, watched: false };
        this.partitions.set(partitionKey, partition);
      }
      partition.queue.push({ actions, bytes, resolve, reject });
      if (partition.senders === 0) void this.send(partitionKey, partition);
      else this.watch(partitionKey, partition);
    });
  }

  /**
   * Sends beside those on their way when none has been sent for `SLOW_MS` (and fewer than `IN_FLIGHT` are out);
   * otherwise, or for what is left beyond the transaction just sent, looks again when that would be so.
   */
  private watch(partitionKey: string, partition: Partition): void {
    if (partition.watched || partition.queue.length === 0) return;
    const due = partition.lastSentAt + SLOW_MS - performance.now();
    if (partition.senders === 0 || (due <= 0 && partition.senders < IN_FLIGHT)) {
      // The sender takes its transaction at once, so what is still waiting is beyond it.
      void this.send(partitionKey, partition);
      this.watch(partitionKey, partition);
      return;
    }
    partition.watched = true;
    setTimeout(
      () => {
        partition.watched = false;
        this.watch(partitionKey, partition);
      },
      due > 0 ? due : SLOW_MS,
    ).unref();
  }

  private async send(partitionKey: string, partition: Partition): Promise<void> {
    partition.senders += 1;
    try {
      while (partition.queue.length > 0) {
        const members = takeBatch(partition.queue);
        const sent = () => (partition.lastSentAt = performance.now());
        sent();
        if (members.length === 1) await this.alone(members[0] as Waiting);
        else await this.together(members, sent);
      }
    } finally {
      partition.senders -= 1;
      if (
        partition.senders === 0 &&
        partition.queue.length === 0 &&
        this.partitions.get(partitionKey) === partition
      )
        this.partitions.delete(partitionKey);
    }
  }

  private async alone(member: Waiting): Promise<void> {
    try {
      member.resolve({ result: await this.submitWithin([...member.actions]), offset: 0 });
    } catch (error) {
      member.reject(error);
    }
  }

  private submitWithin(actions: TransactionAction[]): Promise<TableTransactionResponse> {
    return this.table.submitTransaction(actions, { abortSignal: AbortSignal.timeout(TRY_TIMEOUT_MS) });
  }

  /** A shared transaction; when it fails, each member again on its own, each told by `sent` as it goes. */
  private async together(members: readonly Waiting[], sent: () => void): Promise<void> {
    let result: TableTransactionResponse;
    try {
      result = await this.submitWithin(members.flatMap((m) => [...m.actions]));
    } catch {
      for (const member of members) {
        sent();
        await this.alone(member);
      }
      return;
    }
    let offset = 0;
    for (const member of members) {
      member.resolve({ result, offset });
      offset += member.actions.length;
    }
  }
}

/** The first waiting members that fit in one transaction (always at least one), taken off the queue. */
function takeBatch(queue: Waiting[]): Waiting[] {
  let actions = 0;
  let bytes = 0;
  let count = 0;
  for (const member of queue) {
    if (count > 0 && (actions + member.actions.length > MAX_ACTIONS || bytes + member.bytes > MAX_BYTES))
      break;
    actions += member.actions.length;
    bytes += member.bytes;
    count += 1;
  }
  return queue.splice(0, count);
}
