import { GraphReader, objectOf, textOf } from './catch-up/graph-reader';

/**
 * Which webhook fields a Page or Instagram account is subscribed to for the app (`GET /{id}/subscribed_apps`,
 * each app with its `subscribed_fields`): those of the given app, or of any app when its id is not known.
 */
export class MetaSubscriptions {
  constructor(
    private readonly options: {
      readonly graphUrl: string;
      readonly graphVersion: string;
      readonly timeoutMs: number;
      readonly appId: string | undefined;
    },
  ) {}

  async subscribedFields(accountId: string, token: string): Promise<string[]> {
    const reader = new GraphReader({ ...this.options, token });
    const body = await reader.get(`${encodeURIComponent(accountId)}/subscribed_apps`, {});
    const fields = new Set<string>();
    for (const app of GraphReader.page(body).items) {
      if (this.options.appId && textOf(app.id) !== this.options.appId) continue;
      const listed = app.subscribed_fields;
      for (const field of Array.isArray(listed) ? listed : []) {
        const name = typeof field === 'string' ? field : textOf(objectOf(field).name);
        if (name) fields.add(name);
      }
    }
    return [...fields];
  }
}
