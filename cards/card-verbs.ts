/** The verbs of a comment card's buttons and the ids of its inputs: what a click sends back to the bot. */
export const CARD_VERBS = {
  claim: 'claim',
  takeOver: 'take_over',
  release: 'release',
  preview: 'preview',
  edit: 'edit',
  reply: 'reply',
  acknowledge: 'acknowledge',
  refer: 'refer',
  openCase: 'open_case',
  closeCase: 'close_case',
  noReply: 'no_reply',
  hide: 'hide',
  remove: 'remove',
  reopen: 'reopen',
  answeredThere: 'answered_there',
  unhide: 'unhide',
  assign: 'assign',
  approve: 'approve',
  sendBack: 'send_back',
  useSavedAnswer: 'use_saved_answer',
} as const;
export type CardVerb = (typeof CARD_VERBS)[keyof typeof CARD_VERBS];

export const INPUTS = {
  reply: 'replyText',
  platinaRef: 'platinaRef',
  noReplyReason: 'noReplyReason',
  noReplyNote: 'noReplyNote',
  moderationReason: 'moderationReason',
  removeConfirm: 'removeConfirm',
  assignee: 'assignee',
  assignNote: 'assignNote',
  sendBackNote: 'sendBackNote',
  savedAnswer: 'savedAnswer',
} as const;
