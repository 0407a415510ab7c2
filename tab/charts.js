'use strict';
/*
 * The overview tab's charts (Chart.js), drawn in the theme's colours, each with its figures as a table one click
 * away. Everything shown is set as text, never as markup.
 */
(function overviewCharts() {
  const W = (swedish, english) => window.SvarsvaktenTab.words(swedish, english);
  const $ = (id) => document.getElementById(id);
  const WEEKDAYS = () =>
    W(['mån', 'tis', 'ons', 'tors', 'fre', 'lör', 'sön'], ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
  let charts = [];

  function color(name) {
    return getComputedStyle(document.body).getPropertyValue(name).trim();
  }

  function renderCharts(statistics) {
    for (const chart of charts) chart.destroy();
    charts = [];
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
      charts.push(new Chart($(id), config));
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

  window.SvarsvaktenCharts = { render: renderCharts };
})();
