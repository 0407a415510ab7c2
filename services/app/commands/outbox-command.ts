import { commandWords } from '../../../cards/locale/command-words';
import type { Clock, OutboxQueue } from '../../ports/index';
import type { AccessControl } from '../access/access-control';
import type { CommandInput } from './command-input';
import { utcIso } from '../../domain/utc-iso';

export interface OutboxCommandDeps {
  readonly access: AccessControl;
  readonly queue: OutboxQueue;
  readonly clock: Clock;
}

const SHOWN = 20;

/**
 * `utkorg lista | försök igen` (admins): the cards Teams refused for good, and another try for all of them once
 * what stopped them is fixed. Nothing is lost meanwhile: the comments are stored and on the queue.
 */
export async function outboxCommand(
  deps: OutboxCommandDeps,
  input: CommandInput,
  words: string[],
  help: string,
): Promise<string> {
  const T = commandWords(input.language).outbox;
  const sub = words.slice(1).join(' ').toLowerCase();
  if (!sub.startsWith('lista') && !sub.startsWith('försök igen')) return help;
  deps.access.assertAdmin(input.actor);
  if (sub.startsWith('försök igen')) {
    const count = await deps.queue.retryDeadLetters(utcIso(deps.clock.now()));
    return count === 0 ? T.nothingToRetry : T.retrying(count);
  }
  const dead = await deps.queue.listDeadLetters(SHOWN + 1);
  const pending = await deps.queue.listPending(1000);
  if (dead.length === 0) return T.noneStopped(pending.length);
  const lines = dead.slice(0, SHOWN).map((d) => T.stoppedLine(d.key.platform, d.code, d.attempts));
  const shown = dead.length > SHOWN ? T.moreThan(SHOWN) : String(dead.length);
  return T.stopped(shown, lines);
}
