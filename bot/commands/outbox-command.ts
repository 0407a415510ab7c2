import { PLATFORM_NAMES } from '../../services/domain/platform';
import type { Clock, OutboxQueue } from '../../services/ports';
import type { AccessControl } from '../access-control';
import type { CommandInput } from './run-command';
import { utcIso } from '../../services/domain/utc-iso';

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
  const sub = words.slice(1).join(' ').toLowerCase();
  if (!sub.startsWith('lista') && !sub.startsWith('försök igen')) return help;
  deps.access.assertAdmin(input.actor);
  if (sub.startsWith('försök igen')) {
    const count = await deps.queue.retryDeadLetters(utcIso(deps.clock.now()));
    return count === 0
      ? 'Inga kort väntar på ett nytt försök.'
      : `${count} kort ligger i kö igen och postas inom en stund.`;
  }
  const dead = await deps.queue.listDeadLetters(SHOWN + 1);
  const pending = await deps.queue.listPending(1000);
  if (dead.length === 0) return `Inga kort är stoppade. ${pending.length} kort väntar på att postas just nu.`;
  const lines = dead
    .slice(0, SHOWN)
    .map((d) => `- ${PLATFORM_NAMES[d.key.platform]}: Teams svarade ${d.code} efter ${d.attempts} försök`);
  return (
    `Kort som Teams inte tog emot (${dead.length > SHOWN ? `fler än ${SHOWN}` : dead.length}). Kommentarerna är sparade. ` +
    `Skriv **utkorg försök igen** när felet är åtgärdat.\n\n${lines.join('\n')}`
  );
}
