/**
 * A body's pieces as they are asked for; a piece asked for that does not come within `ms` aborts `stop` (which ends
 * the read it was given to). Only the waits for a piece count: a reader that takes its time between pieces, such
 * as an admin's slow download, is not a stall.
 */
export async function* stallingAfter(
  ms: number,
  body: AsyncIterable<Uint8Array>,
  stop: AbortController,
): AsyncGenerator<Uint8Array> {
  const pieces = body[Symbol.asyncIterator]();
  try {
    for (;;) {
      const timer = setTimeout(() => stop.abort(new Error('MediaReadStalled')), ms);
      let step: IteratorResult<Uint8Array>;
      try {
        step = await pieces.next();
      } catch (error) {
        // The read ends in its own words ("aborted"): the stall is what to log.
        throw stop.signal.aborted ? stop.signal.reason : error;
      } finally {
        clearTimeout(timer);
      }
      if (step.done) return;
      yield step.value;
    }
  } finally {
    await pieces.return?.();
  }
}
