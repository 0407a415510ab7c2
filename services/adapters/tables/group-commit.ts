import type { TableClient, TableTransactionResponse, TransactionAction } from '@azure/data-tables';

/** What one member of a shared transaction gets back: the whole answer, and where its own actions began in it. */
export interface CommittedPart {
  readonly result: TableTransactionResponse;
  readonly offset: number;
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
 * and the least work for the server when it is busiest. One still on its way after `SLOW_MS` is not waited on: what
 * waits goes beside it, up to `IN_FLIGHT` on their way at once, so a slow or hung request holds up only its own
 * members and those of the next half second.
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
  private readonly waiting = new Map<string, Waiting[]>();
  private readonly senders = new Map<string, number>();
  private readonly watching = new Set<string>();

  constructor(private readonly table: Pick<TableClient, 'submitTransaction'>) {}

  submit(partitionKey: string, actions: readonly TransactionAction[]): Promise<CommittedPart> {
    return new Promise((resolve, reject) => {
      const queue = this.waiting.get(partitionKey) ?? [];
      const bytes = Buffer.byteLength(JSON.stringify(actions));
      queue.push({ actions, bytes, resolve, reject });
      this.waiting.set(partitionKey, queue);
      if (!this.senders.get(partitionKey)) void this.send(partitionKey, queue);
      else this.watch(partitionKey, queue);
    });
  }

  /** Sends beside the one on its way if what waits is still waiting after `SLOW_MS`. */
  private watch(partitionKey: string, queue: Waiting[]): void {
    if (this.watching.has(partitionKey)) return;
    this.watching.add(partitionKey);
    setTimeout(() => {
      this.watching.delete(partitionKey);
      if (queue.length === 0) return;
      if ((this.senders.get(partitionKey) ?? 0) < IN_FLIGHT) void this.send(partitionKey, queue);
      else this.watch(partitionKey, queue);
    }, SLOW_MS).unref();
  }

  private async send(partitionKey: string, queue: Waiting[]): Promise<void> {
    this.senders.set(partitionKey, (this.senders.get(partitionKey) ?? 0) + 1);
    try {
      while (queue.length > 0) {
        const members = takeBatch(queue);
        if (members.length === 1) await this.alone(members[0] as Waiting);
        else await this.together(members);
      }
    } finally {
      const left = (this.senders.get(partitionKey) ?? 1) - 1;
      if (left > 0) this.senders.set(partitionKey, left);
      else {
        this.senders.delete(partitionKey);
        if (queue.length === 0) this.waiting.delete(partitionKey);
      }
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

  private async together(members: readonly Waiting[]): Promise<void> {
    let result: TableTransactionResponse;
    try {
      result = await this.submitWithin(members.flatMap((m) => [...m.actions]));
    } catch {
      for (const member of members) await this.alone(member);
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
