import { AppError } from '../../domain/app-error';

/** Connection errors that happen before a request is sent: the platform cannot have acted on it. */
const NEVER_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

function causeCode(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: unknown } } | undefined)?.cause;
  return typeof cause?.code === 'string' ? cause.code : undefined;
}

/**
 * A call that got no answer. Refused connections and failed name look-ups never reached the platform
 * (`sent: 'no'`: safe to try again); a timeout or a connection lost on the way may have been acted on
 * (`sent: 'maybe'`: a reply is not posted again before the platform was checked for it).
 */
export function unreachable(platform: string, error: unknown): AppError {
  const code = causeCode(error);
  const sent = code && NEVER_SENT.has(code) ? 'no' : 'maybe';
  return new AppError('platform_unavailable', `${platform} could not be reached`, {
    cause: code ?? (error instanceof Error ? error.name : 'unknown'),
    sent,
  });
}

/** A 5xx (or Meta's "unknown" / "service" codes 1 and 2): the platform may have done the work before failing. */
export function serverFailed(
  platform: string,
  details: Readonly<Record<string, string | number>> = {},
): AppError {
  return new AppError('platform_unavailable', `${platform} is temporarily unavailable`, {
    ...details,
    sent: 'maybe',
  });
}

/** Whether a failed publish may have taken effect on the platform. */
export function mayHaveTakenEffect(error: unknown): boolean {
  return error instanceof AppError && error.code === 'platform_unavailable' && error.details.sent !== 'no';
}
