import type { Activity, TurnContext } from 'botbuilder';
import { AuthenticationError } from 'botframework-connector';
import { AppError } from '../../services/domain/app-error';
import type { ParsedActivityAdapter } from './create-adapter';

export interface ActivityAnswer {
  readonly status: number;
  readonly body?: unknown;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What every activity the Bot Framework sends has: a type, the service to answer, a conversation, a sender. */
function isActivity(body: Record<string, unknown>): boolean {
  return (
    typeof body.type === 'string' &&
    body.type !== '' &&
    typeof body.serviceUrl === 'string' &&
    isObject(body.conversation) &&
    typeof body.conversation.id === 'string' &&
    isObject(body.from)
  );
}

/**
 * One activity from the Bot Framework, already read and parsed within bounds: its JWT is checked by the adapter
 * (in production), then the bot runs. A request that fails authentication is AppError 'activity_unauthenticated',
 * for one log line and a 401, instead of the stack trace the adapter's own `process` prints.
 */
export async function processActivity(
  adapter: ParsedActivityAdapter,
  authorization: string | undefined,
  body: Record<string, unknown>,
  runBot: (context: TurnContext) => Promise<void>,
): Promise<ActivityAnswer> {
  if (!isActivity(body)) throw new AppError('webhook_body_malformed', 'Not an activity');
  try {
    const invokeResponse = await adapter.processParsed(
      authorization ?? '',
      body as unknown as Activity,
      runBot,
    );
    return { status: invokeResponse?.status ?? 200, body: invokeResponse?.body };
  } catch (error) {
    if (error instanceof AuthenticationError) {
      throw new AppError('activity_unauthenticated', 'The Bot Framework token was not accepted');
    }
    throw error;
  }
}
