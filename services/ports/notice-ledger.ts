/** Remembers that something was said once (an admin told about an unrouted account), across restarts and instances. */
export interface NoticeLedger {
  /** True the first time a key is given, false ever after. */
  firstTime(key: string): Promise<boolean>;
}
