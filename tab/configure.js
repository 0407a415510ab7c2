'use strict';
// The channel tab's configuration page: nothing to choose, the overview is the same for the whole team.
(async function configure() {
  const teams = window.microsoftTeams;
  if (!teams || window.parent === window) return;
  await teams.app.initialize();
  const context = await teams.app.getContext();
  document.body.dataset.theme = context.app.theme || 'default';
  // In the reader's Teams language: English for an English Teams (each element's English is in its data-en).
  if (/^en/i.test(context.app.locale || '')) {
    document.documentElement.lang = 'en';
    for (const element of document.querySelectorAll('[data-en]')) element.textContent = element.dataset.en;
  }
  teams.pages.config.registerOnSaveHandler((saveEvent) => {
    const url = `${window.location.origin}/tab/?view=channel`;
    teams.pages.config
      .setConfig({
        entityId: 'overview',
        contentUrl: url,
        websiteUrl: url,
        suggestedDisplayName: 'Svarsvakten',
      })
      .then(() => saveEvent.notifySuccess())
      .catch((error) => saveEvent.notifyFailure(String(error)));
  });
  teams.pages.config.setValidityState(true);
})();
