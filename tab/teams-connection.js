'use strict';
/*
 * What every script of the tab shares: connecting to Teams once (theme, single sign-on token) and calling the
 * bot's API with that token. In a plain browser against a bot in local mode there is nothing to connect to.
 */
(function teamsConnection() {
  const state = {
    teams: undefined,
    token: undefined,
    connecting: undefined,
    subPage: undefined,
    themeHandlers: [],
    language: 'sv',
  };

  /**
   * The page in the reader's Teams language: English for an English Teams (`?lang=en` in a plain browser), Swedish
   * otherwise. The page is written in Swedish; an element's English is in its `data-en` (its text) and
   * `data-en-aria-label` (its accessible name).
   */
  function useLanguage(locale) {
    state.language = /^en/i.test(locale || '') ? 'en' : 'sv';
    document.documentElement.lang = state.language;
    if (state.language !== 'en') return;
    for (const element of document.querySelectorAll('[data-en]')) element.textContent = element.dataset.en;
    for (const element of document.querySelectorAll('[data-en-aria-label]')) {
      element.setAttribute('aria-label', element.dataset.enAriaLabel);
    }
  }

  /** The words in the page's language: `words('Spara', 'Save')`. */
  function words(swedish, english) {
    return state.language === 'en' ? english : swedish;
  }

  function withTimeout(promise, ms) {
    return Promise.race([
      promise,
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), ms)),
    ]);
  }

  function theme(name) {
    for (const handler of state.themeHandlers) handler(name);
  }

  async function connect() {
    const params = new URLSearchParams(window.location.search);
    // What a link into the tab asks for (`platina:<comment>`): Teams' subPageId, or `?subPage=` in a plain browser.
    state.subPage = params.get('subPage') || undefined;
    if (window.parent === window || !window.microsoftTeams) {
      useLanguage(params.get('lang'));
      const prefersDark = window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches;
      theme(params.get('theme') || (prefersDark ? 'dark' : 'default'));
      return;
    }
    const teams = window.microsoftTeams;
    try {
      await withTimeout(teams.app.initialize(), 5000);
    } catch {
      useLanguage(params.get('lang'));
      theme(params.get('theme') || 'default');
      return;
    }
    state.teams = teams;
    const context = await teams.app.getContext();
    useLanguage(context.app.locale);
    state.subPage = (context.page && context.page.subPageId) || state.subPage;
    theme(context.app.theme);
    teams.app.registerOnThemeChangeHandler(theme);
    teams.app.notifySuccess();
    try {
      state.token = await teams.authentication.getAuthToken();
    } catch {
      state.token = undefined; // The API then answers sign_in_required, which the page explains.
    }
  }

  /** Calls the API; a refusal becomes an Error whose code is the API's (`sign_in_required`, …). */
  async function api(path, options = {}) {
    await window.SvarsvaktenTab.connect();
    const headers = {
      ...(options.headers || {}),
      ...(state.token ? { Authorization: `Bearer ${state.token}` } : {}),
      // What the server words for the page (states, reasons, advice) comes in the page's language.
      'Accept-Language': state.language,
    };
    const response = await fetch(path, { ...options, headers, credentials: 'same-origin' });
    if (!response.ok) {
      let body = {};
      try {
        body = await response.json();
      } catch {
        // Not JSON: keep the general message.
      }
      const error = new Error(body.error || 'internal_error');
      error.code = body.error || 'internal_error';
      error.details = body;
      throw error;
    }
    return response;
  }

  /** Saves what the API answered as a file, named as the server's Content-Disposition says. */
  async function download(response, fallbackName) {
    const disposition = response.headers.get('Content-Disposition') || '';
    const name = /filename="([^"]+)"/.exec(disposition)?.[1] || fallbackName;
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  /** Shows `text` in the status line `id` (hidden when empty), as an error when `isError`. */
  function say(id, text, isError) {
    const status = document.getElementById(id);
    status.textContent = text;
    status.classList.toggle('error', Boolean(isError));
    status.hidden = !text;
  }

  window.SvarsvaktenTab = {
    onTheme(handler) {
      state.themeHandlers.push(handler);
    },
    connect() {
      state.connecting = state.connecting || connect();
      return state.connecting;
    },
    api,
    download,
    say,
    words,
    /** 'sv' or 'en', once connected. */
    language: () => state.language,
    teams: () => state.teams,
    /** What a link into the tab asked for, once connected. */
    subPage: () => state.subPage,
  };
})();
