import assert from 'node:assert/strict';
import { crc32, zipEnd, zipEntry } from '../../services/app/records/zip-records';

/** Offsets past 4 GiB, which a package of a half-year's films can reach: the fields APPNOTE 4.5.3 and 4.3.14 give. */
const FAR = 5 * 2 ** 32;

describe('the zip records of a package', () => {
  it('reckons CRC-32 as zip readers check it', () => {
    // The check value of CRC-32/ISO-HDLC.
    assert.equal(crc32(new Uint8Array(Buffer.from('123456789'))), 0xcbf43926);
    // Reckoned piece by piece, as a kept copy is read: the same check value.
    assert.equal(
      crc32(new Uint8Array(Buffer.from('6789')), crc32(new Uint8Array(Buffer.from('12345')))),
      0xcbf43926,
    );
  });

  it('keeps the offset of an entry written past 4 GiB in a ZIP64 extra field', () => {
    const { central } = zipEntry('samtal/x/1.json', new Uint8Array(Buffer.from('{}')), {
      stored: false,
      day: '2026-11-30',
      offset: FAR,
    });
    const nameLength = central.readUInt16LE(28);
    assert.equal(central.readUInt32LE(42), 0xffffffff, 'the classic field says: see ZIP64');
    assert.equal(central.readUInt16LE(30), 12);
    assert.equal(central.readUInt16LE(46 + nameLength), 0x0001, 'the ZIP64 extra field');
    assert.equal(central.readBigUInt64LE(46 + nameLength + 4), BigInt(FAR));
  });

  it('ends past 65,535 entries with a ZIP64 end record, its locator, and the classic end saying so', () => {
    const end = zipEnd(70_000, 6_000_000, FAR);
    assert.equal(end.readUInt32LE(0), 0x06064b50);
    assert.equal(end.readBigUInt64LE(32), 70_000n);
    assert.equal(end.readBigUInt64LE(48), BigInt(FAR));
    assert.equal(end.readUInt32LE(56), 0x07064b50);
    assert.equal(end.readBigUInt64LE(64), BigInt(FAR + 6_000_000), 'where the ZIP64 end record stands');
    const classic = end.subarray(76);
    assert.equal(classic.readUInt32LE(0), 0x06054b50);
    assert.equal(classic.readUInt16LE(10), 0xffff);
    assert.equal(classic.readUInt32LE(16), 0xffffffff);
    assert.equal(zipEnd(3, 200, 1000).length, 22, 'a small package ends the classic way only');
  });
});
