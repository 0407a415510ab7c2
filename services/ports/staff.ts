/** A member of staff who has done the training (P11) and may act on cards. */
export interface StaffMember {
  readonly id: string;
  readonly name: string;
  readonly addedBy: string;
  readonly addedAt: string;
}

export interface StaffStore {
  get(id: string): Promise<StaffMember | undefined>;
  add(member: StaffMember): Promise<void>;
  remove(id: string): Promise<boolean>;
  list(): Promise<StaffMember[]>;
}

/** One change to who may act or where comments go: who did what to whom, and when. */
export interface AuditEntry {
  readonly at: string;
  readonly by: { readonly id: string; readonly name: string };
  readonly action: 'staff_added' | 'staff_removed' | 'route_bound';
  /** The person added or removed (Entra object id and name), or the account bound (`platform:id`). */
  readonly subject: { readonly id: string; readonly name: string };
  /** The channel an account was bound to. */
  readonly channelId?: string;
}

/** The audit history of the staff list and the channel bindings: append-only, newest first when listed. */
export interface AuditLog {
  record(entry: AuditEntry): Promise<void>;
  listLatest(limit: number): Promise<AuditEntry[]>;
}
