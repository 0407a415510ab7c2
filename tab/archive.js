'use strict';
/*
 * Arkivpaket in the overview tab, for admins: a period that has ended (the last half-year is suggested) is taken out
 * as a zip from /api/overview/archive.zip.
 */
(function archivePackage() {
  const $ = (id) => document.getElementById(id);
  const MESSAGES = {
    admin_only: 'Bara administratörer kan ta ut arkivpaket.',
    archive_period_invalid: 'Ange perioden som två datum, från och till.',
    archive_period_open: 'Perioden har inte tagit slut än. Välj en period som är över.',
    archive_period_too_long: 'Perioden är längre än en arkiveringsperiod. Ta ut ett paket per period.',
    export_busy: 'Ditt förra uttag pågår fortfarande. Vänta tills det är klart.',
    sign_in_required: 'Du behöver vara inloggad i Teams.',
  };

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
    say('Packar …');
    const query = new URLSearchParams({ from: $('archive-from').value, to: $('archive-to').value });
    try {
      const response = await window.SvarsvaktenTab.api(`/api/overview/archive.zip?${query.toString()}`);
      await window.SvarsvaktenTab.download(response, 'svarsvakten-arkiv.zip');
      say('Arkivpaketet är nedladdat.');
    } catch (error) {
      say(MESSAGES[error.code] || 'Arkivpaketet gick inte att ta ut. Försök igen, eller kontakta IT.', true);
    }
  }

  document.addEventListener('DOMContentLoaded', () => {
    suggest();
    $('archive-form').addEventListener('submit', takeOut);
  });
})();
