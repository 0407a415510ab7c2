'use strict';
/*
 * Dokument för Platina: a closed case's card links here (a link into the tab with `platina:<comment>`); trained staff
 * download the conversation as a PDF/A file from /api/overview/platina.pdf, signed in as in the rest of the tab.
 */
(function platinaDocument() {
  const $ = (id) => document.getElementById(id);
  const W = (swedish, english) => window.SvarsvaktenTab.words(swedish, english);
  const MESSAGES = () => ({
    not_authorised: W(
      'Bara utbildad personal kan öppna dokumentet.',
      'Only trained staff can open the document.',
    ),
    case_not_closed: W(
      'Dokumentet upprättas när ärendet är avslutat med sin Platina-referens.',
      'The document is drawn up once the case is closed with its Platina reference.',
    ),
    comment_not_found: W('Kommentaren finns inte i Svarsvakten.', 'The comment is not in Svarsvakten.'),
    comment_anonymised: W(
      'Kommentaren är gallrad enligt informationshanteringsplanen; dokumentet finns i arkivpaketet.',
      'The comment is purged under the records plan; the document is in the archive package.',
    ),
    sign_in_required: W('Du behöver vara inloggad i Teams.', 'You need to be signed in to Teams.'),
  });

  const say = (text, isError) => window.SvarsvaktenTab.say('platina-status', text, isError);

  async function download(comment) {
    say(W('Upprättar dokumentet …', 'Drawing up the document …'));
    try {
      const query = new URLSearchParams({ comment });
      const response = await window.SvarsvaktenTab.api(`/api/overview/platina.pdf?${query.toString()}`);
      await window.SvarsvaktenTab.download(response, 'platina.pdf');
      say(
        W(
          'Dokumentet är nedladdat. Registrera det i Platina under ärendets diarienummer.',
          'The document is downloaded. Register it in Platina under the case’s reference number.',
        ),
      );
    } catch (error) {
      say(
        MESSAGES()[error.code] ||
          W(
            'Dokumentet gick inte att upprätta. Försök igen, eller kontakta IT.',
            'The document could not be drawn up. Try again, or contact IT.',
          ),
        true,
      );
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
