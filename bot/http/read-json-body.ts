import type { IncomingMessage } from 'node:http';
import { AppError } from '../../services/domain/app-error';

/** The one media type every POST route takes; parameters (`; charset=utf-8`) are allowed, nothing else. */
function isJson(contentType: string | undefined): boolean {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase();
  return type === 'application/json';
}

/**
 * Reads a POST body as exact bytes (what a signature is computed over), before anything else looks at it: JSON only
 * (415 otherwise), never compressed (415: a gzip body could inflate to any size), and never more than maxBytes of
 * what is actually read (413), whatever Content-Length claims. Nothing is spooled to disk.
 */
export async function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
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
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    size += buffer.length;
    if (size > maxBytes) {
      req.resume();
      throw new AppError('webhook_body_too_large', `The body is larger than ${maxBytes} bytes`);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}
