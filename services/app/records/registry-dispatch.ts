import type { AdminNoticeTexts } from '../../../cards/locale/admin-notice-texts';
import { REGISTRY_MAIL_TEXTS } from '../../../cards/locale/registry-mail-texts';
import { isAppError } from '../../domain/app-error';
import { commentKeyText, PLATFORM_NAMES, type CommentKey } from '../../domain/platform';
import { errorSummary } from '../../domain/log-values';
import { SVARSVAKTEN } from '../../domain/person';
import { eventOf, record } from '../../domain/transition-steps';
import { utcIso } from '../../domain/utc-iso';
import type { Log, RegistryMailer, RegistryQueue, Schedule, Scheduler } from '../../ports/index';
import type { AdminNoticeOnce } from '../notices/admin-notice-once';
import { documentCase, type DocumentCaseDeps } from './document-case';
import { ATTEMPTS_BEFORE_TELLING, waitAfterFailure } from './owed-work-retries';

/** Documents sent per pass; the next pass takes the rest. */
const PER_SWEEP = 20;
/** How long one instance holds a document it sends: no other sends it meanwhile. */
const LEASE_MS = 5 * 60_000;
/** A case not closed yet is looked at again after this: its close may be on its way, or was refused. */
const OPEN_CASE_WAIT_MS = 5 * 60_000;

/**
 * Brings each case closed with its Platina reference to the registry (REGISTRY_MAIL_TO) as its PDF/A document. The
 * close marks the document owed before it is written; each pass sends what is owed, records the address and the
 * file's SHA-256 in the comment's history, and removes the mark. While the case is still open (its close is on its
 * way, or was refused) the mark waits; a case reopened or purged owes nothing. An instance leases a mark before it
 * sends, so two instances never send the same document at once. A failure is tried again after 30 seconds, then a growing delay up to an hour; after ten the
 * admins are told once, and it goes on once a day.
 */
export class RegistryDispatch {
  private readonly loop: Schedule;

  constructor(
    private readonly deps: DocumentCaseDeps & {
      readonly queue: RegistryQueue;
      readonly mailer: RegistryMailer;
      readonly to: string;
      /** The city's tenant, for a case whose card names none. */
      readonly tenantId: string;
      readonly notice?: Pick<AdminNoticeOnce, 'tell'>;
      readonly logger: Log;
      readonly schedule: Scheduler;
      readonly intervalMs: number;
    },
  ) {
    this.loop = deps.schedule('registry-dispatch', deps.intervalMs, async () => {
      await this.sweep();
    });
  }

  /** The case's document is owed from now: marked before its close is written, so no close goes unsent. */
  owe(key: CommentKey): Promise<void> {
    return this.deps.queue.owe(key, utcIso(this.deps.clock.now()));
  }

  /** A pass now, once a close was written (its failures are the pass's own, logged there). */
  nudge(): void {
    this.loop.run().catch(() => undefined);
  }

  /** One pass over the documents owed; how many went. */
  async sweep(): Promise<number> {
    const { queue, clock, logger } = this.deps;
    let sent = 0;
    for (const pending of await queue.listDue(utcIso(clock.now()), PER_SWEEP)) {
      if (!(await queue.lease(pending, utcIso(clock.now().plus({ milliseconds: LEASE_MS }))))) continue;
      const outcome = await this.send(pending.key).catch((error: unknown) => {
        if (isAppError(error)) return error.code;
        logger.error(
          { event: 'registry.send_error', error: errorSummary(error) },
          'sending a document failed',
        );
        return 'unexpected';
      });
      if (outcome === 'sent' || outcome === 'nothing_owed') {
        await queue.done(pending.key);
        if (outcome === 'sent') sent += 1;
        continue;
      }
      if (outcome === 'case_open') {
        const later = utcIso(clock.now().plus({ milliseconds: OPEN_CASE_WAIT_MS }));
        await queue.retryLater(pending.key, pending.attempts, later, outcome);
        continue;
      }
      const attempts = pending.attempts + 1;
      if (attempts === ATTEMPTS_BEFORE_TELLING) {
        const reference = (await this.deps.store.get(pending.key))?.value.closure?.platinaRef ?? '';
        await this.deps.notice?.tell(
          `registry:${commentKeyText(pending.key)}`,
          (T: AdminNoticeTexts) => T.registryStuck(reference, attempts),
          'records',
        );
      }
      const dueAt = utcIso(clock.now().plus({ milliseconds: waitAfterFailure(attempts) }));
      await queue.retryLater(pending.key, attempts, dueAt, outcome);
      logger.warn(
        { event: 'registry.send_failed', platform: pending.key.platform, attempts, code: outcome },
        'a closed case’s document has not reached the registry yet; tried again later',
      );
    }
    if (sent > 0) logger.info({ event: 'registry.sent', count: sent }, 'documents sent to the registry');
    return sent;
  }

  private async send(key: CommentKey): Promise<'sent' | 'nothing_owed' | 'case_open'> {
    const { store, mailer, to, clock } = this.deps;
    const stored = (await store.get(key))?.value;
    if (stored?.state === 'case' && !stored.anonymisedAt) return 'case_open';
    const closure = stored?.closure;
    if (!stored || stored.state !== 'case_closed' || stored.anonymisedAt || !closure?.platinaRef)
      return 'nothing_owed';
    const { pdf, sha256, reference } = await documentCase(this.deps, key, SVARSVAKTEN);
    const detail = `${to} SHA-256 ${sha256}`;
    // Sent before a crash kept the mark: the same document went already.
    if ((await store.listHistory(key)).some((e) => e.action === 'sent_to_registry' && e.detail === detail))
      return 'sent';
    const account = this.deps.accounts.displayName(stored.platform, stored.accountId);
    await mailer.send(stored.card?.tenantId ?? this.deps.tenantId, {
      to,
      subject: REGISTRY_MAIL_TEXTS.subject(reference, PLATFORM_NAMES[stored.platform], account),
      text: REGISTRY_MAIL_TEXTS.body(reference, sha256, closure.by.name),
      file: { name: REGISTRY_MAIL_TEXTS.fileName(reference), contentType: 'application/pdf', bytes: pdf },
    });
    await store.mutate(key, (current) =>
      record(current, eventOf(SVARSVAKTEN, clock.now(), 'sent_to_registry', detail)),
    );
    return 'sent';
  }

  start(): void {
    this.loop.start(true);
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }
}
