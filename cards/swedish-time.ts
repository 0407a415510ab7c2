import { SV } from './locale/sv';

/** "tis 10 nov kl. 08:42" in Stockholm time. */
export const swedishDateTime = SV.dateTime;
