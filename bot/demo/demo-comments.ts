/** Realistic comments a Malmö stad Page gets, for the demo. Fictional people. */
export const DEMO_COMMENTS = [
  {
    author: 'Fatima Hassan',
    text: 'Hej! När öppnar badplatsen i Ribersborg igen efter renoveringen av bryggan? Vi brukar bada där varje morgon.',
    post: 'Nu renoverar vi Ribersborgs kallbadhus brygga',
  },
  {
    author: 'Johan Lindgren',
    text: 'Gatlyktorna på Lorensborgsgatan har varit släckta i över en vecka. Det är jättemörkt när barnen går till skolan. Vem ansvarar för det?',
    post: 'Tips inför mörkare kvällar',
  },
  {
    author: 'Elin Persson',
    text: 'Tack för en fantastisk festivalvecka! Blir det samma program nästa år?',
    post: 'Malmöfestivalen 2026 – tack alla!',
  },
];
