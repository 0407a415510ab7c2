import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import { renderDailyOverviewCard } from '../../cards/daily-overview-card';
import { newStoredComment } from '../../services/domain/new-comment';
import { cardText } from '../support/card-text';
import { facebookComment } from '../support/incoming-comment';

const WRITTEN = DateTime.fromISO('2026-12-01T08:00:00Z');
const overdue = (n: number) =>
  Array.from({ length: n }, (_, i) => newStoredComment(facebookComment(String(1000 + i)), WRITTEN));
const LINK = 'https://teams.microsoft.com/l/entity/5b0f3c2e-8d6a-4f1e-9c37-2a4e6d8b1f05/overview';

describe('the daily overview card', () => {
  it('says how many a list left out, and links the overview where the rest is', () => {
    const card = renderDailyOverviewCard({
      comments: overdue(38),
      todayEnd: '2026-12-07T22:59:59.999Z',
      now: '2026-12-07T07:00:00.000Z',
      links: {},
      overviewLink: LINK,
    });
    const shown = cardText(card);
    assert.equal(shown.match(/svara senast/g)?.length, 15, 'fifteen listed under Försenade');
    assert.match(shown, /och 23 till – se Översikt/);
    assert.ok(JSON.stringify(card).includes(`"url":"${LINK}"`));
  });

  it('says nothing of more when every comment is listed', () => {
    const shown = cardText(
      renderDailyOverviewCard({
        comments: overdue(15),
        todayEnd: '2026-12-07T22:59:59.999Z',
        now: '2026-12-07T07:00:00.000Z',
        links: {},
        overviewLink: LINK,
      }),
    );
    assert.doesNotMatch(shown, /till – se Översikt/);
  });

  it('links the city’s planning calendar and tone guidance where the city has said where they are', () => {
    const calendar = 'https://komin.malmo.se/planeringskalendern';
    const tone = 'https://komin.malmo.se/sociala-medier/tonlage';
    const base = {
      comments: overdue(2),
      todayEnd: '2026-12-07T22:59:59.999Z',
      now: '2026-12-07T07:00:00.000Z',
      links: {},
    };
    const card = renderDailyOverviewCard({
      ...base,
      places: { planningCalendar: calendar, toneGuidance: tone },
    });
    assert.match(cardText(card), /Planeringskalendern · Tonläget i sociala medier/);
    const opened = (JSON.stringify(card).match(/"url":"[^"]+"/g) ?? []).map((u) => u.slice(7, -1));
    assert.deepEqual(opened, [calendar, tone]);
    const onlyTone = renderDailyOverviewCard({ ...base, places: { toneGuidance: tone } });
    assert.doesNotMatch(cardText(onlyTone), /Planeringskalendern/);
    assert.doesNotMatch(cardText(renderDailyOverviewCard(base)), /Tonläget|Planeringskalendern/);
  });
});
