import type { FakeBotConnector } from '../../test/fakes/bot-connector';
import { touchesFor } from './card-touches';

type Card = Record<string, unknown>;

/** A card an activity carries, if it carries one. */
function cardIn(activity: Record<string, unknown>): Card | undefined {
  const attachments = activity.attachments as { contentType: string; content: Card }[] | undefined;
  return attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content;
}

/** The Adaptive Card an invoke answered with (the clicker's card), if any. */
export function answeredCard(body: string): Card | undefined {
  try {
    const parsed = JSON.parse(body) as { value?: unknown };
    return typeof parsed.value === 'object' && parsed.value !== null ? (parsed.value as Card) : undefined;
  } catch {
    return undefined;
  }
}

const suggested = (data: Card) => 'noReplyReason' in data;
const general = (data: Card) => !('noReplyReason' in data);

/**
 * The week's clicks per handled comment, counted on the cards as the bot drew them (card-touches.ts): what staff
 * did, and what the same work took without the shortcuts for comments that need no answer — the card's own
 * suggestion (one click, the reason filled in) and the storm card's close (one close for all) against closing each
 * through the card's menu with a reason chosen.
 */
export class WeekTouches {
  private readonly cards = new Map<string, Card>();
  private readonly handled = new Set<string>();
  private indexed = 0;
  private before = 0;
  private after = 0;
  private readonly noAnswer = { handled: 0, before: 0, after: 0, withoutSuggestion: 0 };

  constructor(private readonly connector: FakeBotConnector) {}

  /** The card a comment shows now: the last one answered to a click, or the one posted (its own thread, a storm's). */
  cardOf(key: string): Card | undefined {
    const posted = this.connector.calls.filter(
      (c) => c.method === 'POST' && !c.activityId && (c.status < 300 || c.posted === true),
    );
    for (; this.indexed < posted.length; this.indexed += 1) {
      const card = cardIn(posted[this.indexed]?.body ?? {});
      const named = card ? /"commentKey":"([^"]+)"/.exec(JSON.stringify(card))?.[1] : undefined;
      if (card && named && !this.cards.has(named)) this.cards.set(named, card);
    }
    return this.cards.get(key);
  }

  /** The storm card posted for a post, with its activity id. */
  stormCard(platformName: string): { card: Card; activityId: string } | undefined {
    for (const call of this.connector.newThreads()) {
      const card = cardIn(call.body);
      const json = card ? JSON.stringify(card) : '';
      if (card && call.postedId && json.includes('"verb":"close_storm"') && json.includes(platformName))
        return { card, activityId: call.postedId };
    }
    return undefined;
  }

  /** The data of the one-click close the card suggests for a comment that needs no answer, if it draws one. */
  suggestion(key: string): Card | undefined {
    let data: Card | undefined;
    touchesFor(this.cardOf(key), 'no_reply', (d) => {
      if (suggested(d)) data = d;
      return suggested(d);
    });
    return data;
  }

  /**
   * A click staff made on a comment's card, and the card it answered with. A close of a comment that needs no
   * answer is counted as the card offers it: in one click where it suggests so, else through its menu (and noted).
   */
  clicked(key: string, verb: string, answered: Card | undefined): void {
    const card = this.cardOf(key);
    if (verb === 'no_reply') {
      const menu = touchesFor(card, verb, general) ?? 1;
      const offered = touchesFor(card, verb, suggested);
      if (offered === undefined) this.noAnswer.withoutSuggestion += 1;
      this.after += offered ?? menu;
      this.noAnswer.after += offered ?? menu;
      this.before += menu;
      this.noAnswer.before += menu;
    } else {
      const touches = touchesFor(card, verb) ?? 1;
      this.after += touches;
      this.before += touches;
    }
    if (answered) this.cards.set(key, answered);
  }

  /** A comment staff are done with: answered, closed as a case, or closed as needing no answer. */
  done(key: string, needsNoAnswer: boolean): void {
    if (this.handled.has(key)) return;
    this.handled.add(key);
    if (needsNoAnswer) this.noAnswer.handled += 1;
  }

  /** One close from the storm's card for `keys`, each of which would otherwise have been closed on its own card. */
  stormClosed(stormCard: Card, keys: readonly string[]): void {
    const once = touchesFor(stormCard, 'close_storm') ?? 1;
    this.after += once;
    this.noAnswer.after += once;
    for (const key of keys) {
      const each = touchesFor(this.cardOf(key), 'no_reply', general) ?? 1;
      this.before += each;
      this.noAnswer.before += each;
      this.done(key, true);
    }
  }

  /** Clicks per handled comment, over all and over those that needed no answer, before and with the shortcuts. */
  result() {
    const per = (n: number, of: number) => (of === 0 ? 0 : Math.round((n / of) * 100) / 100);
    return {
      handled: this.handled.size,
      perHandled: { before: per(this.before, this.handled.size), after: per(this.after, this.handled.size) },
      noAnswer: {
        handled: this.noAnswer.handled,
        /** Closed through the menu because the card suggested nothing. */
        withoutSuggestion: this.noAnswer.withoutSuggestion,
        perHandled: {
          before: per(this.noAnswer.before, this.noAnswer.handled),
          after: per(this.noAnswer.after, this.noAnswer.handled),
        },
      },
    };
  }
}
