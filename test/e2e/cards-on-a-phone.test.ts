import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { renderDailyOverviewCard } from '../../cards/daily-overview-card';
import { renderNoticeCard } from '../../cards/notice-card';
import { renderStormCard } from '../../cards/storm-card';
import { dispatchCardAction } from '../../services/app/clicks/dispatch-click';
import { CardRenderer } from '../../services/app/posting/card-renderer';
import { ADMIN, APPROVER, STAFF, TRAINEE, clickWorld } from '../app/click-world';
import { CHROMIUM, CHROMIUM_ARGS, RESULTS } from './e2e-stack';

type Card = Record<string, unknown>;

/** Every card a comment goes through, as the bot sends it: drawn by the use cases on fakes, clicked as in Teams. */
async function everyCard(): Promise<[string, Card][]> {
  const cards: [string, Card][] = [];
  const w = await clickWorld();
  // As in Teams, with colleagues to assign to, departments to ask and saved answers to pick: the widest rows.
  const renderer = new CardRenderer(w.deps.accounts, 'KS-2026-01234', w.clock, 4, {
    colleagues: () => [
      { id: TRAINEE.id, name: TRAINEE.name },
      { id: APPROVER.id, name: APPROVER.name },
    ],
    departments: () => ['Avfall', 'Gatukontoret'],
    savedAnswers: () => [{ id: 'sophamtning', title: 'Sophämtning i helgerna' }],
    documentLink: () => 'https://teams.microsoft.com/l/entity/app/overview',
  });
  Object.assign(w.deps, { renderer });
  const click = async (name: string, by: typeof STAFF, verb: string, data: Card = {}, channelId?: string) =>
    cards.push([
      name,
      await dispatchCardAction(w.deps, {
        verb,
        data: { ...w.key, ...data },
        actor: by,
        ...(channelId ? { channelId } : {}),
      }),
    ]);
  cards.push(['open', w.deps.renderer.render(await w.stored())]);
  await click('claimed', STAFF, 'claim');
  await click('preview', STAFF, 'preview', { replyText: 'Hej Anna! Vi tömmer på fredag i stället.' });
  await click('department asked', STAFF, 'ask_department', {
    department: 'Avfall',
    question: 'Stämmer fredag?',
  });
  const questionId = (await w.stored()).questions?.[0]?.id ?? '';
  await click(
    'question answered',
    ADMIN,
    'answer_question',
    { questionId, questionAnswer: 'Ja.' },
    w.department.channelId,
  );
  await click('case', STAFF, 'open_case');
  await click('case closed', STAFF, 'close_case', { platinaRef: 'KS-2026-01234' });
  await click('reopened', STAFF, 'reopen');
  await click('assigned to a trainee', STAFF, 'assign', { assignee: TRAINEE.id, assignNote: 'Du tar den' });
  await click('awaiting approval', TRAINEE, 'reply', { replyText: 'Hej Anna! Fredag gäller.' });
  await click('approved', APPROVER, 'approve');
  cards.push([
    'storm',
    renderStormCard({
      platform: 'facebook',
      accountName: 'Malmö stad',
      postFirstWords: 'Nu öppnar vi nya badplatsen i Ribersborg – välkomna!',
      postPermalink: 'https://www.facebook.com/malmostad/posts/1',
      count: 214,
      since: '2026-12-02T07:10:00.000Z',
      stormKey: 'facebook|malmostad|1',
    }),
  ]);
  cards.push(['notice', renderNoticeCard({ tone: 'attention', text: 'Något gick fel. Försök igen.' })]);
  cards.push([
    'daily overview',
    renderDailyOverviewCard({
      comments: [await w.stored()],
      todayEnd: '2026-12-02T22:59:59.999Z',
      now: '2026-12-02T08:00:00.000Z',
      links: {},
      places: { planningCalendar: 'https://komin.malmo.se/a', toneGuidance: 'https://komin.malmo.se/b' },
    }),
  ]);
  return cards;
}

/** A card and every card its Action.ShowCard buttons open, each drawn on its own at the same width. */
function withShownCards(name: string, card: Card): [string, Card][] {
  const found: [string, Card][] = [[name, card]];
  const visit = (node: unknown, where: string): void => {
    if (Array.isArray(node)) return node.forEach((n) => visit(n, where));
    if (node === null || typeof node !== 'object') return;
    const element = node as Card;
    if (element.type === 'Action.ShowCard' && element.card) {
      const inner = `${where} › ${String(element.title)}`;
      found.push([inner, { type: 'AdaptiveCard', version: '1.5', ...(element.card as Card) }]);
      visit((element.card as Card).body, inner);
      visit((element.card as Card).actions, inner);
      return;
    }
    Object.values(element).forEach((v) => visit(v, where));
  };
  visit(card.body, name);
  visit(card.actions, name);
  return found;
}

/** The cards kept as pictures at 360 px in test-results/: the comment card, the storm card, the daily overview. */
const SHOTS: Record<string, string> = {
  open: 'phone-comment-card.png',
  claimed: 'phone-comment-card-claimed.png',
  storm: 'phone-storm-card.png',
  'daily overview': 'phone-daily-overview.png',
};

describe('every card on a phone (Teams mobile, about 360 px wide)', () => {
  let context: BrowserContext;
  let page: Page;
  let profile: string;

  before(async () => {
    profile = mkdtempSync(path.join(os.tmpdir(), 'svarsvakten-phone-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 360, height: 800 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    await page.setContent(
      '<!doctype html><html><body style="margin:0"><div id="host" style="width:360px"></div></body></html>',
    );
    const dist = path.join(path.dirname(require.resolve('adaptivecards/package.json')), 'dist');
    await page.addStyleTag({ path: path.join(dist, 'adaptivecards.css') });
    // Buttons as Teams mobile draws them: Segoe UI at 14 px, semibold, 16 px padding each side.
    await page.addStyleTag({
      content:
        ".ac-pushButton { font: 600 14px/20px 'Segoe UI', 'DejaVu Sans', sans-serif !important; padding: 6px 16px !important; flex-shrink: 0 !important; }",
    });
    await page.addScriptTag({ path: path.join(dist, 'adaptivecards.js') });
    mkdirSync(RESULTS, { recursive: true });
  });

  after(async () => {
    await context?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('draws no row of buttons wider than the card, in any state, nor behind any of its buttons', async () => {
    const cards = (await everyCard()).flatMap(([name, card]) => withShownCards(name, card));
    assert.ok(cards.length > 20, `${cards.length} cards drawn`);
    const overflowing: string[] = [];
    for (const [name, card] of cards) {
      const wide = await page.evaluate((json) => {
        const AC = (window as unknown as { AdaptiveCards: typeof import('adaptivecards') }).AdaptiveCards;
        const host = document.getElementById('host') as HTMLElement;
        // Bold as Teams draws **text**; everything else stays text, as the bot's texts are.
        AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
          const escaped = text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
          result.outputHtml = escaped.replace(/\*\*(.+?)\*\*/g, '<b>$1</b>');
          result.didProcess = true;
        };
        const adaptive = new AC.AdaptiveCard();
        adaptive.parse(json);
        host.replaceChildren(adaptive.render() as HTMLElement);
        // The card's content edge: inside its own padding, as Teams draws buttons within the card.
        const drawn = host.querySelector('.ac-adaptiveCard') as HTMLElement;
        const right =
          drawn.getBoundingClientRect().right - parseFloat(getComputedStyle(drawn).paddingRight || '0') + 1;
        return Array.from(host.querySelectorAll('button'))
          .filter((b) => b.getBoundingClientRect().right > right || b.scrollWidth > b.clientWidth + 1)
          .map((b) => b.textContent ?? '');
      }, card);
      if (wide.length > 0) overflowing.push(`${name}: ${wide.join(', ')}`);
      // The cards a person is asked to look at on a phone before a release, each kept as drawn.
      const shot = SHOTS[name];
      if (shot) await page.locator('#host').screenshot({ path: path.join(RESULTS, shot) });
    }
    assert.deepEqual(overflowing, []);
  });
});
