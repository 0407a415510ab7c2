/** The real time of the click that closed a comment: no reminder about it may come after. */
export interface StaffRecord {
  readonly closedAtMs?: number;
}
