'use strict';
/*
 * Konton in the overview tab: each account's credential, intake, webhook subscription and read errors, for every
 * trained person. Everything shown is set as text, never as markup.
 */
(function accounts() {
  const $ = (id) => document.getElementById(id);
  const WHEN = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });

  const state = { canConnect: false };
  const when = (iso) => (iso ? WHEN.format(new Date(iso)) : 'aldrig');

  function credential(account) {
    if (account.credential === 'reconnect') return 'Behöver anslutas igen';
    if (account.credential === 'none') return 'Saknas – svar för hand';
    return account.endsAt ? `OK, går ut ${when(account.endsAt)}` : 'OK';
  }

  function subscription(s) {
    if (!s.expected) return '–';
    if (!s.checkedAt) return 'Inte kontrollerad än';
    if (s.unreadable) return 'Kunde inte läsas';
    if (s.missing && s.missing.length > 0) return `Saknar ${s.missing.join(', ')}`;
    return 'OK';
  }

  function errors(list) {
    if (list.length === 0) return 'Inga';
    return list.map((e) => `${e.code} ×${e.count}`).join(', ');
  }

  function cell(text, warn) {
    const td = document.createElement('td');
    td.textContent = text;
    if (warn) td.classList.add('warn');
    return td;
  }

  const MESSAGES = {
    admin_only: 'Bara administratörer kan ansluta konton.',
    connect_unavailable: 'Kontot kan inte anslutas härifrån: appens OAuth-klient eller PUBLIC_URL saknas.',
    connect_expired: 'Anslutningen tog för lång tid. Börja om med Anslut konto.',
    connect_failed: 'Plattformen tog inte emot inloggningen. Börja om med Anslut konto.',
    connect_other_account: 'Inloggningen hör till ett annat konto. Logga in som rätt konto och försök igen.',
    cancelled: 'Anslutningen avbröts.',
    sign_in_required: 'Du behöver vara inloggad i Teams.',
  };

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
      say(`Ansluter ${account.name} …`);
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
      say(`${account.name} är anslutet.`);
      await load();
    } catch (error) {
      say(MESSAGES[error.code] || 'Kontot kunde inte anslutas. Försök igen.', true);
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
      button.textContent = 'Anslut konto';
      button.setAttribute('aria-label', `Anslut konto ${account.name}`);
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
      say('Kontona kunde inte visas. Ladda om fliken.', true);
      $('accounts-panel').hidden = false;
    }
  }

  document.addEventListener('DOMContentLoaded', load);
})();
