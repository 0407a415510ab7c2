/**
 * A JSON document spread over as many string properties as it needs. Azure Tables holds at most 64 KiB in one
 * property (a string counts two bytes per UTF-16 unit) and 1 MiB in an entity: the document goes into `doc`,
 * `doc1`, `doc2`, … of at most 30,000 units each, never splitting a surrogate pair.
 */

export const CHUNK_UNITS = 30_000;
/** Keeps the entity, with its other columns, well inside 1 MiB. */
export const MAX_CHUNKS = 15;

export function toChunks(value: unknown): Record<string, string> {
  const json = JSON.stringify(value);
  const chunks: Record<string, string> = {};
  let start = 0;
  for (let index = 0; start < json.length || index === 0; index += 1) {
    let end = Math.min(json.length, start + CHUNK_UNITS);
    const last = json.charCodeAt(end - 1);
    if (end < json.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    chunks[index === 0 ? 'doc' : `doc${index}`] = json.slice(start, end);
    start = end;
  }
  const count = Object.keys(chunks).length;
  if (count > MAX_CHUNKS) throw new RangeError(`The document needs ${count} chunks, more than ${MAX_CHUNKS}`);
  return chunks;
}

export function fromChunks<T>(entity: Readonly<Record<string, unknown>>): T {
  let json = String(entity.doc ?? '');
  for (let index = 1; typeof entity[`doc${index}`] === 'string'; index += 1)
    json += String(entity[`doc${index}`]);
  return JSON.parse(json) as T;
}
