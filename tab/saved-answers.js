'use strict';
/*
 * Svarsmallar in the overview tab: every trained person sees them, admins add, change and remove them. Everything
 * shown is set as text, never as markup.
 */
(function savedAnswers() {
  const $ = (id) => document.getElementById(id);
  const FIELD_MESSAGES = {
    title: 'Skriv en rubrik (högst 80 tecken).',
    text: 'Skriv en text (högst 2 000 tecken).',
    scope: 'Välj ett konto i listan.',
    language: 'Välj ett språk i listan.',
  };
  const MESSAGES = {
    admin_only: 'Bara administratörer kan ändra svarsmallar.',
    not_authorised: 'Bara den som får hantera kommentarer ser svarsmallarna.',
    saved_answer_not_found: 'Svarsmallen finns inte längre. Ladda om fliken.',
    sign_in_required: 'Du behöver vara inloggad i Teams.',
  };
  const state = { answers: [], scopes: [], languages: [], canEdit: false, confirming: undefined };

  function say(text, isError) {
    const status = $('answer-status');
    status.textContent = text;
    status.classList.toggle('error', Boolean(isError));
    status.hidden = !text;
  }

  function explain(error) {
    if (error.code === 'saved_answer_invalid') {
      const field = error.details && error.details.field;
      if (error.details && error.details.placeholder !== undefined) {
        return `Texten har {${error.details.placeholder}}, som Svarsvakten inte känner till. Använd {namn} och {länk}.`;
      }
      return FIELD_MESSAGES[field] || 'Svarsmallen kunde inte sparas.';
    }
    return MESSAGES[error.code] || 'Något gick fel. Försök igen.';
  }

  function scopeName(scope) {
    if (scope === 'all') return 'Alla konton';
    return (state.scopes.find((s) => s.scope === scope) || { name: scope }).name;
  }

  /** The language an answer is kept in, named where it is not Swedish. */
  function languageNote(language) {
    if (!language || language === 'sv') return '';
    return ` · ${(state.languages.find((l) => l.tag === language) || { name: language }).name}`;
  }

  function button(label, onClick) {
    const element = document.createElement('button');
    element.type = 'button';
    element.textContent = label;
    element.addEventListener('click', onClick);
    return element;
  }

  function render() {
    const list = $('answers');
    list.replaceChildren();
    if (state.answers.length === 0) {
      const empty = document.createElement('li');
      empty.className = 'muted';
      empty.textContent = 'Inga svarsmallar ännu.';
      list.append(empty);
    }
    for (const answer of state.answers) {
      const item = document.createElement('li');
      const title = document.createElement('strong');
      title.textContent = answer.title;
      const scope = document.createElement('span');
      scope.className = 'muted';
      scope.textContent = ` · ${scopeName(answer.scope)}${languageNote(answer.language)}`;
      const text = document.createElement('p');
      text.className = 'answer-text';
      text.textContent = answer.text;
      item.append(title, scope, text);
      if (state.canEdit) {
        // Teams shows no confirm() dialog in a tab: a removal is confirmed with a second button instead.
        item.append(
          button('Ändra', () => edit(answer)),
          state.confirming === answer.id
            ? button('Ja, ta bort den', () => remove(answer))
            : button('Ta bort', () => {
                state.confirming = answer.id;
                render();
              }),
        );
      }
      list.append(item);
    }
    $('answer-new').hidden = !state.canEdit;
  }

  /** The klarspråk help on the text being written, a moment after typing stops (advice; saving is not held up). */
  let adviceTimer;
  function adviseSoon() {
    window.clearTimeout(adviceTimer);
    adviceTimer = window.setTimeout(async () => {
      const text = $('answer-text').value.trim();
      if (!text) {
        $('answer-advice').hidden = true;
        return;
      }
      try {
        const response = await window.SvarsvaktenTab.api('/api/overview/plain-language', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ text }),
        });
        const { lines } = await response.json();
        $('answer-advice-lines').replaceChildren(
          ...lines.map((line) => {
            const item = document.createElement('li');
            item.textContent = line;
            return item;
          }),
        );
        $('answer-advice').hidden = false;
      } catch {
        $('answer-advice').hidden = true;
      }
    }, 600);
  }

  function edit(answer) {
    $('answer-id').value = answer ? answer.id : '';
    $('answer-title').value = answer ? answer.title : '';
    $('answer-scope').value = answer ? answer.scope : 'all';
    $('answer-language').value = (answer && answer.language) || 'sv';
    $('answer-text').value = answer ? answer.text : '';
    $('answer-form').hidden = false;
    adviseSoon();
    $('answer-title').focus();
  }

  async function load() {
    try {
      const body = await (await window.SvarsvaktenTab.api('/api/overview/answers')).json();
      state.answers = body.answers;
      state.scopes = body.scopes;
      state.languages = body.languages;
      $('answer-language').replaceChildren(...body.languages.map((l) => new window.Option(l.name, l.tag)));
      state.canEdit = body.canEdit;
      const select = $('answer-scope');
      select.replaceChildren(
        new window.Option('Alla konton', 'all'),
        ...body.scopes.map((s) => new window.Option(s.name, s.scope)),
      );
      $('answers-panel').hidden = false;
      render();
    } catch (error) {
      $('answers-panel').hidden = error.code === 'not_authorised';
      if (error.code !== 'not_authorised') say(explain(error), true);
    }
  }

  async function save(event) {
    event.preventDefault();
    const answer = {
      id: $('answer-id').value,
      title: $('answer-title').value,
      scope: $('answer-scope').value,
      language: $('answer-language').value,
      text: $('answer-text').value,
    };
    try {
      await window.SvarsvaktenTab.api('/api/overview/answers', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(answer),
      });
      $('answer-form').hidden = true;
      say(`Svarsmallen ”${answer.title.trim()}” är sparad.`);
      await load();
    } catch (error) {
      say(explain(error), true);
    }
  }

  async function remove(answer) {
    state.confirming = undefined;
    try {
      await window.SvarsvaktenTab.api(`/api/overview/answers/${encodeURIComponent(answer.id)}`, {
        method: 'DELETE',
      });
      say(`Svarsmallen ”${answer.title}” är borttagen.`);
      await load();
    } catch (error) {
      say(explain(error), true);
    }
  }

  document.addEventListener('DOMContentLoaded', async () => {
    $('answer-form').addEventListener('submit', save);
    $('answer-text').addEventListener('input', adviseSoon);
    $('answer-new').addEventListener('click', () => edit(undefined));
    $('answer-cancel').addEventListener('click', () => {
      $('answer-form').hidden = true;
    });
    await load();
  });
})();
