import { AppError } from '../../domain/app-error';
import type { Person } from '../../domain/person';
import type { StaffStore } from '../../ports/index';

/** Who may do what, as configured: the admins, trained staff given in settings, the contact centre. */
export interface AccessSettings {
  /** Entra object ids of the people who keep the list of trained staff. */
  readonly adminIds: readonly string[];
  /** Entra object ids of trained staff given in configuration (more are added with `behörighet lägg till`). */
  readonly staffIds: readonly string[];
  /** Entra object ids of the contact centre's people: the only ones who see Messenger items outside its channel (P7). */
  readonly contactCentreIds: readonly string[];
  /** Local mode with nobody configured: everyone may act, so the Playground works out of the box. */
  readonly open: boolean;
  /** Where the training is (Komin) and whom to ask: the refusal names them (TRAINING_URL, TRAINING_CONTACT). */
  readonly training?: { readonly url?: string | undefined; readonly contact?: string | undefined };
}

/** P11: only trained staff act on cards; admins keep the list. */
export class AccessControl {
  constructor(
    private readonly staff: StaffStore,
    private readonly settings: AccessSettings,
  ) {}

  isAdmin(person: Pick<Person, 'id'>): boolean {
    return this.settings.adminIds.includes(person.id);
  }

  async isStaff(person: Pick<Person, 'id'>): Promise<boolean> {
    if (this.settings.open || this.isAdmin(person) || this.settings.staffIds.includes(person.id)) return true;
    return (await this.staff.get(person.id)) !== undefined;
  }

  /** Messenger belongs to the contact centre (P7): only its people see those items outside its channel. */
  isContactCentre(person: Pick<Person, 'id'>): boolean {
    return this.settings.open || this.settings.contactCentreIds.includes(person.id);
  }

  /** Under training (`inskolning`): their replies wait for approval. */
  async isTrainee(person: Pick<Person, 'id'>): Promise<boolean> {
    if (this.isAdmin(person)) return false;
    return (await this.staff.get(person.id))?.role === 'trainee';
  }

  /** May approve a trainee's reply: an admin, or someone added as `godkännare`. */
  async isApprover(person: Pick<Person, 'id'>): Promise<boolean> {
    if (this.settings.open || this.isAdmin(person)) return true;
    return (await this.staff.get(person.id))?.role === 'approver';
  }

  async assertStaff(person: Pick<Person, 'id'>): Promise<void> {
    if (!(await this.isStaff(person))) throw this.refusal();
  }

  /** What someone not yet trained is told: where the training is, and whom to ask, where the city says. */
  refusal(): AppError {
    const { url, contact } = this.settings.training ?? {};
    return new AppError('not_authorised', 'Not on the list of trained staff', {
      ...(url ? { trainingUrl: url } : {}),
      ...(contact ? { trainingContact: contact } : {}),
    });
  }

  assertAdmin(person: Pick<Person, 'id'>): void {
    if (!this.isAdmin(person)) throw new AppError('admin_only', 'Only admins may do this');
  }
}
