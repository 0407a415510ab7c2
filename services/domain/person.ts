/** Someone on the city's staff as Svarsvakten knows them: from Teams, on a card, in a comment's history. */
export interface Person {
  /** Stable id: the Entra object id where Teams gives one, otherwise the Teams user id. */
  readonly id: string;
  readonly name: string;
  readonly firstName: string;
  /** The Teams user id (29:…), what Teams wants for a 1:1 chat and a mention. */
  readonly teamsId?: string;
}

/** Svarsvakten itself, where it acts on the city's standing word (the records plan, a setting). */
export const SVARSVAKTEN: Person = { id: 'svarsvakten', name: 'Svarsvakten', firstName: 'Svarsvakten' };
