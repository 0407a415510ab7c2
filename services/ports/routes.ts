import type { TeamsChannelRoute } from './teams';

/** Which Teams channel an account's comments go to (P1, P7). */
export interface AccountRoute extends TeamsChannelRoute {
  readonly platform: string;
  readonly accountId: string;
  readonly boundBy: string;
}

export interface RouteStore {
  get(platform: string, accountId: string): Promise<AccountRoute | undefined>;
  bind(route: AccountRoute): Promise<void>;
  list(): Promise<AccountRoute[]>;
}
