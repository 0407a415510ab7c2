/** Realistic comments a Malmö stad Page gets, for the demo. Fictional people. */
export const DEMO_COMMENTS = [
  {
    author: 'Fatima Hassan',
    text: 'Hej! När öppnar badplatsen i Ribersborg igen efter renoveringen av bryggan? Vi brukar bada där varje morgon.',
  },
  {
    author: 'Johan Lindgren',
    text: 'Gatlyktorna på Lorensborgsgatan har varit släckta i över en vecka. Det är jättemörkt när barnen går till skolan. Vem ansvarar för det?',
  },
  {
    author: 'Elin Persson',
    text: 'Tack för en fantastisk festivalvecka! Blir det samma program nästa år?',
  },
];
