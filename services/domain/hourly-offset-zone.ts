import { IANAZone, Zone, type ZoneOffsetFormat, type ZoneOffsetOptions } from 'luxon';

const HOUR_MS = 3_600_000;
/** Hours remembered: a few years of them, then the memory starts over. */
const MOST_HOURS = 50_000;

/**
 * An IANA time zone whose offset from UTC is worked out once for each hour. luxon asks the zone for its offset at
 * every date it makes or moves, and IANAZone asks Intl every time: a formatToParts call that was the largest part
 * of the time the bot spent on dates. An hour's offset is remembered only when it is the same at the hour's first
 * and last millisecond; an hour that holds a change (Sweden's are at 01:00 UTC) is asked of Intl each time.
 * Everything else, and what luxon does with an IANA zone (Intl formatting in it, its name), is IANAZone's.
 */
export class HourlyOffsetZone extends Zone<true> {
  private readonly zone: IANAZone;
  private readonly offsets = new Map<number, number>();

  constructor(name: string) {
    super();
    this.zone = IANAZone.create(name);
    if (!this.zone.isValid) throw new Error(`Unknown time zone: ${name}`);
  }

  override get type(): string {
    return this.zone.type;
  }

  override get name(): string {
    return this.zone.name;
  }

  override get isUniversal(): boolean {
    return false;
  }

  override get isValid(): true {
    return true;
  }

  override offsetName(ts: number, options: ZoneOffsetOptions): string {
    return this.zone.offsetName(ts, options) ?? '';
  }

  override formatOffset(ts: number, format: ZoneOffsetFormat): string {
    return this.zone.formatOffset(ts, format);
  }

  override offset(ts: number): number {
    const hour = Math.floor(ts / HOUR_MS);
    const known = this.offsets.get(hour);
    if (known !== undefined) return known;
    const first = this.zone.offset(hour * HOUR_MS);
    if (first !== this.zone.offset(hour * HOUR_MS + HOUR_MS - 1)) return this.zone.offset(ts);
    if (this.offsets.size >= MOST_HOURS) this.offsets.clear();
    this.offsets.set(hour, first);
    return first;
  }

  override equals(other: Zone): boolean {
    return this.zone.equals(other);
  }
}
