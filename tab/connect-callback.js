'use strict';
/*
 * Where a platform sends an admin back after Anslut konto: the code and state go to the tab that opened this
 * window (a browser window), or through Teams' sign-in window, and the window closes. Nothing is shown from them.
 */
(function connectCallback() {
  const params = new URLSearchParams(window.location.search);
  const answer = {
    type: 'svarsvakten-connect',
    code: params.get('code') || '',
    state: params.get('state') || '',
    error: params.get('error') || '',
  };
  document.addEventListener('DOMContentLoaded', async () => {
    if (window.opener && window.opener !== window) {
      window.opener.postMessage(answer, window.location.origin);
      window.close();
      return;
    }
    const teams = window.microsoftTeams;
    if (!teams) return;
    await teams.app.initialize();
    if (answer.error || !answer.code) teams.authentication.notifyFailure(answer.error || 'no_code');
    else teams.authentication.notifySuccess(JSON.stringify(answer));
  });
})();
