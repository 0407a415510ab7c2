import { DateTime } from 'luxon';
import { ZONE } from '../domain/deadline';
import type { Clock } from '../ports';

export const systemClock: Clock = {
  now: () => DateTime.now().setZone(ZONE),
};
