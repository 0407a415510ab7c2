import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startAzurite, type RunningAzurite } from '../../bot/local/azurite';
import { freePort } from '../support/free-port';
import { ANSWERED_KEY, seedOverview } from '../support/overview-data';
import { TestClock } from '../support/test-clock';
import { startTestApp, type TestApp } from '../support/test-app';
import { CHROMIUM, CHROMIUM_ARGS, RESULTS } from './e2e-stack';

const FIRST = ANSWERED_KEY;

/** How many pixels of a canvas are painted: a chart that rendered has many, an empty canvas none. */
function paintedPixels(page: Page, id: string): Promise<number> {
  return page.evaluate((canvasId) => {
    const canvas = document.getElementById(canvasId) as HTMLCanvasElement;
    const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) painted++;
    return painted;
  }, id);
}

describe('the overview tab in Chromium', () => {
  let azurite: RunningAzurite;
  let t: TestApp;
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  const clock = new TestClock('2026-11-10T09:00');

  before(async () => {
    azurite = await startAzurite({ port: await freePort() });
    t = await startTestApp({ clock, connectionString: azurite.connectionString });
    await seedOverview(t, clock, '2026-11-10T09:40');
    clock.set('2026-11-11T15:00');
    profile = mkdtempSync(path.join(os.tmpdir(), 'svarsvakten-tab-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 1400 },
      acceptDownloads: true,
    });
    page = context.pages()[0] ?? (await context.newPage());
    mkdirSync(RESULTS, { recursive: true });
  });

  after(async () => {
    await context?.close();
    rmSync(profile, { recursive: true, force: true });
    await t?.stop(true);
    await azurite?.stop();
  });

  it('shows the queue: what nobody has taken, with platform, account, first words, deadline and state', async () => {
    await page.goto(`${t.url}/tab/`);
    await page.locator('#queue li[data-key]').first().waitFor();
    const tabs = await page.locator('#queue-tabs button').allTextContents();
    assert.equal(tabs[0], 'Ej tagna (2)');
    assert.ok(tabs.includes('Besvarade (1)'), tabs.join(', '));
    const first = await page.locator('#queue li[data-key]').first().innerText();
    assert.match(first, /Facebook/);
    assert.match(first, /Norrvik/);
    assert.match(first, /Svar senast/);
    assert.match(first, /Ny – ingen har tagit den/);
    assert.equal(await page.locator('#tile-share').innerText(), '100 %');

    await page.getByRole('tab', { name: /Besvarade/ }).click();
    const answered = page.locator(`#queue li[data-key="${FIRST.commentKey}"]`);
    assert.match(await answered.innerText(), /Besvarad av Alex/);
    assert.match(
      (await answered.locator('a').getAttribute('href')) ?? '',
      /^https:\/\/teams\.microsoft\.com\/l\/message\//,
    );
    await page.screenshot({ path: path.join(RESULTS, 'overview-tab.png'), fullPage: true });
  });

  it('draws the charts: the share answered in time per week and per account, and the volumes', async () => {
    for (const id of ['chart-weeks', 'chart-accounts', 'chart-platforms', 'chart-weekdays', 'chart-hours']) {
      assert.ok((await paintedPixels(page, id)) > 500, `${id} is drawn`);
    }
    const accounts = await page.evaluate(() => {
      const chart = (
        window as unknown as {
          Chart: { getChart(c: Element): { data: { labels: string[]; datasets: { data: number[] }[] } } };
        }
      ).Chart.getChart(document.getElementById('chart-accounts') as Element);
      return { labels: chart.data.labels, shares: chart.data.datasets[0]?.data };
    });
    assert.deepEqual(accounts, { labels: ['Norrvik jobb', 'Norrviks kommun'], shares: [null, 100] });
  });

  it('gives each chart its figures as a table one click away, the same figures the chart draws', async () => {
    const compared = await page.evaluate(() => {
      const Chart = (
        window as unknown as {
          Chart: { getChart(c: Element): { data: { labels: unknown[]; datasets: { data: unknown[] }[] } } };
        }
      ).Chart;
      return Array.from(document.querySelectorAll('canvas')).map((canvas) => {
        const chart = Chart.getChart(canvas).data;
        const drawn = chart.labels.map((label, i) => [String(label), chart.datasets[0]?.data[i] ?? null]);
        const rows = Array.from(canvas.closest('figure')?.querySelectorAll('details.figures tr') ?? []).map(
          (row) => [row.querySelector('th')?.textContent ?? '', row.querySelector('td')?.textContent ?? ''],
        );
        return { id: canvas.id, drawn, rows };
      });
    });
    assert.equal(compared.length, 5);
    for (const { id, drawn, rows } of compared) {
      const unit = id === 'chart-weeks' || id === 'chart-accounts' ? ' %' : '';
      assert.deepEqual(
        rows,
        drawn.map(([label, value]) => [label, value === null ? '–' : `${String(value)}${unit}`]),
        id,
      );
    }
    // Reached by the keyboard: the first table opens from its summary with Enter.
    await page.locator('details.figures summary').first().focus();
    await page.keyboard.press('Enter');
    assert.equal(await page.locator('details.figures').first().getAttribute('open'), '');
  });

  it('downloads the handled comments as CSV, with their history', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export')]);
    assert.equal(download.suggestedFilename(), 'svarsvakten-2026-11-11.csv');
    const csv = readFileSync((await download.path()) ?? '', 'utf8');
    assert.match(csv, /^\ufeffkommentar;plattform;konto;skriven/);
    assert.match(csv, /;claimed;Alex Wilber;/);
    assert.match(csv, /;replied;Alex Wilber;Hej Anna! Vi flyttar hämtningen\./);
  });

  it('follows Teams’ themes: light, dark and high contrast', async () => {
    const background = async (theme: string) => {
      await page.goto(`${t.url}/tab/?theme=${theme}`);
      await page.locator('#queue li').first().waitFor();
      return page.evaluate(() => ({
        theme: document.body.dataset.theme,
        background: getComputedStyle(document.body).backgroundColor,
      }));
    };
    assert.deepEqual(await background('default'), { theme: 'default', background: 'rgb(245, 245, 245)' });
    assert.deepEqual(await background('dark'), { theme: 'dark', background: 'rgb(31, 31, 31)' });
    await page.screenshot({ path: path.join(RESULTS, 'overview-tab-dark.png'), fullPage: false });
    assert.deepEqual(await background('contrast'), { theme: 'contrast', background: 'rgb(0, 0, 0)' });
  });

  it('has no serious or critical accessibility violation in light, dark or high contrast (axe-core)', async () => {
    const axe = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
    const found: string[] = [];
    for (const theme of ['default', 'dark', 'contrast']) {
      await page.goto(`${t.url}/tab/?theme=${theme}`);
      await page.locator('#queue li').first().waitFor();
      // Every panel open, and every chart's figures shown, so what is checked is all a person can reach.
      await page.evaluate(() => {
        for (const details of Array.from(document.querySelectorAll('details'))) details.open = true;
      });
      // Evaluated by the browser's debugger, as the tab's own policy allows no inline script.
      await page.evaluate(axe);
      const violations = await page.evaluate(async () => {
        const result = await (
          window as unknown as {
            axe: {
              run(): Promise<{
                passes: unknown[];
                violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
              }>;
            };
          }
        ).axe.run();
        return {
          checked: result.passes.length,
          violations: result.violations
            .filter((v) => v.impact === 'serious' || v.impact === 'critical')
            .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        };
      });
      assert.ok(violations.checked > 20, `axe-core checked the ${theme} page`);
      found.push(...violations.violations.map((v) => `${theme}: ${v}`));
    }
    assert.deepEqual(found, []);
  });

  it('shows where the keyboard is in light, dark and high contrast: every stop has a visible outline', async () => {
    const unseen: string[] = [];
    const visited = new Set<string>();
    for (const theme of ['default', 'dark', 'contrast']) {
      await page.goto(`${t.url}/tab/?theme=${theme}`);
      await page.locator('#queue li').first().waitFor();
      await page.evaluate(() => {
        for (const details of Array.from(document.querySelectorAll('details'))) details.open = true;
      });
      let stops = 0;
      for (let step = 0; step < 60; step += 1) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => {
          const element = document.activeElement as HTMLElement | null;
          if (!element || element === document.body) return undefined;
          const style = getComputedStyle(element);
          return {
            name: `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}`,
            outline: style.outlineStyle,
            width: parseFloat(style.outlineWidth),
            color: style.outlineColor,
            background: getComputedStyle(document.body).backgroundColor,
          };
        });
        if (!focused) break;
        stops += 1;
        visited.add(focused.name);
        if (focused.outline === 'none' || focused.width < 2 || focused.color === focused.background)
          unseen.push(`${theme}: ${focused.name}`);
      }
      assert.ok(stops > 5, `the keyboard reaches the ${theme} page's controls (${stops})`);
    }
    assert.deepEqual([...new Set(unseen)], []);
    for (const control of ['select#weeks', 'button#export', 'input#archive-from'])
      assert.ok(visited.has(control), `the keyboard reaches ${control}`);
  });

  it('shows the channel tab’s configuration page, which loads teams-js without errors', async () => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${t.url}/tab/configure`);
    assert.match(await page.locator('main').innerText(), /Välj Spara för att lägga till fliken i kanalen/);
    assert.equal(
      await page.evaluate(() => typeof (window as { microsoftTeams?: unknown }).microsoftTeams),
      'object',
    );
    assert.deepEqual(errors, []);
  });

  it('speaks English to someone who reads Teams in English: the page, the queue, the states, the figures', async () => {
    await page.goto(`${t.url}/tab/?lang=en`);
    await page.locator('#queue li[data-key]').first().waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    assert.equal(await page.locator('#queue-title').innerText(), 'The queue');
    const tabs = await page.locator('#queue-tabs button').allTextContents();
    assert.equal(tabs[0], 'Not taken (2)');
    const first = await page.locator('#queue li[data-key]').first().innerText();
    assert.match(first, /Answer by \w{3} \d+ \w{3} \d\d:\d\d/);
    assert.match(first, /New – nobody has taken it/);
    assert.match(await page.locator('#queue-close-reason').innerText(), /Choose a reason/);
    assert.match(await page.locator('#queue-close-reason').innerText(), /Only thanks or an emoji/);
    const weeks = page.locator('figure:has(#chart-weeks)');
    await weeks.locator('summary').click();
    assert.equal(await weeks.locator('summary').innerText(), 'Show the figures');
    assert.match(await weeks.locator('table').innerText(), /wk \d+/);
    assert.equal(
      await page.locator('#chart-weeks').getAttribute('aria-label'),
      'Share answered in time per week',
    );
    // Everything the page itself says, without what residents wrote and what staff named.
    const pageWords = await page.evaluate(() => {
      const copy = document.body.cloneNode(true) as HTMLElement;
      const own = copy.querySelectorAll('#queue .words, #answers, #accounts th, code, option');
      Array.from(own).forEach((element) => element.remove());
      return copy.innerText;
    });
    assert.doesNotMatch(
      pageWords,
      /\b(och|inte|för|Kön|Svar senast|Hämtar|besvarade|veckor|Konton|Svarsmallar|Spara|Avbryt|kommentarer)\b/i,
      pageWords,
    );
    await page.screenshot({ path: path.join(RESULTS, 'overview-tab-english.png'), fullPage: true });
  });

  it('says in Swedish when the storage cannot be reached, instead of an empty page', async () => {
    await azurite.stop();
    await page.goto(`${t.url}/tab/`);
    await page.locator('#status.error').waitFor();
    assert.match(await page.locator('#status').innerText(), /Lagringen svarar inte just nu/);
    assert.equal(await page.locator('#content').isVisible(), false);
  });
});
