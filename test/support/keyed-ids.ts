import { hmacKeyedIds } from '../../services/adapters/hmac-keyed-ids';

/** The `RETENTION_KEY` the bot under test runs with (long enough for production mode). */
export const TEST_RETENTION_KEY = 'test-retention-key-4f1c9a7e2b6d8035';

/** What the bot under test turns a purged comment's ids into. */
export const testKeyedIds = hmacKeyedIds(TEST_RETENTION_KEY);
