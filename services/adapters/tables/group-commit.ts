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
 * Group commit for one table: transactions for the same partition that arrive while one is on its way are stored
 * together in the next, so a burst costs a few round trips, not one each. One that arrives alone is sent at once:
 * nothing waits that need not. Each member is answered only once its own rows are stored. A shared transaction that
 * fails (a duplicate in it, a fault) costs its members only a second try each on their own, each answered as if it
 * had come alone — a duplicate then fails alone, and the rest are stored.
 */
export class GroupCommit {
  private readonly waiting = new Map<string, Waiting[]>();
  private readonly sending = new Set<string>();

  constructor(private readonly table: Pick<TableClient, 'submitTransaction'>) {}

  submit(partitionKey: string, actions: readonly TransactionAction[]): Promise<CommittedPart> {
    return new Promise((resolve, reject) => {
      const queue = this.waiting.get(partitionKey) ?? [];
      queue.push({ actions, bytes: JSON.stringify(actions).length, resolve, reject });
      this.waiting.set(partitionKey, queue);
      if (!this.sending.has(partitionKey)) void this.send(partitionKey);
    });
  }

  private async send(partitionKey: string): Promise<void> {
    this.sending.add(partitionKey);
    try {
      const queue = this.waiting.get(partitionKey) ?? [];
      while (queue.length > 0) {
        const members = takeBatch(queue);
        if (members.length === 1) await this.alone(members[0] as Waiting);
        else await this.together(members);
      }
      this.waiting.delete(partitionKey);
    } finally {
      this.sending.delete(partitionKey);
    }
  }

  private async alone(member: Waiting): Promise<void> {
    try {
      member.resolve({ result: await this.table.submitTransaction([...member.actions]), offset: 0 });
    } catch (error) {
      member.reject(error);
    }
  }

  private async together(members: readonly Waiting[]): Promise<void> {
    let result: TableTransactionResponse;
    try {
      result = await this.table.submitTransaction(members.flatMap((m) => [...m.actions]));
    } catch {
      await Promise.all(members.map((member) => this.alone(member)));
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
