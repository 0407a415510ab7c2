import { AppError } from '../../domain/app-error';
import type { RegistryMail, RegistryMailer } from '../../ports/index';
import type { GraphCaller } from './graph-call';

/** Graph takes a request of at most 4 MB; a file travels as base64 (4/3 of its size) beside the text. */
const LARGEST_FILE_BYTES = 2_900_000;

/**
 * Mail through Graph's sendMail as the city's mailbox (`Mail.Send` for the tab's app, limited to that mailbox by an
 * Exchange application access policy). No copy is kept in its Sent Items.
 */
export class GraphRegistryMailer implements RegistryMailer {
  constructor(
    private readonly graph: GraphCaller,
    private readonly from: string,
  ) {}

  async send(tenantId: string, mail: RegistryMail): Promise<void> {
    if (mail.file.bytes.byteLength > LARGEST_FILE_BYTES) {
      throw new AppError('graph_failed', 'The document is too large for one mail', { status: 413 });
    }
    await this.graph.call(tenantId, `/v1.0/users/${encodeURIComponent(this.from)}/sendMail`, {
      method: 'POST',
      body: {
        message: {
          subject: mail.subject,
          body: { contentType: 'Text', content: mail.text },
          toRecipients: [{ emailAddress: { address: mail.to } }],
          attachments: [
            {
              '@odata.type': '#microsoft.graph.fileAttachment',
              name: mail.file.name,
              contentType: mail.file.contentType,
              contentBytes: Buffer.from(mail.file.bytes).toString('base64'),
            },
          ],
        },
        // No copy in the mailbox: the document stays where the records plan reaches it, and in Platina.
        saveToSentItems: false,
      },
    });
  }
}
