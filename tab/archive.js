'use strict';
/*
 * Arkivpaket in the overview tab, for admins: a period that has ended (the last half-year is suggested) is taken out
 * as a zip from /api/overview/archive.zip.
 */
(function archivePackage() {
  const $ = (id) => document.getElementById(id);
  const W = (swedish, english) => window.SvarsvaktenTab.words(swedish, english);
  const MESSAGES = () => ({
    admin_only: W('Bara administratörer kan ta ut arkivpaket.', 'Only admins can take out archive packages.'),
    archive_period_invalid: W(
      'Ange perioden som två datum, från och till.',
      'Give the period as two dates, from and to.',
    ),
    archive_period_open: W(
      'Perioden har inte tagit slut än. Välj en period som är över.',
      'The period has not ended yet. Choose a period that is over.',
    ),
    archive_period_too_long: W(
      'Perioden är längre än en arkiveringsperiod. Ta ut ett paket per period.',
      'The period is longer than one archiving period. Take out one package per period.',
    ),
    export_busy: W(
      'Ditt förra uttag pågår fortfarande. Vänta tills det är klart.',
      'Your last export is still running. Wait until it is done.',
    ),
    sign_in_required: W('Du behöver vara inloggad i Teams.', 'You need to be signed in to Teams.'),
  });

  const say = (text, isError) => window.SvarsvaktenTab.say('archive-status', text, isError);

  const isoDate = (date) =>
    `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

  /** The last half-year that has ended: January–June or July–December. */
  function suggest() {
    const now = new Date();
    const firstHalfOver = now.getMonth() >= 6;
    const year = firstHalfOver ? now.getFullYear() : now.getFullYear() - 1;
    $('archive-from').value = isoDate(new Date(year, firstHalfOver ? 0 : 6, 1));
    $('archive-to').value = isoDate(new Date(year, firstHalfOver ? 5 : 11, firstHalfOver ? 30 : 31));
  }

  async function takeOut(event) {
    event.preventDefault();
    say(W('Packar …', 'Packing …'));
    const query = new URLSearchParams({ from: $('archive-from').value, to: $('archive-to').value });
    try {
      const response = await window.SvarsvaktenTab.api(`/api/overview/archive.zip?${query.toString()}`);
      await window.SvarsvaktenTab.download(response, 'svarsvakten-arkiv.zip');
      say(W('Arkivpaketet är nedladdat.', 'The archive package is downloaded.'));
    } catch (error) {
      say(
        MESSAGES()[error.code] ||
          W(
            'Arkivpaketet gick inte att ta ut. Försök igen, eller kontakta IT.',
            'The archive package could not be taken out. Try again, or contact IT.',
          ),
        true,
      );
    }
  }

  document.addEventListener('DOMContentLoaded', () => {
    suggest();
    $('archive-form').addEventListener('submit', takeOut);
  });
})();
