import type { IncomingMessage } from 'node:http';
import { AppError } from '../../services/domain/app-error';

/** The one media type every POST route takes; parameters (`; charset=utf-8`) are allowed, nothing else. */
function isJson(contentType: string | undefined): boolean {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase();
  return type === 'application/json';
}

/**
 * Reads a POST body as exact bytes (what a signature is computed over), before anything else looks at it: JSON only
 * (415 otherwise), never compressed (415: a gzip body could inflate to any size), never more than maxBytes of
 * what is actually read (413), whatever Content-Length claims, and, when `deadlineMs` is given, within that time
 * of being called (408): a client that sends headers and then nothing holds no place for long. Nothing is spooled
 * to disk.
 */
export async function readJsonBody(req: IncomingMessage, maxBytes: number, deadlineMs = 0): Promise<Buffer> {
  if (!isJson(req.headers['content-type'])) {
    req.resume();
    throw new AppError('body_not_json', 'Only application/json is accepted');
  }
  const encoding = req.headers['content-encoding'];
  if (encoding !== undefined && encoding.trim().toLowerCase() !== 'identity') {
    req.resume();
    throw new AppError('body_encoded', 'Compressed bodies are not accepted');
  }
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    req.resume();
    throw new AppError('webhook_body_too_large', `The body is larger than ${maxBytes} bytes`);
  }
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const timer =
      deadlineMs > 0
        ? setTimeout(
            () =>
              finish(new AppError('webhook_body_timeout', `The body did not arrive within ${deadlineMs} ms`)),
            deadlineMs,
          )
        : undefined;
    const onData = (chunk: Buffer | string) => {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
      size += buffer.length;
      if (size > maxBytes)
        finish(new AppError('webhook_body_too_large', `The body is larger than ${maxBytes} bytes`));
      else chunks.push(buffer);
    };
    const onEnd = () => finish(undefined);
    const onClose = () =>
      finish(new AppError('webhook_body_malformed', 'The connection closed before the body ended'));
    const onError = (error: Error) => finish(error);
    function finish(error: Error | undefined): void {
      clearTimeout(timer);
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('close', onClose);
      req.off('error', onError);
      if (error) {
        // What else comes is thrown away; the route answers and closes the connection.
        req.resume();
        reject(error);
      } else resolve(Buffer.concat(chunks));
    }
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('close', onClose);
    req.on('error', onError);
  });
}
