/** The city's own pages Svarsvakten links to, where the city has said where they are. */
export interface CityPlaces {
  /** The planning calendar of the main accounts (planeringskalendern). */
  readonly planningCalendar?: string | undefined;
  /** The guidance on tone in social media. */
  readonly toneGuidance?: string | undefined;
}
