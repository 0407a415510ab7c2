import { isAppError, type AppErrorCode } from '../../services/domain/app-error';

const STATUS: Readonly<Partial<Record<AppErrorCode, number>>> = {
  webhook_signature_invalid: 401,
  webhook_verify_token_invalid: 403,
  webhook_handshake_refused: 400,
  webhook_body_timeout: 408,
  webhook_client_busy: 429,
  webhook_intake_busy: 503,
  webhook_body_too_large: 413,
  webhook_body_malformed: 400,
  body_not_json: 415,
  body_encoded: 415,
  activity_unauthenticated: 401,
  storage_unavailable: 503,
  sign_in_required: 401,
  not_authorised: 403,
  query_invalid: 400,
  admin_only: 403,
  archive_period_invalid: 400,
  archive_period_open: 400,
  archive_period_too_long: 400,
  export_busy: 429,
  subject_query_invalid: 400,
  case_not_closed: 409,
  outside_contact_centre: 403,
  action_invalid: 400,
  comment_not_found: 404,
  comment_anonymised: 410,
  saved_answer_invalid: 400,
  saved_answer_not_found: 404,
  connect_unavailable: 400,
  connect_expired: 400,
  connect_failed: 400,
  connect_other_account: 400,
};

/** An error → the HTTP status and body a webhook or tab caller gets. Nothing internal leaks into the body. */
export function httpErrorFor(error: unknown): { status: number; body: { error: string } } {
  if (isAppError(error)) {
    const status = STATUS[error.code] ?? 500;
    return { status, body: { error: status === 500 ? 'internal_error' : error.code } };
  }
  return { status: 500, body: { error: 'internal_error' } };
}
