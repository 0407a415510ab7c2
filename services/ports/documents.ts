/** One part of a printed document, in reading order. */
export type PrintedBlock =
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'field'; readonly label: string; readonly value: string }
  /** A message as it was written: who and when above, the words as they stand (never read as markup). */
  | { readonly kind: 'message'; readonly heading: string; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string };

/** A document for the records system: what it says, and the metadata a PDF/A file carries. */
export interface PrintedDocument {
  readonly title: string;
  readonly subject: string;
  readonly keywords: string;
  /** When it was drawn up (UTC ISO): fixed by what it documents, so the same case gives the same file. */
  readonly createdAt: string;
  readonly blocks: readonly PrintedBlock[];
}

/** Prints documents as the Swedish e-archives take them. */
export interface DocumentPrinter {
  /** A PDF/A-2b file: real text, fonts embedded, XMP metadata, no encryption; the same document, the same bytes. */
  printPdfA(document: PrintedDocument): Promise<Uint8Array>;
}

/** A mail with one file, from the city's mailbox to an address of the city's own (the registry). */
export interface RegistryMail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly file: { readonly name: string; readonly contentType: string; readonly bytes: Uint8Array };
}

/** Sends mail as the city's Svarsvakten mailbox. */
export interface RegistryMailer {
  /** Throws AppError 'graph_failed' when the mail was not taken (details.status: 0 when unanswered). */
  send(tenantId: string, mail: RegistryMail): Promise<void>;
}
