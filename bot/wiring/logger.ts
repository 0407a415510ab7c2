import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * JSON logs with stable event names. Secrets and personal data never belong in a log line: the fields below are
 * redacted wherever they appear, as a second line of defence behind code that logs ids and codes only.
 */
export const REDACTED_FIELDS = [
  'text',
  'message',
  'authorName',
  'name',
  'draft',
  'signedText',
  'token',
  'accessToken',
  'authorization',
  'appSecret',
  'password',
  '*.text',
  '*.authorName',
  '*.name',
  '*.draft',
  '*.token',
  '*.authorization',
];

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service: 'svarsvakten' },
    redact: { paths: REDACTED_FIELDS, censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  return destination ? pino(options, destination) : pino(options);
}

/** Strips control characters from values that came from outside before they reach a log. */
export function safeLogValue(value: string, max = 200): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u001f\u007f]/g, '').slice(0, max);
}

/**
 * What of an unexpected error may be logged: its kind, a short message and where it was thrown. Never the error
 * object itself: SDK errors carry the request and response, and those carry comment text.
 */
export function errorSummary(error: unknown): { name: string; message: string; stack?: string } {
  if (!(error instanceof Error)) return { name: typeof error, message: '' };
  return {
    name: error.name,
    message: safeLogValue(error.message, 200),
    ...(error.stack ? { stack: error.stack.split('\n').slice(1, 8).join('\n') } : {}),
  };
}
