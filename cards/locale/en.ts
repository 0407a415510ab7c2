import { DateTime } from 'luxon';
import { ZONE } from '../../services/domain/working-calendar';
import type { CardStrings } from './card-strings';

/** "Tue 10 Nov 08:42" in Stockholm time (the city's time, whoever reads it). */
function dateTime(iso: string): string {
  return DateTime.fromISO(iso, { zone: 'utc' }).setZone(ZONE).setLocale('en-GB').toFormat('ccc d LLL HH:mm');
}

export const EN: CardStrings = {
  locale: 'en',
  dateTime,
  duration: (days, hours, minutes) =>
    days > 0 ? `${days} d ${hours} h` : hours > 0 ? `${hours} h ${minutes} min` : `${minutes} min`,
  state: {
    fresh: 'New – nobody has taken it',
    acknowledgedUnheld: 'Acknowledged – nobody has taken it',
    claimed: (name) => `Taken by ${name}`,
    sending: (name) => `Being sent by ${name} …`,
    acknowledged: (name) => `Acknowledged – answer promised (${name})`,
    awaitingApproval: (name) => `Waiting for approval – reply by ${name}`,
    case: (name) => `Case – handled by ${name}`,
    answered: (name) => `Answered by ${name}`,
    answeredOnPlatform: (platform) => `Answered on ${platform}`,
    referred: (name) => `Referred by ${name}`,
    noReply: (name) => `No answer needed (${name})`,
    expired: 'Closed by the records plan – nobody closed it in time',
    caseClosed: (name) => `Case recorded in Platina (${name})`,
    hidden: (name) => `Hidden by ${name}`,
    removed: (name) => `Removed by ${name}`,
  },
  badge: { overdue: 'Overdue', soon: 'Due soon' },
  wrote: 'wrote:',
  unnamedAuthor: (platform) => `A ${platform} user`,
  noText: '(no text)',
  mentionTextMissing: 'Instagram did not give the text – read it there.',
  anonymised: (when) =>
    `_The text and the writer's details were removed under the city's records plan (${when})._`,
  showWholeComment: 'Show the whole comment',
  cutOnCard: (platform) => `The comment is too long for the card: read the rest on ${platform}.`,
  cutSentOnCard: 'Shortened on the card – the whole text is in the history.',
  edited: (time) => `Edited ${time}`,
  moderatedLine: (removed, platform, by, reason) =>
    `${removed ? 'Removed' : 'Hidden'} on ${platform} by ${by} – ${reason}. A copy of the comment is kept.`,
  removedByAuthor: (platform) => `⚠ The author removed the comment on ${platform}.`,
  hiddenOn: (platform) => `The comment is hidden on ${platform}.`,
  onPost: 'On the post',
  facts: {
    written: 'Written',
    deadline: 'Answer by',
    left: (d) => `${d} left`,
    late: (d) => `overdue ${d}`,
    firstResponse: 'First response',
    type: 'Type',
    replyToComment: 'Reply to another comment',
    visitorPost: 'A visitor’s post on the Page',
    mention: 'Mentions the account in a comment on Instagram',
    instagramDirect: 'A direct message on Instagram',
    takenOver: 'Taken over',
    takenOverFrom: (name) => `from ${name}`,
    platinaRef: 'Platina reference',
    reason: 'Reason',
  },
  sentTitle: (kind, name, time) =>
    `**${{ reply: 'Reply', holding_reply: '"We have seen your comment"', referral: 'Referral' }[kind]} from ${name}** (${time}):`,
  answeredOnPlatformTitle: (platform, time) => `**Answer given on ${platform}** (${time}):`,
  answerUnsigned: '⚠️ The answer has no name – P9: a reply ends with the writer’s name.',
  conversation: {
    summary: (replies, unanswered) =>
      `${replies} ${replies === 1 ? 'reply' : 'replies'} in the thread, ${unanswered === 0 ? 'all answered' : `${unanswered} unanswered`}`,
    reopened: 'The conversation is open again: replies in the thread are waiting.',
    replyTo: 'Replying to:',
    cityLatest: (time) => `The city’s latest answer in the conversation (${time}):`,
  },
  media: {
    photo: 'Image in the comment',
    icon: { photo: '🖼️', video: '🎬', gif: '🎞️', sticker: '🏷️', file: '📎' },
    kinds: { photo: 'Image', video: 'Video', gif: 'GIF', sticker: 'Sticker', file: 'Attachment' },
  },
  history: 'History',
  showHistory: 'Show the whole history',
  historyActions: {
    claimed: 'took the comment',
    released: 'released the comment',
    taken_over: 'took over',
    answered_elsewhere: 'answered on the platform itself',
    answered_on_platform: 'answered on the platform',
    replied: 'replied',
    acknowledged: 'sent "we have seen your comment"',
    referred: "referred to the city's contact channels",
    case_opened: 'handles it as a case',
    case_closed: 'closed the case with reference',
    no_reply: 'closed without reply',
    hidden: 'hid the comment',
    removed: 'removed the comment',
    unhidden: 'showed the comment again',
    reopened: 'reopened',
    anonymised: 'removed the text under the records plan',
    reply_failed: 'the reply did not go through',
    department_asked: 'asked the department',
    department_answered: 'answered for the department',
    assigned: 'assigned it to',
    approval_requested: 'sent the reply for approval',
    approved: 'approved the reply',
    approval_returned: 'sent the reply back',
    idle_released: 'gave the comment back to the queue (nothing done for long)',
    away_released: 'gave the comment back to the queue (away)',
  },
  noReplyReasons: {
    spam: 'Spam or advertising',
    thanks_only: 'Only thanks or an emoji',
    answered_in_thread: 'Already answered in the thread',
    not_for_city: 'Not addressed to the city',
    other: 'Other',
  },
  moderationReasons: {
    uppvigling: 'Incitement (BBS Act, section 5)',
    hets_mot_folkgrupp: 'Agitation against a population group (BBS Act, section 5)',
    barnpornografi: 'Child pornography offence (BBS Act, section 5)',
    olaga_valdsskildring: 'Unlawful depiction of violence (BBS Act, section 5)',
    olaga_hot: 'Unlawful threat (BBS Act, section 5)',
    olaga_integritetsintrang: 'Unlawful invasion of privacy (BBS Act, section 5)',
    upphovsratt: 'Copyright infringement (BBS Act, section 5)',
    personangrepp: "Personal attack or insult (the city's rules)",
    personuppgifter: "Sensitive personal data (the city's rules)",
    spam: "Advertising or spam (the city's rules)",
  },
  buttons: {
    claim: 'Take',
    takeOver: 'Take over',
    release: 'Release',
    preview: 'Preview reply',
    send: 'Send',
    edit: 'Edit',
    acknowledge: 'We have seen your comment',
    requiresCase: 'Requires a case',
    refer: 'Refer (sends the referral)',
    handleHere: 'Handle it here',
    closeCase: 'Close the case',
    noReply: 'No answer needed',
    closeWithoutReply: 'Close without reply',
    hide: 'Hide',
    hideConfirm: 'Hide the comment',
    remove: 'Remove',
    reopen: 'Reopen',
    answeredThere: 'I answered there',
    unhide: 'Show again',
    openOn: (platform) => `Open on ${platform}`,
  },
  forms: {
    replyLabel: 'Reply (signed with your name automatically)',
    replyPlaceholder: 'Write a personal reply …',
    previewTitle: '**Preview** – this is what will be published:',
    charactersLeft: (left, limit, platform) => `${left} characters left of ${limit} on ${platform}`,
    platinaLabel: 'Platina reference (diarienummer)',
    platinaPlaceholder: (example) => `e.g. ${example}`,
    noReplyQuestion: 'Why is no answer needed?',
    chooseReason: 'Choose a reason',
    noReplyNote: 'Note (required for "Other")',
    moderationIntro: (platform) =>
      `Hides the comment on ${platform} under the Swedish BBS Act (section 5) or the city's rules. A copy is kept first.`,
    moderationReason: 'Reason',
    removeToggle: 'Remove the comment completely (cannot be undone) – required for "Remove"',
    manualLabel: (platform) => `Paste the reply you wrote on ${platform}`,
    reconnectIntro: (platform) =>
      `**Needs connecting again:** ${platform} no longer accepts Svarsvakten's sign-in for this account, and an admin has been told. Reply directly on ${platform} (the button at the bottom), paste the reply here and choose "I answered there".`,
    manualIntro: (platform) =>
      `Svarsvakten cannot publish for this account. Reply on ${platform} (the button at the bottom), paste the reply here and choose "I answered there".`,
    caseIntro:
      "Comments are not cases. Refer the person to the city's ordinary channels – or, if you are a case officer, handle it here and record it in Platina.",
  },
  teamwork: {
    assign: 'Assign',
    assignLabel: 'To whom?',
    chooseColleague: 'Choose a colleague',
    assignNote: 'Message to your colleague (optional)',
    assignConfirm: 'Assign the comment',
    assigned: (name) => `The comment is assigned to ${name}, who has been told.`,
    approvalTitle: (name) => `**Waiting for approval** – ${name}'s reply, as it will be published:`,
    approvalHint: 'An admin or an approver publishes the reply or sends it back with a comment.',
    approve: 'Approve and publish',
    sendBack: 'Send back',
    sendBackNote: 'What needs to change?',
    sendBackConfirm: 'Send the reply back',
    sentForApproval:
      'The reply waits for approval. You will hear when it is published or if something needs to change.',
    sentBack: (name) => `The reply is back with ${name}, with your comment.`,
    savedAnswerLabel: 'Saved answer',
    savedAnswerPlaceholder: 'Choose a saved answer',
    useSavedAnswer: 'Use',
    askDepartment: 'Ask the department',
    departmentLabel: 'Which department?',
    chooseDepartment: 'Choose a department',
    questionLabel: 'The question (the department sees the comment and the question)',
    askConfirm: 'Send the question',
    asked: (department) =>
      `The question went to ${department}; you will hear when they answer. Consider sending "we have seen your comment" meanwhile (P4).`,
    waitingFor: (department) => `❓ Asked ${department} – waiting for an answer`,
    answeredBy: (department, by) => `💡 Answer from ${department} (${by})`,
    useAsDraft: 'Use as draft',
    answerInBox: (department) =>
      `The answer from ${department} is in the reply box. Put it in your own words for the person, preview and send.`,
    savedAnswerFilled: (title) =>
      `The saved answer "${title}" is in the reply box. Make it personal, preview and send – your name is added as usual.`,
  },
  done: {
    reply: 'The reply is published.',
    holding_reply:
      'The person now knows the comment has been seen. It stays with you until it is really answered.',
    referral: 'The referral is published and the comment is closed.',
  },
  errors: {
    comment_already_claimed: '{holder} has already taken this comment.',
    comment_claimed_by_other:
      '{holder} has this comment. Ask them to release it, or take it when it is free.',
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
    archive_period_open:
      'The period has not ended yet. An archive package is taken out for a period that is over.',
    outside_contact_centre:
      'Messenger messages are handled only in the contact centre’s channel (guideline P7). Open the card there.',
  },
  fallbackError: 'Something went wrong. Try again shortly.',
  retryIn: (minutes) => (minutes === 1 ? 'in 1 minute' : `in ${minutes} minutes`),
  retrySoon: 'shortly',
  retryAt: (iso) => `after ${dateTime(iso)}`,
};
