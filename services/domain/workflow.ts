import type { Person } from './person';

/**
 * The workflow half of a stored comment: where it stands, and what each state carries. The facts (what was written,
 * by whom, when, what was sent) are in comment.ts.
 */

/**
 * Where the comment stands in our workflow.
 * open → claimed → (sending) → answered; claimed → acknowledged (holding reply sent, P4) → answered;
 * claimed → case (handled here, P6) → case_closed with a Platina reference; claimed → referred (P5);
 * a reply by someone under training: claimed → awaiting_approval → (sending) → answered, or back to claimed;
 * a removal by someone under training: → awaiting_approval → moderated, or back to the one who asked;
 * open/claimed → no_reply (P2) or moderated (hidden or removed). Closed items can be reopened.
 */
export type CommentState =
  | 'open'
  | 'claimed'
  | 'sending'
  | 'awaiting_approval'
  | 'acknowledged'
  | 'case'
  | 'answered'
  | 'referred'
  | 'no_reply'
  | 'case_closed'
  | 'moderated';

export const CLOSED_STATES: readonly CommentState[] = [
  'answered',
  'referred',
  'no_reply',
  'case_closed',
  'moderated',
];

export function isClosed(state: CommentState): boolean {
  return CLOSED_STATES.includes(state);
}

/** The states in which the holder works on the comment. */
export type WorkState = 'claimed' | 'acknowledged' | 'case';

/** What Svarsvakten publishes on the platform for a comment. */
export type OutgoingKind = 'reply' | 'holding_reply' | 'referral';

/** A publish under way: marked before the platform is called, so a retried click sends nothing twice. */
export interface Sending {
  readonly kind: OutgoingKind;
  readonly signedText: string;
  readonly since: string;
  readonly returnTo: WorkState;
}

export const NO_REPLY_REASONS = [
  'spam',
  'thanks_only',
  'answered_in_thread',
  'not_for_city',
  'between_residents',
  'other',
] as const;
export type NoReplyReason = (typeof NO_REPLY_REASONS)[number];

/**
 * Grounds for hiding, in the order of BBS-lagen (1998:112) 5 § as worded since SFS 2018:1314: 1 a olaga
 * hot, b olaga integritetsintrång, c uppvigling, d hets mot folkgrupp, e barnpornografibrott, f olaga
 * våldsskildring, g offentlig uppmaning under lag 2010:299 (replaced by terroristbrottslagen 2022:666: offentlig
 * uppmaning till terrorism eller särskilt allvarlig brottslighet), 2 intrång i upphovsrätt; then the city's own
 * rules for its accounts. Stored by key, so the order is only the card's.
 */
export const MODERATION_REASONS = [
  'olaga_hot',
  'olaga_integritetsintrang',
  'uppvigling',
  'hets_mot_folkgrupp',
  'barnpornografi',
  'olaga_valdsskildring',
  'terrorism_uppmaning',
  'upphovsratt',
  'personangrepp',
  'personuppgifter',
  'spam',
] as const;
export type ModerationReason = (typeof MODERATION_REASONS)[number];

export interface Closure {
  readonly by: Person;
  readonly at: string;
  readonly reason?: NoReplyReason;
  readonly note?: string;
  readonly platinaRef?: string;
  /** Closed by the records plan (an upper age) before anyone closed it. */
  readonly expired?: true;
}

/** A hidden or removed comment: who, why, and a full copy of the comment as it was. */
export interface Moderation {
  readonly action: 'hidden' | 'removed';
  readonly reason: ModerationReason;
  readonly by: Person;
  readonly at: string;
  readonly copy: {
    readonly text: string;
    readonly authorName: string;
    readonly authorId: string;
    readonly writtenAt: string;
    readonly permalink?: string;
  };
}

/** In the queue: nobody holds it, nothing is drafted or being sent. */
export interface Unheld {
  readonly state: 'open';
  readonly holder?: undefined;
  readonly previousHolder?: undefined;
  readonly draft?: undefined;
  readonly sending?: undefined;
  readonly closure?: undefined;
  readonly moderation?: undefined;
  readonly approval?: undefined;
}

/** Someone works on it: claimed, acknowledged with a holding reply (P4), or handled as a case (P6). */
export interface Held {
  readonly state: WorkState;
  readonly holder: Person;
  /** Who held it before a take-over, so they can see it moved. */
  readonly previousHolder?: Person;
  readonly draft?: string;
  readonly sending?: undefined;
  readonly closure?: undefined;
  readonly moderation?: undefined;
  readonly approval?: undefined;
}

/** A publish under way for its holder; the draft stays until the platform took it. */
export interface InFlight {
  readonly state: 'sending';
  readonly holder: Person;
  readonly previousHolder?: Person;
  readonly draft?: string;
  readonly sending: Sending;
  readonly closure?: undefined;
  readonly moderation?: undefined;
  readonly approval?: undefined;
}

/** A reply or removal by someone under training, waiting for an admin or an approver to do it or send it back. */
export interface AwaitingApproval {
  readonly state: 'awaiting_approval';
  readonly holder: Person;
  readonly previousHolder?: Person;
  readonly draft?: string;
  readonly sending?: undefined;
  readonly closure?: undefined;
  readonly moderation?: undefined;
  readonly approval: Approval;
}

/** What waits for approval: a reply to publish, or a removal from the platform; a removal cannot be undone. */
export type Approval = ReplyApproval | RemovalApproval;

/** A reply waiting: the exact text to publish, when it was asked for, and where the item goes back to. */
export interface ReplyApproval {
  readonly kind?: 'reply';
  readonly signedText: string;
  readonly requestedAt: string;
  readonly returnTo: WorkState;
}

/** A removal waiting: on what ground, when it was asked for, and where the item goes back to if sent back. */
export interface RemovalApproval {
  readonly kind: 'removal';
  readonly reason: ModerationReason;
  readonly requestedAt: string;
  readonly returnTo: WorkState;
  /** An approver has approved it and the platform is being asked: nobody sends it back meanwhile. */
  readonly removing?: { readonly by: Person; readonly since: string };
}

/** Handled: who closed it and when; the holder (if any) stays for the record. */
export interface Done {
  readonly state: 'answered' | 'referred' | 'no_reply' | 'case_closed';
  readonly holder?: Person;
  readonly previousHolder?: Person;
  readonly draft?: undefined;
  readonly sending?: undefined;
  readonly closure: Closure;
  readonly moderation?: undefined;
  readonly approval?: undefined;
}

/** Hidden or removed on the platform from its card (BBS-lagen 5 §). */
export interface Moderated {
  readonly state: 'moderated';
  readonly holder?: Person;
  readonly previousHolder?: Person;
  readonly draft?: undefined;
  readonly sending?: undefined;
  readonly closure: Closure;
  readonly moderation: Moderation;
  readonly approval?: undefined;
}

/** Where a comment stands, as a discriminated union: each state carries exactly what it needs. */
export type Workflow = Unheld | Held | InFlight | AwaitingApproval | Done | Moderated;
