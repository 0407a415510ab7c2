import type { Env, Problems } from './problems';

/** Settings that only mean something in production: with any of them, a blank MicrosoftAppId is a mistake. */
const PRODUCTION_ONLY = ['MicrosoftAppPassword', 'MicrosoftAppTenantId', 'MicrosoftAppType'] as const;

/**
 * Local mode has no authentication at all. It is refused, naming why, when the environment says production
 * (NODE_ENV=production) or carries a setting only production uses: then MicrosoftAppId was forgotten.
 */
export function refuseHalfConfiguredLocalMode(env: Env, problems: Problems): void {
  if (env.NODE_ENV?.trim() === 'production') {
    problems.add(
      'MicrosoftAppId',
      "is required when NODE_ENV=production: without it Svarsvakten would run in local mode, with no authentication. Set it to the bot's Entra app id",
    );
  }
  for (const name of PRODUCTION_ONLY) {
    if (env[name]?.trim()) {
      problems.add(
        'MicrosoftAppId',
        `is empty while ${name} is set: set MicrosoftAppId to the bot's Entra app id, or remove ${name} to run in local mode`,
      );
    }
  }
}
