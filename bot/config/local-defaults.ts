/** What local mode runs on when nothing is configured: the demo account and secrets only this machine knows. */
export const LOCAL_DEFAULTS = {
  metaAppSecret: 'local-meta-app-secret',
  metaVerifyToken: 'local-meta-verify-token',
  graphStandInUrl: 'http://127.0.0.1:3980',
  pageToken: 'local-page-token',
  linkedinClientSecret: 'local-linkedin-client-secret',
  xConsumerSecret: 'local-x-consumer-secret',
  /** Seals renewed tokens in local mode: 32 bytes, base64. */
  tokenKey: 'bG9jYWwtdG9rZW4ta2V5LW9ubHktdGhpcy1tYWNoaW4=',
  account: { platform: 'facebook', id: '180001234567890', name: 'Malmö stad' },
} as const;
