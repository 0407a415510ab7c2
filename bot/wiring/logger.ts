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
