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
  readonly action: AuditAction;
  /**
   * The person added or removed (Entra object id and name), the account bound (`platform:id`), the department, the
   * person on duty, the saved answer, or what was taken out (the export's name).
   */
  readonly subject: { readonly id: string; readonly name: string };
  /** The channel an account, a department or a person on duty was bound to. */
  readonly channelId?: string;
  /** What more the change was: the role given, or the period taken out (`2026-07-01–2026-12-31`). */
  readonly detail?: string;
}

/** Every change of who may do what or see what, and every taking out of residents' data. */
export type AuditAction =
  | 'staff_added'
  | 'staff_removed'
  | 'route_bound'
  | 'department_bound'
  | 'department_removed'
  | 'duty_added'
  | 'duty_removed'
  | 'saved_answer_saved'
  | 'saved_answer_removed'
  | 'export_taken'
  | 'archive_taken'
  | 'register_extract_taken'
  | 'channel_language_set';

/** The audit history of the staff list and the channel bindings: append-only, newest first when listed. */
export interface AuditLog {
  record(entry: AuditEntry): Promise<void>;
  listLatest(limit: number): Promise<AuditEntry[]>;
}
