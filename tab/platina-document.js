'use strict';
/*
 * Dokument för Platina: a closed case's card links here (a link into the tab with `platina:<comment>`); trained staff
 * download the conversation as a PDF/A file from /api/overview/platina.pdf, signed in as in the rest of the tab.
 */
(function platinaDocument() {
  const $ = (id) => document.getElementById(id);
  const MESSAGES = {
    not_authorised: 'Bara utbildad personal kan öppna dokumentet.',
    case_not_closed: 'Dokumentet upprättas när ärendet är avslutat med sin Platina-referens.',
    comment_not_found: 'Kommentaren finns inte i Svarsvakten.',
    comment_anonymised:
      'Kommentaren är gallrad enligt informationshanteringsplanen; dokumentet finns i arkivpaketet.',
    sign_in_required: 'Du behöver vara inloggad i Teams.',
  };

  const say = (text, isError) => window.SvarsvaktenTab.say('platina-status', text, isError);

  async function download(comment) {
    say('Upprättar dokumentet …');
    try {
      const query = new URLSearchParams({ comment });
      const response = await window.SvarsvaktenTab.api(`/api/overview/platina.pdf?${query.toString()}`);
      await window.SvarsvaktenTab.download(response, 'platina.pdf');
      say('Dokumentet är nedladdat. Registrera det i Platina under ärendets diarienummer.');
    } catch (error) {
      say(MESSAGES[error.code] || 'Dokumentet gick inte att upprätta. Försök igen, eller kontakta IT.', true);
    }
  }

  document.addEventListener('DOMContentLoaded', async () => {
    await window.SvarsvaktenTab.connect();
    const subPage = window.SvarsvaktenTab.subPage() || '';
    if (!subPage.startsWith('platina:')) return;
    const comment = subPage.slice('platina:'.length);
    $('platina-panel').hidden = false;
    $('platina-download').addEventListener('click', () => download(comment));
  });
})();
