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
    return tr;
  }

  async function load() {
    try {
      const body = await (await window.SvarsvaktenTab.api('/api/accounts')).json();
      $('accounts').replaceChildren(...body.accounts.map(row));
      $('accounts-panel').hidden = false;
    } catch (error) {
      if (error.code === 'not_authorised') return;
      const status = $('accounts-status');
      status.textContent = 'Kontona kunde inte visas. Ladda om fliken.';
      status.hidden = false;
      $('accounts-panel').hidden = false;
    }
  }

  document.addEventListener('DOMContentLoaded', load);
})();
