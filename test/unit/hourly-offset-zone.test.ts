import assert from 'node:assert/strict';
import { DateTime, IANAZone } from 'luxon';
import { HourlyOffsetZone } from '../../services/domain/hourly-offset-zone';
import { ZONE } from '../../services/domain/working-calendar';

const at = (iso: string) => Date.parse(iso);
const MINUTE = 60_000;

describe("the city's time zone, its offsets remembered by the hour", () => {
  it('turns the clocks at 01:00 UTC on the last Sundays of March and October, asked in any order', () => {
    // Asked after the change first, so a remembered hour could only be wrong the other way.
    assert.equal(ZONE.offset(at('2026-03-29T01:30:00Z')), 120);
    assert.equal(ZONE.offset(at('2026-03-29T00:59:59.999Z')), 60);
    assert.equal(ZONE.offset(at('2026-03-29T01:00:00Z')), 120);
    assert.equal(ZONE.offset(at('2026-10-25T01:00:00Z')), 60);
    assert.equal(ZONE.offset(at('2026-10-25T00:59:59.999Z')), 120);
    assert.equal(ZONE.offset(at('2026-12-06T12:00:00Z')), 60);
  });

  it('gives the local times of the change as luxon does in the same zone by name', () => {
    for (const local of ['2026-03-29T01:59', '2026-03-29T02:30', '2026-03-29T03:00', '2026-10-25T02:30']) {
      const remembered = DateTime.fromISO(local, { zone: ZONE });
      const named = DateTime.fromISO(local, { zone: 'Europe/Stockholm' });
      assert.equal(remembered.toISO(), named.toISO(), local);
      assert.ok(remembered.equals(named), `${local}: the same instant in the same zone`);
    }
    assert.equal(
      DateTime.fromISO('2026-03-29T02:30', { zone: ZONE }).toISO(),
      '2026-03-29T03:30:00.000+02:00',
    );
    assert.equal(
      DateTime.fromISO('2026-03-28T23:30:00Z', { zone: 'utc' }).setZone(ZONE).plus({ days: 1 }).toISO(),
      '2026-03-30T00:30:00.000+02:00',
    );
  });

  it('asks again within an hour that holds a change: Lord Howe Island turns its clocks half an hour, at :30 UTC', () => {
    const zone = new HourlyOffsetZone('Australia/Lord_Howe');
    assert.equal(zone.offset(at('2026-10-03T15:45:00Z')), 660);
    assert.equal(zone.offset(at('2026-10-03T15:29:00Z')), 630);
    const named = IANAZone.create('Australia/Lord_Howe');
    for (let ts = at('2026-10-03T13:00:00Z'); ts < at('2026-10-03T18:00:00Z'); ts += MINUTE)
      assert.equal(zone.offset(ts), named.offset(ts), new Date(ts).toISOString());
  });

  it('names the zone as IANA does, and refuses one that does not exist', () => {
    assert.equal(DateTime.now().setZone(ZONE).zoneName, 'Europe/Stockholm');
    assert.equal(DateTime.fromISO('2026-07-01T12:00:00Z').setZone(ZONE).toFormat('ZZZZ'), 'GMT+2');
    assert.throws(() => new HourlyOffsetZone('Europe/Malmo'), /Unknown time zone: Europe\/Malmo/);
  });
});
