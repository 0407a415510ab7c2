/** The names shown for people Teams gives no name for. */
export const PEOPLE_TEXTS = {
  /** A clicker or writer whose Teams profile has no display name. */
  unknown: 'Okänd',
  /** The viewer of the overview tab in local mode, where nobody signs in. */
  localViewer: 'Lokal användare',
} as const;
