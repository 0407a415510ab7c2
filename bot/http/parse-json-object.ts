import { AppError } from '../../services/domain/app-error';

/**
 * Parses JSON strictly: valid UTF-8, an object at the top, and nothing that could reach an object's prototype.
 * What failed to parse is never echoed back or logged.
 */
export function parseJsonObject(raw: Buffer): Record<string, unknown> {
  let parsed: unknown;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
    parsed = JSON.parse(text, (key, value: unknown) =>
      key === '__proto__' || key === 'constructor' || key === 'prototype' ? undefined : value,
    );
  } catch {
    throw new AppError('webhook_body_malformed', 'The body is not valid JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new AppError('webhook_body_malformed', 'The body is not a JSON object');
  }
  return parsed as Record<string, unknown>;
}
