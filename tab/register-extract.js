'use strict';
/*
 * Registerutdrag in the overview tab, for admins: everything Svarsvakten holds about one resident, searched by their
 * name or platform id, as a zip from /api/overview/registerutdrag.zip.
 */
(function registerExtract() {
  const $ = (id) => document.getElementById(id);
  const W = (swedish, english) => window.SvarsvaktenTab.words(swedish, english);
  const MESSAGES = () => ({
    admin_only: W(
      'Bara administratörer kan ta ut registerutdrag.',
      'Only admins can take out register extracts.',
    ),
    subject_query_invalid: W(
      'Sök på namn och id åtskilda med semikolon, minst tre tecken vardera.',
      'Search for names and ids separated by semicolons, at least three characters each.',
    ),
    export_busy: W(
      'Ditt förra uttag pågår fortfarande. Vänta tills det är klart.',
      'Your last export is still running. Wait until it is done.',
    ),
    sign_in_required: W('Du behöver vara inloggad i Teams.', 'You need to be signed in to Teams.'),
  });

  const say = (text, isError) => window.SvarsvaktenTab.say('extract-status', text, isError);

  async function takeOut(event) {
    event.preventDefault();
    say(W('Söker igenom allt som är sparat …', 'Searching everything stored …'));
    try {
      // POST: the names searched for travel in the body, never in a URL that servers and proxies log.
      const response = await window.SvarsvaktenTab.api('/api/overview/registerutdrag.zip', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ q: $('extract-query').value.trim() }),
      });
      await window.SvarsvaktenTab.download(response, 'registerutdrag.zip');
      say(
        W(
          'Registerutdraget är nedladdat. Läs README.txt i det innan det lämnas ut.',
          'The register extract is downloaded. Read its README.txt before it is handed out.',
        ),
      );
    } catch (error) {
      say(
        MESSAGES()[error.code] ||
          W(
            'Registerutdraget gick inte att ta ut. Försök igen, eller kontakta IT.',
            'The register extract could not be taken out. Try again, or contact IT.',
          ),
        true,
      );
    }
  }

  document.addEventListener('DOMContentLoaded', () => {
    $('extract-form').addEventListener('submit', takeOut);
  });
})();
