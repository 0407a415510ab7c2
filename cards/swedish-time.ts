import { DateTime } from 'luxon';

const ZONE = 'Europe/Stockholm';

/** "tis 10 nov kl. 08:42" in Stockholm time. */
export function swedishDateTime(iso: string): string {
  const time = DateTime.fromISO(iso, { zone: 'utc' }).setZone(ZONE).setLocale('sv');
  const weekday = time.toFormat('ccc').replace('.', '');
  const month = time.toFormat('LLL').replace('.', '');
  return `${weekday} ${time.day} ${month} kl. ${time.toFormat('HH:mm')}`;
}
