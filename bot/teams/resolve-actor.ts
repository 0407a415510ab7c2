import { TeamsInfo, type TurnContext } from 'botbuilder';
import type { Person } from '../../services/domain/person';
import { firstNameOf } from '../../services/domain/signature';
import { PEOPLE_TEXTS } from '../../cards/locale/people-texts';

/** Who clicked: their Entra object id, display name and first name from their Teams profile. */
export async function resolveActor(context: TurnContext): Promise<Person> {
  const from = context.activity.from;
  let givenName: string | undefined;
  let name = from.name ?? '';
  try {
    const member = await TeamsInfo.getMember(context, from.id);
    givenName = member.givenName ?? undefined;
    name = member.name || name;
  } catch {
    // The profile could not be read: the display name still gives a first name.
  }
  return {
    id: from.aadObjectId ?? from.id,
    name: name || PEOPLE_TEXTS.unknown,
    firstName: firstNameOf(name || PEOPLE_TEXTS.unknown, givenName),
    teamsId: from.id,
  };
}
