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

  const state = { report: undefined, group: 'unclaimed' };
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
    if (state.report) window.SvarsvaktenCharts.render(state.report.statistics);
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
      window.SvarsvaktenCharts.render(report.statistics);
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
