'use strict';
/*
 * Stäng valda utan svar in the overview tab's queue: a trained person ticks open comments nobody holds and closes
 * them with one reason; each gets its own history line. Everything shown is set as text, never as markup.
 */
(function queueSelection() {
  const $ = (id) => document.getElementById(id);
  const chosen = new Set();
  const W = (swedish, english) => window.SvarsvaktenTab.words(swedish, english);
  /** Why a comment was left as it was, by the code the bot gave. */
  const WHY = () => ({
    comment_claimed_by_other: W('någon annan har tagit den', 'someone else has taken it'),
    comment_already_claimed: W('någon har tagit den', 'someone has taken it'),
    comment_closed: W('den var redan stängd', 'it was already closed'),
    comment_reply_in_progress: W('ett svar är på väg', 'an answer is on its way'),
    outside_contact_centre: W(
      'Messenger hanteras av kontaktcenter',
      'Messenger is handled by the contact centre',
    ),
    comment_not_found: W('den finns inte längre', 'it no longer exists'),
  });

  /** "2 lämnades: någon annan har tagit den (1), den var redan stängd (1)." */
  function leftOut(refused) {
    if (refused.length === 0) return '';
    const counts = new Map();
    for (const r of refused) {
      const why = WHY()[r.code] || W('den ändrades under tiden', 'it changed meanwhile');
      counts.set(why, (counts.get(why) || 0) + 1);
    }
    const reasons = [...counts].map(([why, n]) => `${why} (${n})`).join(', ');
    const left = W(
      refused.length === 1 ? 'lämnades som den var' : 'lämnades som de var',
      refused.length === 1 ? 'was left as it was' : 'were left as they were',
    );
    return ` ${refused.length} ${left}: ${reasons}.`;
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
    button.textContent =
      chosen.size > 0
        ? W(`Stäng ${chosen.size} valda utan svar`, `Close ${chosen.size} chosen without an answer`)
        : W('Stäng valda utan svar', 'Close chosen without an answer');
  }

  /** A tick box for a row that can be closed, or nothing. */
  function checkbox(item) {
    if (!item.closable || !item.key) return undefined;
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.className = 'select';
    box.checked = chosen.has(item.key);
    box.setAttribute(
      'aria-label',
      `${W('Välj', 'Choose')} ${item.platformName}: ${item.firstWords || ''}`.trim(),
    );
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
        new window.Option(W('Välj skäl …', 'Choose a reason …'), ''),
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
      const closed = W(
        `${result.closed} ${result.closed === 1 ? 'kommentar stängd' : 'kommentarer stängda'} utan svar.`,
        `${result.closed} ${result.closed === 1 ? 'comment' : 'comments'} closed without an answer.`,
      );
      say(closed + leftOut(result.refused));
      await afterClose();
    } catch (error) {
      say(
        error.code === 'not_authorised'
          ? W(
              'Bara den som får hantera kommentarer kan stänga dem.',
              'Only those who may handle comments can close them.',
            )
          : W('Det gick inte att stänga dem. Försök igen.', 'They could not be closed. Try again.'),
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
