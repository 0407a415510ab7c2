import { deflateSync } from 'fflate';

/**
 * The records of a zip (PKWARE APPNOTE 6.3.10), written for files whose bytes are at hand: each entry's sizes and
 * CRC-32 stand in its local header, so no entry needs a data descriptor and every reader, streaming or not, takes
 * it; ZIP64 records where the package needs them (past 65,535 entries, or a central directory past 4 GiB). Every
 * field is fixed by the file's name and bytes and the day given, so the same files make the same bytes on any
 * machine and Node version (fflate deflates in JavaScript).
 */

const U16 = 0xffff;
const U32 = 0xffff_ffff;
/** UTF-8 names (bit 11). */
const FLAGS = 0x0800;
/** Made by Unix, version 4.5 (ZIP64). */
const MADE_BY = (3 << 8) | 45;
/** A regular file, rw-r--r--. */
const FILE_ATTRIBUTES = (0o100644 << 16) >>> 0;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb8_8320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** The CRC-32 of the bytes, as zip and gzip reckon it; `crc` the CRC-32 of the bytes before them, to go on from. */
export function crc32(bytes: Uint8Array, crc = 0): number {
  let c = (crc ^ U32) >>> 0;
  for (let i = 0; i < bytes.length; i++) c = (CRC_TABLE[(c ^ (bytes[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ U32) >>> 0;
}

/** A day (yyyy-MM-dd) as a zip's DOS date, at midnight. */
function dosDate(day: string): number {
  const [year = 1980, month = 1, date = 1] = day.split('-').map(Number);
  return ((Math.max(year, 1980) - 1980) << 9) | (month << 5) | date;
}

/**
 * The fields a local header and a central record share, in the same order (APPNOTE 4.3.7 and 4.3.12): from the
 * version needed to the extra field's length, written from `at`.
 */
function writeEntryFields(
  record: Buffer,
  at: number,
  f: {
    needed: number;
    method: number;
    date: number;
    crc: number;
    compressed: number;
    size: number;
    name: number;
    extra: number;
  },
): void {
  record.writeUInt16LE(f.needed, at);
  record.writeUInt16LE(FLAGS, at + 2);
  record.writeUInt16LE(f.method, at + 4);
  // Midnight: the time is 0.
  record.writeUInt16LE(0, at + 6);
  record.writeUInt16LE(f.date, at + 8);
  record.writeUInt32LE(f.crc, at + 10);
  record.writeUInt32LE(f.compressed, at + 14);
  record.writeUInt32LE(f.size, at + 18);
  record.writeUInt16LE(f.name, at + 22);
  record.writeUInt16LE(f.extra, at + 24);
}

export interface ZipEntry {
  /** The local header and the file's bytes as stored, to be written where `offset` said. */
  readonly local: readonly Uint8Array[];
  /** Its record in the central directory. */
  readonly central: Buffer;
}

/**
 * One file as an entry written at `offset`: deflated (level 6), or stored as it is where `stored` (photos and films,
 * compressed already). A single file of 4 GiB or more is refused: nothing the package holds comes near it.
 */
export function zipEntry(
  path: string,
  bytes: Uint8Array,
  options: { stored: boolean; day: string; offset: number },
): ZipEntry {
  const data = options.stored ? bytes : deflateSync(bytes, { level: 6 });
  const headers = entryHeaders(
    path,
    { method: options.stored ? 0 : 8, crc: crc32(bytes), compressed: data.length, size: bytes.length },
    options,
  );
  // A small file goes out as one chunk with its header; a large one is not copied.
  return {
    local: data.length < 64 * 1024 ? [Buffer.concat([headers.local, data])] : [headers.local, data],
    central: headers.central,
  };
}

/**
 * The local header and central record of a file stored as it is (a photo or film), whose size and CRC-32 are
 * known before its bytes are read: the bytes follow the header as they come.
 */
export function storedEntryHeaders(
  path: string,
  known: { size: number; crc: number },
  options: { day: string; offset: number },
): { local: Buffer; central: Buffer } {
  return entryHeaders(path, { method: 0, crc: known.crc, compressed: known.size, size: known.size }, options);
}

function entryHeaders(
  path: string,
  file: { method: number; crc: number; compressed: number; size: number },
  options: { day: string; offset: number },
): { local: Buffer; central: Buffer } {
  const name = Buffer.from(path, 'utf8');
  if (file.size >= U32 || file.compressed >= U32)
    throw new RangeError('A file of 4 GiB or more does not fit one zip entry');
  const { method, crc } = file;
  const date = dosDate(options.day);

  // Past 4 GiB the entry's offset goes in a ZIP64 extra field, the central record saying 0xFFFFFFFF.
  const far = options.offset >= U32;
  const extra = Buffer.alloc(far ? 12 : 0);
  if (far) {
    extra.writeUInt16LE(0x0001, 0);
    extra.writeUInt16LE(8, 2);
    extra.writeBigUInt64LE(BigInt(options.offset), 4);
  }
  const fields = { method, date, crc, compressed: file.compressed, size: file.size, name: name.length };

  const local = Buffer.alloc(30 + name.length);
  local.writeUInt32LE(0x0403_4b50, 0);
  writeEntryFields(local, 4, { ...fields, needed: 20, extra: 0 });
  name.copy(local, 30);

  const central = Buffer.alloc(46 + name.length + extra.length);
  central.writeUInt32LE(0x0201_4b50, 0);
  central.writeUInt16LE(MADE_BY, 4);
  writeEntryFields(central, 6, { ...fields, needed: far ? 45 : 20, extra: extra.length });
  central.writeUInt32LE(FILE_ATTRIBUTES, 38);
  central.writeUInt32LE(far ? U32 : options.offset, 42);
  name.copy(central, 46);
  extra.copy(central, 46 + name.length);

  return { local, central };
}

/**
 * The end of a zip whose central directory of `entries` records and `size` bytes starts at `offset`: with the ZIP64
 * end record and its locator before the classic one when a count or offset does not fit it.
 */
export function zipEnd(entries: number, size: number, offset: number): Buffer {
  const zip64 = entries >= U16 || size >= U32 || offset >= U32;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x0605_4b50, 0);
  end.writeUInt16LE(Math.min(entries, U16), 8);
  end.writeUInt16LE(Math.min(entries, U16), 10);
  end.writeUInt32LE(Math.min(size, U32), 12);
  end.writeUInt32LE(Math.min(offset, U32), 16);
  if (!zip64) return end;

  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x0606_4b50, 0);
  record.writeBigUInt64LE(44n, 4);
  record.writeUInt16LE(MADE_BY, 12);
  record.writeUInt16LE(45, 14);
  record.writeBigUInt64LE(BigInt(entries), 24);
  record.writeBigUInt64LE(BigInt(entries), 32);
  record.writeBigUInt64LE(BigInt(size), 40);
  record.writeBigUInt64LE(BigInt(offset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x0706_4b50, 0);
  // The ZIP64 end record stands right after the central directory.
  locator.writeBigUInt64LE(BigInt(offset + size), 8);
  locator.writeUInt32LE(1, 16);
  return Buffer.concat([record, locator, end]);
}

/** How much of the central directory is kept in one block. */
const BLOCK = 1024 * 1024;

/**
 * The central directory as it grows: its records copied into blocks of 1 MiB, so a package of 125,000 files keeps
 * about 14 MB of them rather than a buffer, and its overhead, for each.
 */
export class CentralDirectory {
  /** Each block with how much of it is written. */
  private readonly blocks: { bytes: Buffer; used: number }[] = [];
  private total = 0;
  private records = 0;

  add(record: Buffer): void {
    let last = this.blocks.at(-1);
    if (!last || last.used + record.length > last.bytes.length) {
      last = { bytes: Buffer.allocUnsafe(Math.max(BLOCK, record.length)), used: 0 };
      this.blocks.push(last);
    }
    record.copy(last.bytes, last.used);
    last.used += record.length;
    this.total += record.length;
    this.records += 1;
  }

  get size(): number {
    return this.total;
  }

  get entries(): number {
    return this.records;
  }

  /** The directory's bytes, a block at a time. */
  *chunks(): Generator<Buffer> {
    for (const { bytes, used } of this.blocks) yield bytes.subarray(0, used);
  }
}
