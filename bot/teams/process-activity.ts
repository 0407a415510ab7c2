import type { Activity, TurnContext } from 'botbuilder';
import { AuthenticationError } from 'botframework-connector';
import { AppError } from '../../services/domain/app-error';
import type { ParsedActivityAdapter } from './create-adapter';

export interface ActivityAnswer {
  readonly status: number;
  readonly body?: unknown;
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
  if (typeof body.type !== 'string' || body.type === '') {
    throw new AppError('webhook_body_malformed', 'Not an activity');
  }
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
