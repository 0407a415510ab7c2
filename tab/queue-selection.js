'use strict';
/*
 * Stäng valda utan svar in the overview tab's queue: a trained person ticks open comments nobody holds and closes
 * them with one reason; each gets its own history line. Everything shown is set as text, never as markup.
 */
(function queueSelection() {
  const $ = (id) => document.getElementById(id);
  const chosen = new Set();
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
      const left = result.refused.length;
      say(
        `${result.closed} ${result.closed === 1 ? 'kommentar stängd' : 'kommentarer stängda'} utan svar.` +
          (left > 0 ? ` ${left} lämnades som de var: någon tog eller ändrade dem under tiden.` : ''),
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
