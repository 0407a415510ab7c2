import type { IncomingEvent } from '../../services/domain/comment';

/** What makes a platform's webhook its own: where it lives, how it signs, what it sends, how it says hello. */
export interface WebhookSource {
  /** The path segment: `/api/webhooks/<name>`. */
  readonly name: string;
  /** The request header carrying the signature. */
  readonly signatureHeader: string;
  /** Throws AppError 'webhook_signature_invalid' unless the signature over the raw bytes is right. */
  verify(rawBody: Buffer, signature: string | undefined): void;
  /** The comment events in a verified, parsed delivery; `receivedAt` stands in for a time the platform left out. */
  normalise(body: Record<string, unknown>, receivedAt: string): IncomingEvent[];
  /** The answer to the platform's GET handshake (subscription, CRC or validation): status 200 with this body. */
  handshake(query: Record<string, string | undefined>): {
    readonly contentType: string;
    readonly body: string;
  };
}
