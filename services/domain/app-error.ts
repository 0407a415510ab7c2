/** Every failure the product knows how to explain carries one of these codes. */
export type AppErrorCode =
  | 'config_invalid'
  | 'webhook_signature_invalid'
  | 'webhook_body_too_large'
  | 'webhook_body_malformed'
  | 'body_not_json'
  | 'body_encoded'
  | 'activity_unauthenticated'
  | 'webhook_verify_token_invalid'
  | 'webhook_handshake_refused'
  | 'webhook_body_timeout'
  | 'webhook_client_busy'
  | 'webhook_intake_busy'
  | 'storage_unavailable'
  | 'concurrent_update'
  | 'comment_not_found'
  | 'comment_already_claimed'
  | 'comment_not_claimed'
  | 'comment_claimed_by_other'
  | 'comment_reply_in_progress'
  | 'comment_removed'
  | 'comment_closed'
  | 'comment_already_acknowledged'
  | 'comment_already_hidden'
  | 'comment_anonymised'
  | 'comment_not_a_case'
  | 'case_needs_platina_ref'
  | 'platina_ref_invalid'
  | 'no_reply_note_missing'
  | 'moderation_not_supported'
  | 'moderation_unconfirmed'
  | 'not_authorised'
  | 'outside_contact_centre'
  | 'sign_in_required'
  | 'query_invalid'
  | 'admin_only'
  | 'archive_period_invalid'
  | 'archive_period_open'
  | 'archive_period_too_long'
  | 'export_busy'
  | 'subject_query_invalid'
  | 'removal_in_progress'
  | 'assignee_not_staff'
  | 'saved_answer_invalid'
  | 'question_empty'
  | 'question_not_found'
  | 'question_already_answered'
  | 'answer_empty'
  | 'department_unknown'
  | 'not_from_department'
  | 'saved_answer_not_found'
  | 'assignee_away'
  | 'not_an_approver'
  | 'not_awaiting_approval'
  | 'return_note_missing'
  | 'reply_empty'
  | 'reply_too_long'
  | 'action_invalid'
  | 'platform_token_expired'
  | 'platform_rate_limited'
  | 'platform_comment_deleted'
  | 'platform_permission_denied'
  | 'platform_reply_not_allowed'
  | 'platform_moderation_not_allowed'
  | 'platform_quota_exceeded'
  | 'platform_unavailable'
  | 'platform_outcome_unknown'
  | 'messenger_window_closed'
  | 'platform_error'
  | 'account_not_configured'
  | 'account_needs_reconnect'
  | 'credential_unreadable'
  | 'credential_refused'
  | 'connect_unavailable'
  | 'connect_expired'
  | 'connect_failed'
  | 'connect_other_account'
  | 'teams_send_failed';

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details: Readonly<Record<string, string | number | boolean>> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function isAppError(error: unknown, code?: AppErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code);
}
