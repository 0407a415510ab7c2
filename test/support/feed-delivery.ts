import { fixtureBytes } from './test-app';

type FeedDelivery = { entry: { time: number; changes: { value: Record<string, unknown> }[] }[] };

/** A Facebook feed fixture as Meta delivers it, with fields of its one change replaced (another id, parent, text). */
export function feedFixture(name: string, change: Record<string, unknown> = {}): Buffer {
  const body = JSON.parse(fixtureBytes(name).toString('utf8')) as FeedDelivery;
  Object.assign(body.entry[0]!.changes[0]!.value, change);
  return Buffer.from(JSON.stringify(body));
}

/** The value of a feed fixture's one change. */
export function feedValue(name: string): Record<string, unknown> {
  return (JSON.parse(fixtureBytes(name).toString('utf8')) as FeedDelivery).entry[0]!.changes[0]!.value;
}
