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
