import { DateTime } from 'luxon';

/**
 * Meta's messaging window: a Page answers freely within 24 hours of the person's last message; a human agent may
 * answer within 7 days with the HUMAN_AGENT tag (a message written on Friday afternoon, answered on Monday);
 * after that the Page cannot answer in Messenger at all.
 */
export type MessengerWindow = 'response' | 'human_agent' | 'closed';

export function messengerWindow(lastMessageAt: string, now: DateTime): MessengerWindow {
  const hours = now.diff(DateTime.fromISO(lastMessageAt)).as('hours');
  if (hours <= 24) return 'response';
  if (hours <= 7 * 24) return 'human_agent';
  return 'closed';
}
