/** Someone on the city's staff as Svarsvakten knows them: from Teams, on a card, in a comment's history. */
export interface Person {
  /** Stable id: the Entra object id where Teams gives one, otherwise the Teams user id. */
  readonly id: string;
  readonly name: string;
  readonly firstName: string;
  /** The Teams user id (29:…), what Teams wants for a 1:1 chat and a mention. */
  readonly teamsId?: string;
}
