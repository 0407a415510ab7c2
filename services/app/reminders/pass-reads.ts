import type { AwayList, DutyStore, StaffStore } from '../../ports/index';

/** The lists a sweep's reminders are addressed from: who is on duty in a channel, who is away, the staff. */
export interface PassReads {
  readonly duty: Pick<DutyStore, 'list'>;
  readonly away?: Pick<AwayList, 'list'>;
  readonly staff?: Pick<StaffStore, 'list'>;
}

/** `read` once, its answer given to every asker after; a failed read is tried again by the next. */
function once<K, T>(read: (key: K) => Promise<T>): (key: K) => Promise<T> {
  const kept = new Map<K, Promise<T>>();
  return (key) => {
    const found = kept.get(key);
    if (found) return found;
    const answer = read(key);
    kept.set(key, answer);
    answer.catch(() => kept.delete(key));
    return answer;
  };
}

/**
 * The lists as one sweep pass reads them: each once, however many of the pass's reminders ask (a thousand
 * reminders due together read the away list once, not a thousand times). A change shows at the next pass.
 */
export function passReads(from: PassReads): PassReads {
  const { away, staff } = from;
  const duty = once((channelId: string) => from.duty.list(channelId));
  const awayList = away && once(() => away.list());
  const staffList = staff && once(() => staff.list());
  return {
    duty: { list: (channelId) => duty(channelId) },
    ...(awayList ? { away: { list: () => awayList(undefined) } } : {}),
    ...(staffList ? { staff: { list: () => staffList(undefined) } } : {}),
  };
}
