import assert from 'node:assert/strict';
import { errorText } from '../../cards/card-texts';
import { EN } from '../../cards/locale/en';
import { SV } from '../../cards/locale/sv';

describe('what a refusal says about trying again', () => {
  it('turns what the platform said into the reader’s words: minutes, a time, or a while', () => {
    assert.match(errorText('platform_rate_limited', { retryInMs: 14 * 60_000 }), /Försök igen om 14 minuter/);
    assert.match(errorText('platform_rate_limited', { retryAfterMs: 30_000 }), /Försök igen om 1 minut\./);
    assert.match(errorText('platform_rate_limited', {}), /Försök igen om en stund/);
    assert.match(
      errorText('platform_quota_exceeded', { retryAt: '2026-12-03T08:00:00.000Z' }),
      /Försök igen efter tors 3 dec kl\. 09:00/,
    );
    assert.match(errorText('platform_rate_limited', { retryInMs: 120_000 }, EN), /in 2 minutes/);
  });

  it('keeps every sentence in the locale: an adapter’s details hold data only', () => {
    for (const strings of [SV, EN]) {
      const text = errorText('platform_rate_limited', { retryInMs: 60_000, status: 429 }, strings);
      assert.doesNotMatch(text, /undefined|\{retry\}/);
    }
  });
});
