'use strict';
/*
 * The overview tab. In Teams it signs in with the Teams single sign-on token and follows Teams' theme; opened in a
 * plain browser against a bot in local mode it needs no sign-in (the server allows that on loopback only).
 */
(function overviewTab() {
  // The page's words: Swedish, or English for an English Teams (teams-connection.js), read when drawn.
  const W = (swedish, english) => window.SvarsvaktenTab.words(swedish, english);
  const GROUPS = () => [
    ['unclaimed', W('Ej tagna', 'Not taken')],
    ['mine', W('Mina', 'Mine')],
    ['due_soon', W('Snart försenade', 'Due soon')],
    ['overdue', W('Försenade', 'Overdue')],
    ['answered', W('Besvarade', 'Answered')],
  ];
  const WEEKDAYS = () =>
    W(['mån', 'tis', 'ons', 'tors', 'fre', 'lör', 'sön'], ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
  const MESSAGES = () => ({
    sign_in_required: W(
      'Du behöver vara inloggad i Teams för att se översikten. Öppna fliken i Teams.',
      'You need to be signed in to Teams to see the overview. Open the tab in Teams.',
    ),
    not_authorised: W(
      'Bara den som får hantera kommentarer kan exportera dem.',
      'Only those who may handle comments can export them.',
    ),
    storage_unavailable: W(
      'Lagringen svarar inte just nu. Försök igen om en stund.',
      'The storage is not answering just now. Try again in a while.',
    ),
    query_invalid: W('Perioden kan vara 1–104 veckor.', 'The period can be 1–104 weeks.'),
  });

  const state = { report: undefined, group: 'unclaimed', charts: [] };
  const $ = (id) => document.getElementById(id);

  function message(code) {
    return (
      MESSAGES()[code] ||
      W(
        'Något gick fel. Försök igen, eller kontakta IT om det händer igen.',
        'Something went wrong. Try again, or contact IT if it happens again.',
      )
    );
  }

  function showStatus(text, isError) {
    const status = $('status');
    status.textContent = text;
    status.classList.toggle('error', Boolean(isError));
    status.hidden = !text;
  }

  function setTheme(theme) {
    const known = ['default', 'dark', 'contrast'];
    document.body.dataset.theme = known.includes(theme) ? theme : 'default';
    if (state.report) renderCharts(state.report.statistics);
  }

  const { api } = window.SvarsvaktenTab;

  function percent(share) {
    return share === undefined || share === null ? '–' : `${Math.round(share * 100)} %`;
  }

  function duration(minutes) {
    if (minutes === undefined || minutes === null) return '–';
    const hours = Math.floor(minutes / 60);
    const rest = Math.round(minutes % 60);
    return hours > 0 ? `${hours} h ${rest} min` : `${rest} min`;
  }

  function renderTiles(report) {
    const open = report.queue.filter((item) => !item.groups.includes('answered'));
    $('tile-share').textContent = percent(report.statistics.total.share);
    $('tile-median').textContent = duration(report.statistics.medianMinutesToFirstResponse);
    $('tile-waiting').textContent = String(open.filter((item) => item.promise !== 'kept').length);
    $('tile-overdue').textContent = String(report.queue.filter((i) => i.groups.includes('overdue')).length);
    const conversations = report.statistics.conversations;
    $('tile-exchanges').textContent =
      conversations.medianExchanges === undefined ? '–' : String(conversations.medianExchanges);
    $('tile-exchanges').title = W(
      `${conversations.count} samtal, ${conversations.withReplies} med svar i tråden; som mest ${conversations.mostExchanges} svar`,
      `${conversations.count} conversations, ${conversations.withReplies} with replies in the thread; at most ${conversations.mostExchanges} replies`,
    );
  }

  function openLink(event, url) {
    const teams = window.SvarsvaktenTab.teams();
    if (!teams) return; // A plain browser follows the link itself.
    event.preventDefault();
    teams.app.openLink(url);
  }

  function renderQueue(report) {
    const tabs = $('queue-tabs');
    tabs.replaceChildren();
    for (const [group, label] of GROUPS()) {
      const count = report.queue.filter((item) => item.groups.includes(group)).length;
      const button = document.createElement('button');
      button.type = 'button';
      button.setAttribute('role', 'tab');
      button.setAttribute('aria-selected', String(group === state.group));
      button.dataset.group = group;
      button.textContent = `${label} (${count})`;
      button.addEventListener('click', () => {
        state.group = group;
        renderQueue(report);
      });
      tabs.append(button);
    }
    const list = $('queue');
    list.replaceChildren();
    const items = report.queue.filter((item) => item.groups.includes(state.group));
    if (items.length === 0) {
      const empty = document.createElement('li');
      empty.className = 'empty';
      empty.textContent = W('Inget här just nu.', 'Nothing here just now.');
      list.append(empty);
      return;
    }
    for (const item of items) {
      const row = document.createElement('li');
      if (item.key) row.dataset.key = item.key;
      const platform = document.createElement('span');
      platform.className = 'platform';
      platform.textContent = item.platformName;
      const box = window.SvarsvaktenQueueSelection.checkbox(item);
      if (box) platform.prepend(box, ' ');
      const meta = document.createElement('span');
      meta.className = 'account';
      const deadline = document.createElement('span');
      deadline.className = 'deadline';
      deadline.textContent = W(`Svar senast ${item.deadlineText}`, `Answer by ${item.deadlineText}`);
      meta.append(`${item.account} · `, deadline);
      const stateLabel = document.createElement('span');
      stateLabel.className = `state ${item.stateColor}`;
      stateLabel.textContent = item.stateLabel;
      const words = document.createElement('span');
      words.className = 'words';
      words.textContent =
        item.firstWords === undefined
          ? W('(texten visas för behöriga)', '(the text is shown to trained staff)')
          : item.firstWords;
      const link = document.createElement('a');
      if (item.link) {
        link.href = item.link;
        link.target = '_blank';
        link.rel = 'noopener';
        link.textContent = W('Öppna kortet', 'Open the card');
        link.addEventListener('click', (event) => openLink(event, item.link));
      }
      row.append(platform, meta, stateLabel, document.createElement('span'), words, link);
      list.append(row);
    }
  }

  function color(name) {
    return getComputedStyle(document.body).getPropertyValue(name).trim();
  }

  function renderCharts(statistics) {
    for (const chart of state.charts) chart.destroy();
    state.charts = [];
    const Chart = window.Chart;
    if (!Chart) return;
    const text = color('--text');
    const grid = color('--border');
    const palette = ['--chart-1', '--chart-2', '--chart-3', '--chart-4', '--chart-5', '--chart-6'].map(color);
    Chart.defaults.color = text;
    Chart.defaults.borderColor = grid;
    Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
    const shareScale = { min: 0, max: 100, ticks: { callback: (value) => `${value} %` } };
    const countScale = { y: { beginAtZero: true, ticks: { precision: 0 } } };
    const asPercent = (rows) => rows.map((r) => (r.share === undefined ? null : Math.round(r.share * 100)));
    const common = { responsive: true, maintainAspectRatio: false, animation: false };
    const make = (id, config) => {
      state.charts.push(new Chart($(id), config));
      figuresTable(id, config.data, SHARE_CHARTS.has(id) ? ' %' : '');
    };

    make('chart-weeks', {
      type: 'line',
      data: {
        labels: statistics.perWeek.map((w) => w.label),
        datasets: [
          {
            label: W('Besvarade i tid', 'Answered in time'),
            data: asPercent(statistics.perWeek),
            borderColor: palette[0],
            backgroundColor: palette[0],
            pointRadius: 4,
            spanGaps: true,
          },
        ],
      },
      options: { ...common, scales: { y: shareScale }, plugins: { legend: { display: false } } },
    });
    make('chart-accounts', {
      type: 'bar',
      data: {
        labels: statistics.perAccount.map((a) => a.label),
        datasets: [
          {
            label: W('Besvarade i tid', 'Answered in time'),
            data: asPercent(statistics.perAccount),
            backgroundColor: palette[1],
          },
        ],
      },
      options: {
        ...common,
        indexAxis: 'y',
        scales: { x: shareScale },
        plugins: { legend: { display: false } },
      },
    });
    make('chart-platforms', {
      type: 'doughnut',
      data: {
        labels: statistics.perPlatform.map((p) => statistics.platformNames[p.platform]),
        datasets: [{ data: statistics.perPlatform.map((p) => p.count), backgroundColor: palette }],
      },
      options: { ...common, plugins: { legend: { position: 'bottom' } } },
    });
    make('chart-weekdays', {
      type: 'bar',
      data: {
        labels: WEEKDAYS(),
        datasets: [
          { label: W('Kommentarer', 'Comments'), data: statistics.perWeekday, backgroundColor: palette[0] },
        ],
      },
      options: { ...common, scales: countScale, plugins: { legend: { display: false } } },
    });
    make('chart-hours', {
      type: 'bar',
      data: {
        labels: statistics.perHour.map((_, hour) => String(hour).padStart(2, '0')),
        datasets: [
          { label: W('Kommentarer', 'Comments'), data: statistics.perHour, backgroundColor: palette[4] },
        ],
      },
      options: { ...common, scales: countScale, plugins: { legend: { display: false } } },
    });
  }

  /** The charts that show a share in per cent; the others count comments. */
  const SHARE_CHARTS = new Set(['chart-weeks', 'chart-accounts']);

  /**
   * The figures behind a chart as a table one click away, for a screen reader and a keyboard: the same labels and
   * values the chart draws (a week or account with nothing to count shows –).
   */
  function figuresTable(canvasId, data, unit) {
    const figure = $(canvasId).closest('figure');
    figure.querySelector('details.figures')?.remove();
    const details = document.createElement('details');
    details.className = 'figures';
    const summary = document.createElement('summary');
    summary.textContent = W('Visa siffrorna', 'Show the figures');
    const table = document.createElement('table');
    const caption = document.createElement('caption');
    caption.textContent = figure.querySelector('figcaption')?.textContent || '';
    caption.className = 'visually-hidden';
    table.append(caption);
    const values = data.datasets[0]?.data || [];
    data.labels.forEach((label, i) => {
      const row = document.createElement('tr');
      const head = document.createElement('th');
      head.scope = 'row';
      head.textContent = String(label);
      const cell = document.createElement('td');
      const value = values[i];
      cell.textContent = value === null || value === undefined ? '–' : `${value}${unit}`;
      row.append(head, cell);
      table.append(row);
    });
    details.append(summary, table);
    figure.append(details);
  }

  /** Team leads only: where the work lies, person by person. */
  function renderPeople(people) {
    $('people-panel').hidden = !people;
    if (!people) return;
    const rows = people.map((person) => {
      const row = document.createElement('tr');
      const cells = [
        person.name,
        String(person.answered),
        duration(person.medianMinutesToFirstResponse),
        String(person.openClaims),
        String(person.pendingApprovals),
      ];
      for (const value of cells) {
        const cell = document.createElement('td');
        cell.textContent = value;
        row.append(cell);
      }
      return row;
    });
    $('people').replaceChildren(...rows);
  }

  /** The city's planning calendar and tone guidance, where the city has said where they are. */
  function renderPlaces(places) {
    const named = [
      [W('Planeringskalendern', 'Planning calendar'), places && places.planningCalendar],
      [W('Tonläget i sociala medier', 'Tone on social media'), places && places.toneGuidance],
    ].filter(([, url]) => typeof url === 'string' && /^https?:\/\//.test(url));
    const links = named.map(([label, url]) => {
      const a = document.createElement('a');
      a.href = url;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      a.textContent = label;
      return a;
    });
    $('places').replaceChildren(...links);
    $('places').hidden = links.length === 0;
  }

  async function load() {
    showStatus(W('Hämtar …', 'Loading …'));
    try {
      const response = await api(`/api/overview?weeks=${encodeURIComponent($('weeks').value)}`);
      const report = await response.json();
      state.report = report;
      $('export').hidden = !report.viewer.canSeeText;
      $('export-moderation').hidden = !report.isAdmin;
      $('archive-panel').hidden = !report.isAdmin;
      $('extract-panel').hidden = !report.isAdmin;
      $('content').hidden = false;
      renderPlaces(report.places);
      renderTiles(report);
      renderQueue(report);
      window.SvarsvaktenQueueSelection.render(report, load);
      renderCharts(report.statistics);
      renderPeople(report.people);
      showStatus('');
    } catch (error) {
      $('content').hidden = true;
      showStatus(message(error.code), true);
    }
  }

  async function exportCsv(path) {
    try {
      const response = await api(`${path}?weeks=${encodeURIComponent($('weeks').value)}`);
      await window.SvarsvaktenTab.download(response, 'svarsvakten.csv');
    } catch (error) {
      showStatus(message(error.code), true);
    }
  }

  document.addEventListener('DOMContentLoaded', async () => {
    $('weeks').addEventListener('change', load);
    $('export').addEventListener('click', () => exportCsv('/api/overview/export.csv'));
    $('export-moderation').addEventListener('click', () => exportCsv('/api/overview/moderation.csv'));
    window.SvarsvaktenTab.onTheme(setTheme);
    await window.SvarsvaktenTab.connect();
    await load();
  });
})();
