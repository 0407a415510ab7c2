'use strict';
/*
 * Konton in the overview tab: each account's credential, intake, webhook subscription and read errors, for every
 * trained person. Everything shown is set as text, never as markup.
 */
(function accounts() {
  const $ = (id) => document.getElementById(id);
  const W = (swedish, english) => window.SvarsvaktenTab.words(swedish, english);
  // Stockholm time, whoever reads it: in the page's language.
  const WHEN = () =>
    new Intl.DateTimeFormat(W('sv-SE', 'en-GB'), {
      timeZone: 'Europe/Stockholm',
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
    });

  const state = { canConnect: false };
  const when = (iso) => (iso ? WHEN().format(new Date(iso)) : W('aldrig', 'never'));

  function credential(account) {
    if (account.credential === 'reconnect') return W('Behöver anslutas igen', 'Needs to be connected again');
    if (account.credential === 'none') return W('Saknas – svar för hand', 'None – answers by hand');
    if (!account.endsAt) return 'OK';
    return W(`OK, går ut ${when(account.endsAt)}`, `OK, expires ${when(account.endsAt)}`);
  }

  function subscription(s) {
    if (!s.expected) return '–';
    if (!s.checkedAt) return W('Inte kontrollerad än', 'Not checked yet');
    if (s.unreadable) return W('Kunde inte läsas', 'Could not be read');
    if (s.missing && s.missing.length > 0)
      return W(`Saknar ${s.missing.join(', ')}`, `Lacks ${s.missing.join(', ')}`);
    return 'OK';
  }

  function errors(list) {
    if (list.length === 0) return W('Inga', 'None');
    return list.map((e) => `${e.code} ×${e.count}`).join(', ');
  }

  function cell(text, warn) {
    const td = document.createElement('td');
    td.textContent = text;
    if (warn) td.classList.add('warn');
    return td;
  }

  const MESSAGES = () => ({
    admin_only: W('Bara administratörer kan ansluta konton.', 'Only admins can connect accounts.'),
    connect_unavailable: W(
      'Kontot kan inte anslutas härifrån: appens OAuth-klient eller PUBLIC_URL saknas.',
      'The account cannot be connected from here: the app’s OAuth client or PUBLIC_URL is missing.',
    ),
    connect_expired: W(
      'Anslutningen tog för lång tid. Börja om med Anslut konto.',
      'Connecting took too long. Start again with Connect account.',
    ),
    connect_failed: W(
      'Plattformen tog inte emot inloggningen. Börja om med Anslut konto.',
      'The platform did not accept the sign-in. Start again with Connect account.',
    ),
    connect_other_account: W(
      'Inloggningen hör till ett annat konto. Logga in som rätt konto och försök igen.',
      'The sign-in belongs to another account. Sign in as the right account and try again.',
    ),
    cancelled: W('Anslutningen avbröts.', 'Connecting was cancelled.'),
    sign_in_required: W('Du behöver vara inloggad i Teams.', 'You need to be signed in to Teams.'),
  });

  function say(text, isError) {
    const status = $('accounts-status');
    status.textContent = text;
    status.classList.toggle('error', Boolean(isError));
    status.hidden = !text;
  }

  /** The platform's consent in a sign-in window: Teams' own inside Teams, a browser window elsewhere. */
  async function consent(signIn) {
    const url = new URL(signIn, window.location.origin).toString();
    const teams = window.microsoftTeams;
    if (window.parent !== window && teams) {
      return JSON.parse(await teams.authentication.authenticate({ url, width: 600, height: 700 }));
    }
    const popup = window.open(url, 'svarsvakten-connect', 'width=600,height=700');
    if (!popup) throw Object.assign(new Error('cancelled'), { code: 'cancelled' });
    return new Promise((resolve) => {
      // Closed without an answer (the admin gave up): cancelled, once an answer sent as it closed had its turn.
      const closed = window.setInterval(() => {
        if (popup.closed)
          window.setTimeout(() => finish({ type: 'svarsvakten-connect', error: 'cancelled' }), 500);
      }, 500);
      let done = false;
      function answered(event) {
        if (event.origin !== window.location.origin) return;
        if (!event.data || event.data.type !== 'svarsvakten-connect') return;
        finish(event.data);
      }
      function finish(answer) {
        if (done) return;
        done = true;
        window.clearInterval(closed);
        window.removeEventListener('message', answered);
        resolve(answer);
      }
      window.addEventListener('message', answered);
    });
  }

  async function connect(account) {
    const json = { 'Content-Type': 'application/json' };
    try {
      say(W(`Ansluter ${account.name} …`, `Connecting ${account.name} …`));
      const started = await (
        await window.SvarsvaktenTab.api('/api/connect/start', {
          method: 'POST',
          headers: json,
          body: JSON.stringify({ platform: account.platform, accountId: account.id }),
        })
      ).json();
      const answer = await consent(started.signIn);
      if (answer.error || !answer.code) throw Object.assign(new Error('cancelled'), { code: 'cancelled' });
      await window.SvarsvaktenTab.api('/api/connect/finish', {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ state: answer.state, code: answer.code }),
      });
      say(W(`${account.name} är anslutet.`, `${account.name} is connected.`));
      await load();
    } catch (error) {
      say(
        MESSAGES()[error.code] ||
          W('Kontot kunde inte anslutas. Försök igen.', 'The account could not be connected. Try again.'),
        true,
      );
    }
  }

  function row(account) {
    const tr = document.createElement('tr');
    const name = document.createElement('th');
    name.scope = 'row';
    name.textContent = `${account.name} (${account.platformName})`;
    const missing = account.subscription.missing && account.subscription.missing.length > 0;
    tr.append(
      name,
      cell(credential(account), account.credential === 'reconnect'),
      cell(when(account.lastCommentAt)),
      cell(when(account.lastDeliveryAt)),
      cell(when(account.lastReadAt)),
      cell(subscription(account.subscription), missing),
      cell(errors(account.errors), account.errors.length > 0),
    );
    const action = document.createElement('td');
    if (state.canConnect && account.connectable) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = W('Anslut konto', 'Connect account');
      button.setAttribute('aria-label', W(`Anslut konto ${account.name}`, `Connect account ${account.name}`));
      button.addEventListener('click', () => connect(account));
      action.append(button);
    }
    tr.append(action);
    return tr;
  }

  async function load() {
    try {
      const body = await (await window.SvarsvaktenTab.api('/api/accounts')).json();
      state.canConnect = body.canConnect;
      $('accounts').replaceChildren(...body.accounts.map(row));
      $('accounts-panel').hidden = false;
    } catch (error) {
      if (error.code === 'not_authorised') return;
      say(
        W('Kontona kunde inte visas. Ladda om fliken.', 'The accounts could not be shown. Reload the tab.'),
        true,
      );
      $('accounts-panel').hidden = false;
    }
  }

  document.addEventListener('DOMContentLoaded', load);
})();
