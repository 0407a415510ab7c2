import { commentKeyText, type CommentKey } from '../services/domain/platform';

/** The overview tab's entity id in the app manifest (its personal tab). */
export const OVERVIEW_TAB_ENTITY = 'overview';

/**
 * A Teams link into the overview tab, opening `subPage` there when given (the tab reads it as its subPageId): the tab is signed
 * in, so what it opens is for whom the tab lets see it.
 */
export function tabLink(teamsAppId: string, subPage?: string): string {
  const tab = `https://teams.microsoft.com/l/entity/${encodeURIComponent(teamsAppId)}/${OVERVIEW_TAB_ENTITY}`;
  if (subPage === undefined) return tab;
  return `${tab}?context=${encodeURIComponent(JSON.stringify({ subEntityId: subPage }))}`;
}

/** Where a closed case's document for Platina opens. */
export function platinaDocumentLink(teamsAppId: string, key: CommentKey): string {
  return tabLink(teamsAppId, `platina:${commentKeyText(key)}`);
}
