'use strict';
/*
 * Svarsmallar in the overview tab: every trained person sees them, admins add, change and remove them. Everything
 * shown is set as text, never as markup.
 */
(function savedAnswers() {
  const $ = (id) => document.getElementById(id);
  const W = (swedish, english) => window.SvarsvaktenTab.words(swedish, english);
  const FIELD_MESSAGES = () => ({
    title: W('Skriv en rubrik (högst 80 tecken).', 'Write a title (at most 80 characters).'),
    text: W('Skriv en text (högst 2 000 tecken).', 'Write a text (at most 2,000 characters).'),
    scope: W('Välj ett konto i listan.', 'Choose an account in the list.'),
    language: W('Välj ett språk i listan.', 'Choose a language in the list.'),
  });
  const MESSAGES = () => ({
    admin_only: W('Bara administratörer kan ändra svarsmallar.', 'Only admins can change saved answers.'),
    not_authorised: W(
      'Bara den som får hantera kommentarer ser svarsmallarna.',
      'Only those who may handle comments see the saved answers.',
    ),
    saved_answer_not_found: W(
      'Svarsmallen finns inte längre. Ladda om fliken.',
      'The saved answer no longer exists. Reload the tab.',
    ),
    sign_in_required: W('Du behöver vara inloggad i Teams.', 'You need to be signed in to Teams.'),
  });
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
        const placeholder = error.details.placeholder;
        return W(
          `Texten har {${placeholder}}, som Svarsvakten inte känner till. Använd {namn} och {länk}.`,
          `The text has {${placeholder}}, which Svarsvakten does not know. Use {namn} and {länk}.`,
        );
      }
      return (
        FIELD_MESSAGES()[field] || W('Svarsmallen kunde inte sparas.', 'The saved answer could not be saved.')
      );
    }
    return MESSAGES()[error.code] || W('Något gick fel. Försök igen.', 'Something went wrong. Try again.');
  }

  function scopeName(scope) {
    if (scope === 'all') return W('Alla konton', 'All accounts');
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
      empty.textContent = W('Inga svarsmallar ännu.', 'No saved answers yet.');
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
          button(W('Ändra', 'Change'), () => edit(answer)),
          state.confirming === answer.id
            ? button(W('Ja, ta bort den', 'Yes, remove it'), () => remove(answer))
            : button(W('Ta bort', 'Remove'), () => {
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
        new window.Option(W('Alla konton', 'All accounts'), 'all'),
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
      say(
        W(
          `Svarsmallen ”${answer.title.trim()}” är sparad.`,
          `The saved answer "${answer.title.trim()}" is saved.`,
        ),
      );
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
      say(W(`Svarsmallen ”${answer.title}” är borttagen.`, `The saved answer "${answer.title}" is removed.`));
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
