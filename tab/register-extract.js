'use strict';
/*
 * Registerutdrag in the overview tab, for admins: everything Svarsvakten holds about one resident, searched by their
 * name or platform id, as a zip from /api/overview/registerutdrag.zip.
 */
(function registerExtract() {
  const $ = (id) => document.getElementById(id);
  const MESSAGES = {
    admin_only: 'Bara administratörer kan ta ut registerutdrag.',
    subject_query_invalid: 'Sök på namn och id åtskilda med semikolon, minst tre tecken vardera.',
    export_busy: 'Ditt förra uttag pågår fortfarande. Vänta tills det är klart.',
    sign_in_required: 'Du behöver vara inloggad i Teams.',
  };

  const say = (text, isError) => window.SvarsvaktenTab.say('extract-status', text, isError);

  async function takeOut(event) {
    event.preventDefault();
    say('Söker igenom allt som är sparat …');
    try {
      // POST: the names searched for travel in the body, never in a URL that servers and proxies log.
      const response = await window.SvarsvaktenTab.api('/api/overview/registerutdrag.zip', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ q: $('extract-query').value.trim() }),
      });
      await window.SvarsvaktenTab.download(response, 'registerutdrag.zip');
      say('Registerutdraget är nedladdat. Läs README.txt i det innan det lämnas ut.');
    } catch (error) {
      say(
        MESSAGES[error.code] || 'Registerutdraget gick inte att ta ut. Försök igen, eller kontakta IT.',
        true,
      );
    }
  }

  document.addEventListener('DOMContentLoaded', () => {
    $('extract-form').addEventListener('submit', takeOut);
  });
})();
