import type { CardStrings } from './card-strings';

/** What a person is told in English when an action does not go through, by the failure's code. */
export const EN_ERRORS: CardStrings['errors'] = {
  comment_already_claimed: '{holder} has already taken this comment.',
  comment_claimed_by_other: '{holder} has this comment. Ask them to release it, or take it when it is free.',
  comment_not_claimed: 'Take the comment first, so nobody else answers at the same time.',
  comment_reply_in_progress: 'The reply is being sent. Please wait a moment.',
  comment_removed: 'The comment was removed on the platform and cannot be answered.',
  comment_not_found: 'The comment is no longer in Svarsvakten.',
  reply_empty: 'Write a reply before sending.',
  reply_too_long:
    'The reply is {over} characters too long (the signature counts). Shorten it and send again.',
  platform_token_expired:
    "It did not go through: Svarsvakten's sign-in to the platform has expired. Ask an admin to renew the access token. Your draft is kept.",
  platform_rate_limited:
    'It did not go through: the platform takes no more calls right now. Try again {retry}. Your draft is kept.',
  platform_comment_deleted:
    'It did not go through: the comment no longer exists on the platform (removed or hidden).',
  platform_permission_denied:
    'It did not go through: Svarsvakten lacks permission to reply from the account. Contact an admin. Your draft is kept.',
  platform_reply_not_allowed:
    'It did not go through: the platform does not allow a reply there (deleted, hidden or replies restricted). Your draft is kept.',
  platform_quota_exceeded:
    'It did not go through: today’s quota of calls is used up. Try again {retry}. Your draft is kept.',
  platform_unavailable:
    'It did not go through: the platform did not answer. Try again shortly. Your draft is kept.',
  messenger_window_closed:
    'The message came more than 7 days ago, and Messenger takes no answer after that. Refer the person to the city’s ordinary channels another way if needed, and close the card with "No reply needed". Your draft is kept.',
  platform_outcome_unknown:
    'Unknown whether the reply was published – check on {platform}. The platform did not answer in time and Svarsvakten could not look. If the reply is there, close the card with "No reply needed" (already answered); otherwise send again. Your draft is kept.',
  platform_error:
    'It did not go through: the platform said no. Try again, or contact an admin. Your draft is kept.',
  account_needs_reconnect:
    "It did not go through: the account needs connecting again – the platform no longer accepts Svarsvakten's sign-in. An admin has been told. Your draft is kept; reply directly on the platform and paste the reply here, or try again once the account is connected.",
  credential_unreadable:
    "It did not go through: Svarsvakten cannot read the account's stored sign-in (the key is missing). Contact an admin. Your draft is kept.",
  credential_refused:
    "It did not go through: the platform did not accept the account's sign-in. An admin has been told. Your draft is kept.",
  connect_unavailable:
    'The account cannot be connected from here: the app’s OAuth client or PUBLIC_URL is not set. See docs/deployment.md.',
  connect_expired:
    'The connection took too long or was started by someone else. Start again with Connect account.',
  connect_failed: 'The platform did not accept the sign-in. Start again with Connect account.',
  connect_other_account:
    'The sign-in belongs to another account ({found}). Sign in as {expected} and try again.',
  account_not_configured:
    'It did not go through: the account has no settings for publishing. Contact an admin. Your draft is kept.',
  concurrent_update: 'Someone else changed the comment at the same time. This is how it stands now.',
  storage_unavailable:
    'Svarsvakten cannot reach its storage right now. Try again shortly. Your draft is kept.',
  action_invalid: 'The click could not be understood. Reload the card and try again.',
  comment_closed: 'The comment is already handled. Reopen it if something more needs doing.',
  comment_already_acknowledged:
    '"We have seen your comment" was already sent. Write the real answer when you can.',
  comment_already_hidden: 'The comment is already hidden.',
  comment_anonymised:
    "The comment's text and name were removed under the records plan. It cannot be reopened; answer on the platform if needed.",
  comment_not_a_case: 'The comment is not handled as a case.',
  case_needs_platina_ref:
    'A case handled here is closed with its Platina reference (policy P6). Fill it in and choose "Close the case".',
  platina_ref_invalid:
    'The Platina reference has the wrong form. Write it as in Platina, for example {example}. Nothing was changed.',
  no_reply_note_missing: 'Say in a few words why no answer is needed when you choose "Other".',
  platform_moderation_not_allowed:
    "The platform did not let the account do that to this comment (on X only replies in the account's own conversations can be hidden). Do it on the platform if you can. Nothing has changed.",
  moderation_not_supported:
    'This platform does not let Svarsvakten do that with the comment. Do it on the platform if you can.',
  moderation_unconfirmed:
    'Tick that the comment is to be removed completely – it cannot be undone. To only hide it, choose "Hide the comment".',
  not_authorised:
    "You need to have completed the training for the city's social media accounts before you can handle comments here (policy P11). Ask an admin of Svarsvakten to add you when you have.",
  question_empty: 'Write the question to the department.',
  question_not_found: 'The question is no longer there.',
  question_already_answered: '{by} has already answered the question. Thank you!',
  answer_empty: 'Write an answer before you send.',
  department_unknown:
    'Choose a department from the list. An admin binds departments’ channels with **verksamhet lägg till**.',
  not_from_department: 'The question is answered in the department’s own channel.',
  assignee_away: '{name} is away and gets no comments until back. Choose another colleague.',
  assignee_not_staff:
    'The person you chose is not on the list of trained staff (P11). Choose a colleague from the list, or ask an admin to add them.',
  not_an_approver:
    'Replies by someone in training are approved by an admin or a named approver. Ask one of them.',
  not_awaiting_approval: 'No reply waits for approval here any more. This is where it stands now.',
  return_note_missing: 'Say what needs to change, so the writer knows what to do.',
  admin_only: 'Only admins of Svarsvakten can do this.',
  archive_period_invalid: 'Give the period as two dates, from and to, as YYYY-MM-DD.',
  archive_period_too_long:
    'The period is longer than one archiving period ({months} months). Take one package per period.',
  export_busy: 'Your previous export is still running. Wait until it is done.',
  storm_nothing_open: 'Nothing on the post is open and free to close: all is closed or taken already.',
  case_not_closed: 'The document for Platina is made once the case is closed with its Platina reference.',
  subject_query_invalid:
    'Search by the resident’s names as the platforms show them or their ids there, several separated by semicolons (at least three characters each).',
  removal_in_progress:
    'An approver is removing the comment right now. Wait a moment and see what the card says then.',
  archive_period_open:
    'The period has not ended yet. An archive package is taken out for a period that is over.',
  outside_contact_centre:
    'Messenger messages are handled only in the contact centre’s channel (guideline P7). Open the card there.',
};
