import type { StoredComment } from '../../services/domain/comment';
import { PLATFORM_NAMES } from '../../services/domain/platform';
import { EN } from './en';
import type { TeamworkTexts } from './teamwork-texts';

/** What colleagues are told when they work on a comment together, for those who read Teams in English. */

function about(comment: StoredComment): string {
  return `a ${PLATFORM_NAMES[comment.platform]} comment`;
}

export const TEAMWORK_TEXTS_EN: TeamworkTexts = {
  assigned: (comment, by, withNote) =>
    `📌 ${by} has assigned you ${about(comment)}.${withNote ? ' Read the note on the card.' : ''} It is yours now: answer from the card.`,
  approvalWanted: (comment, writer) =>
    `📝 ${writer} has written an answer to ${about(comment)} that waits for approval. Approve and publish it, or send it back, on the card.`,
  removalWanted: (comment, writer, reason) =>
    `🗑️ ${writer} wants to remove ${about(comment)} (${reason}). A removal cannot be undone: approve it or send the request back on the card.`,
  removalApproved: (comment, approver) =>
    `✅ ${approver} has approved the removal of ${about(comment)}. The comment is removed.`,
  removalSentBack: (comment, approver) =>
    `↩️ ${approver} has sent back your request to remove ${about(comment)}. Why is on the card. The comment stays.`,
  approved: (comment, approver) => `✅ ${approver} has approved your answer to ${about(comment)}.`,
  sentBack: (comment, approver) =>
    `↩️ ${approver} has sent back your answer to ${about(comment)}. What needs changing is on the card, where your draft is kept.`,
  departmentAnswered: (comment, department, by) =>
    `💡 ${by} at ${department} has answered the question about ${about(comment)}. The answer is on the card – use it as a draft.`,
  questionWaiting: (comment, askedBy, askedAt) =>
    `❓ The question from ${askedBy} (${EN.dateTime(askedAt)}) about ${about(comment)} is still waiting for an answer. Answer on the card above – the person is waiting for the city's answer.`,
};
