/** Which webhook fields a Meta Page has Svarsvakten's app subscribed to (`GET /{page-id}/subscribed_apps`). */
export interface SubscriptionReader {
  subscribedFields(accountId: string, token: string): Promise<string[]>;
}

/** When a token ends, as its platform's introspection tells: a time (ISO), 'inactive', or undefined if unknown. */
export interface TokenIntrospection {
  endOf(token: string): Promise<string | 'inactive' | undefined>;
}
