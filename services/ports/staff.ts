/** A member of staff who has done the training (P11) and may act on cards. */
export interface StaffMember {
  readonly id: string;
  readonly name: string;
  readonly addedBy: string;
  readonly addedAt: string;
  /** The Teams user id (29:…) where Teams gave it: what a 1:1 message needs. */
  readonly teamsId?: string;
  /** `inskolning`: under training, their replies wait for approval; `godkännare`: approves those replies. */
  readonly role?: StaffRole;
}

export type StaffRole = 'trainee' | 'approver';

/** Who is away (`frånvaro på`): their claims go back to the queue and reminders pass them by until they are back. */
export interface AwayList {
  markAway(person: { readonly id: string; readonly name: string }, since: string): Promise<void>;
  /** False when the person was not marked away. */
  markBack(id: string): Promise<boolean>;
  list(): Promise<{ readonly id: string; readonly name: string; readonly since: string }[]>;
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
