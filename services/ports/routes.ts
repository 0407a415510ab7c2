import type { TeamsChannelRoute } from './teams';

/** Which Teams channel an account's comments go to (P1, P7). */
export interface AccountRoute extends TeamsChannelRoute {
  readonly platform: string;
  readonly accountId: string;
  readonly boundBy: string;
}

/** A department's Teams channel, where questions about comments go (Fråga verksamheten). */
export interface DepartmentRoute extends TeamsChannelRoute {
  /** As the admin named it: "Avfall", "Parkering". */
  readonly name: string;
  readonly boundBy: string;
}

export interface DepartmentStore {
  /** By name, whatever its case. */
  get(name: string): Promise<DepartmentRoute | undefined>;
  bind(route: DepartmentRoute): Promise<void>;
  list(): Promise<DepartmentRoute[]>;
  remove(name: string): Promise<boolean>;
}

export interface RouteStore {
  get(platform: string, accountId: string): Promise<AccountRoute | undefined>;
  bind(route: AccountRoute): Promise<void>;
  list(): Promise<AccountRoute[]>;
}
