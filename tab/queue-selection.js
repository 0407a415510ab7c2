'use strict';
/*
 * Stäng valda utan svar in the overview tab's queue: a trained person ticks open comments nobody holds and closes
 * them with one reason; each gets its own history line. Everything shown is set as text, never as markup.
 */
(function queueSelection() {
  const $ = (id) => document.getElementById(id);
  const chosen = new Set();
  /** Why a comment was left as it was, by the code the bot gave. */
  const WHY = {
    comment_claimed_by_other: 'någon annan har tagit den',
    comment_already_claimed: 'någon har tagit den',
    comment_closed: 'den var redan stängd',
    comment_reply_in_progress: 'ett svar är på väg',
    outside_contact_centre: 'Messenger hanteras av kontaktcenter',
    comment_not_found: 'den finns inte längre',
  };

  /** "2 lämnades: någon annan har tagit den (1), den var redan stängd (1)." */
  function leftOut(refused) {
    if (refused.length === 0) return '';
    const counts = new Map();
    for (const r of refused) {
      const why = WHY[r.code] || 'den ändrades under tiden';
      counts.set(why, (counts.get(why) || 0) + 1);
    }
    const reasons = [...counts].map(([why, n]) => `${why} (${n})`).join(', ');
    return ` ${refused.length} ${refused.length === 1 ? 'lämnades som den var' : 'lämnades som de var'}: ${reasons}.`;
  }
  let afterClose = async () => {};

  function say(text, isError) {
    const status = $('queue-close-status');
    status.textContent = text;
    status.classList.toggle('error', Boolean(isError));
  }

  function update() {
    const button = $('queue-close-button');
    button.disabled = chosen.size === 0 || !$('queue-close-reason').value;
    button.textContent = chosen.size > 0 ? `Stäng ${chosen.size} valda utan svar` : 'Stäng valda utan svar';
  }

  /** A tick box for a row that can be closed, or nothing. */
  function checkbox(item) {
    if (!item.closable || !item.key) return undefined;
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.className = 'select';
    box.checked = chosen.has(item.key);
    box.setAttribute('aria-label', `Välj ${item.platformName}: ${item.firstWords || ''}`.trim());
    box.addEventListener('change', () => {
      if (box.checked) chosen.add(item.key);
      else chosen.delete(item.key);
      update();
    });
    return box;
  }

  /** The bar above the queue, for those who may close; a choice no longer in the queue is dropped. */
  function render(report, reload) {
    afterClose = reload;
    const reasons = report.closeReasons || [];
    $('queue-close').hidden = reasons.length === 0;
    const select = $('queue-close-reason');
    if (select.options.length !== reasons.length + 1) {
      select.replaceChildren(
        new window.Option('Välj skäl …', ''),
        ...reasons.map((r) => new window.Option(r.label, r.value)),
      );
    }
    const closable = new Set(report.queue.filter((i) => i.closable && i.key).map((i) => i.key));
    for (const key of [...chosen]) if (!closable.has(key)) chosen.delete(key);
    update();
  }

  async function close() {
    const comments = [...chosen];
    const reason = $('queue-close-reason').value;
    if (comments.length === 0 || !reason) return;
    $('queue-close-button').disabled = true;
    try {
      const response = await window.SvarsvaktenTab.api('/api/overview/close', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ comments, reason }),
      });
      const result = await response.json();
      chosen.clear();
      say(
        `${result.closed} ${result.closed === 1 ? 'kommentar stängd' : 'kommentarer stängda'} utan svar.` +
          leftOut(result.refused),
      );
      await afterClose();
    } catch (error) {
      say(
        error.code === 'not_authorised'
          ? 'Bara den som får hantera kommentarer kan stänga dem.'
          : 'Det gick inte att stänga dem. Försök igen.',
        true,
      );
      update();
    }
  }

  window.SvarsvaktenQueueSelection = { checkbox, render };

  document.addEventListener('DOMContentLoaded', () => {
    $('queue-close-button').addEventListener('click', close);
    $('queue-close-reason').addEventListener('change', update);
  });
})();
