export type Env = Readonly<Record<string, string | undefined>>;

/** Every wrong or missing setting found while reading the configuration, named so the start can list them all. */
export class Problems {
  readonly list: string[] = [];
  add(name: string, problem: string): void {
    this.list.push(`${name}: ${problem}`);
  }
}
