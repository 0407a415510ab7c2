import { ADMIN_NOTICE_TEXTS } from '../../cards/locale/admin-notice-texts';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { PdfkitPrinter } from '../../services/adapters/documents/pdfkit-printer';
import { AppError } from '../../services/domain/app-error';
import { RegistryDispatch } from '../../services/app/records/registry-dispatch';
import { InMemoryRedactionQueue } from '../fakes/memory/in-memory-redaction-queue';
import type { RegistryMail, Schedule } from '../../services/ports/index';
import { ADMIN, STAFF, clickWorld } from './click-world';

const REGISTRY = 'registrator@malmo.se';
const REFERENCE = 'KS-2026-01234';
const LATER = '2099-01-01T00:00:00.000Z';

/** A comment handled as a case by Megan, the registry's mail recorded; `refusals` mails are refused first. */
async function caseWorld(refusals = 0) {
  const w = await clickWorld();
  const mails: { tenant: string; mail: RegistryMail }[] = [];
  let refused = 0;
  const told: string[] = [];
  const queue = new InMemoryRedactionQueue();
  const idle: Schedule = { run: async () => undefined, start: () => undefined, stop: async () => undefined };
  const deps: ConstructorParameters<typeof RegistryDispatch>[0] = {
    queue,
    mailer: {
      send: async (tenant, mail) => {
        if (refused < refusals) {
          refused += 1;
          throw new AppError('graph_failed', 'Microsoft Graph answered 503', { status: 503 });
        }
        mails.push({ tenant, mail });
      },
    },
    to: REGISTRY,
    tenantId: 'city-tenant',
    store: w.store,
    printer: new PdfkitPrinter(),
    accounts: w.deps.accounts,
    clock: w.clock,
    notice: { tell: async (_key, words) => (told.push(words(ADMIN_NOTICE_TEXTS)), true) },
    logger: w.logger,
    schedule: () => idle,
    intervalMs: 60_000,
  };
  const dispatch = new RegistryDispatch(deps);
  Object.assign(w.deps, { registry: dispatch });
  await w.click(STAFF, 'claim');
  await w.click(STAFF, 'open_case');
  return { w, deps, dispatch, mails, told, queue };
}

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('use case: a case closed here reaches the registry (REGISTRY_MAIL_TO)', () => {
  it('sends the case’s document once, and keeps the address and its SHA-256 in the history', async () => {
    const { w, dispatch, mails } = await caseWorld();
    await w.click(STAFF, 'close_case', { platinaRef: 'ks-2026-01234' });
    assert.equal(await dispatch.sweep(), 1);
    assert.equal(mails.length, 1);
    const [{ tenant, mail }] = mails as [{ tenant: string; mail: RegistryMail }];
    assert.ok(tenant);
    assert.equal(tenant, (await w.stored()).card?.tenantId, 'in the tenant of the card’s team');
    assert.equal(mail.to, REGISTRY);
    assert.equal(mail.subject, 'Ärende KS-2026-01234: dokumentation från Facebook (Malmö stad)');
    assert.equal(mail.file.name, 'KS-2026-01234.pdf');
    assert.equal(mail.file.contentType, 'application/pdf');
    assert.equal(Buffer.from(mail.file.bytes.subarray(0, 5)).toString('latin1'), '%PDF-');
    assert.match(mail.text, new RegExp(sha(mail.file.bytes)));
    assert.match(mail.text, /avslutats av Megan Berg/);
    const history = await w.store.listHistory(await w.stored());
    assert.deepEqual(
      history.filter((h) => h.action === 'sent_to_registry').map((h) => h.detail),
      [`${REGISTRY} SHA-256 ${sha(mail.file.bytes)}`],
    );
    assert.equal(await dispatch.sweep(), 0, 'sent once');
    assert.equal(mails.length, 1);
  });

  it('keeps a document Graph refused and sends it later; after ten refusals the admins are told, once', async () => {
    const { w, dispatch, mails, told, queue } = await caseWorld(11);
    await w.click(STAFF, 'close_case', { platinaRef: REFERENCE });
    for (let pass = 1; pass <= 11; pass += 1) {
      assert.equal(await dispatch.sweep(), 0);
      assert.equal((await queue.listDue(LATER, 10))[0]?.attempts, pass, `kept after refusal ${pass}`);
      w.clock.set(w.clock.now().plus({ days: 1, minutes: 1 }).toISO() ?? '');
    }
    assert.equal(told.length, 1);
    assert.match(told[0] ?? '', /Ett ärende har inte nått registraturen.*KS-2026-01234.*10 försök/s);
    assert.equal(await dispatch.sweep(), 1);
    assert.equal(mails.length, 1);
    assert.deepEqual(await queue.listDue(LATER, 10), []);
  });

  it('waits while the case is still open, and owes nothing for a wrong reference or a reopened case', async () => {
    const { w, dispatch, mails, queue } = await caseWorld();
    await w.click(STAFF, 'close_case', { platinaRef: 'diarienummer saknas' });
    assert.deepEqual(await queue.listDue(LATER, 10), [], 'a wrong reference marks nothing');
    // Only the holder closes the case: the admin's close is refused after its mark was written.
    const refused = await w.click(ADMIN, 'close_case', { platinaRef: REFERENCE });
    assert.equal((await w.stored()).state, 'case', refused);
    assert.equal(await dispatch.sweep(), 0);
    assert.equal((await queue.listDue(LATER, 10)).length, 1, 'the mark waits: a close may still land');
    await w.click(STAFF, 'close_case', { platinaRef: REFERENCE });
    w.clock.set(w.clock.now().plus({ minutes: 6 }).toISO() ?? '');
    assert.equal(await dispatch.sweep(), 1);
    assert.equal(mails.length, 1, 'the case, once closed, is sent');
    await w.click(STAFF, 'reopen');
    await w.click(STAFF, 'claim');
    await w.click(STAFF, 'open_case');
    await w.click(STAFF, 'close_case', { platinaRef: 'KS-2026-01235' });
    await w.click(STAFF, 'reopen');
    assert.equal(await dispatch.sweep(), 0);
    assert.deepEqual(await queue.listDue(LATER, 10), [], 'a case reopened before it went owes nothing');
    assert.equal(mails.length, 1);
  });

  it('sends a document once when two instances sweep at the same time', async () => {
    const { w, deps, dispatch, mails, queue } = await caseWorld();
    const other = new RegistryDispatch(deps);
    await w.click(STAFF, 'close_case', { platinaRef: REFERENCE });
    const [one, two] = await Promise.all([dispatch.sweep(), other.sweep()]);
    assert.equal(one + two, 1);
    assert.equal(mails.length, 1);
    assert.deepEqual(await queue.listDue(LATER, 10), []);
  });
});
