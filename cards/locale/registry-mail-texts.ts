/** The mail that brings a closed case's document to the registry (registraturen). */
export const REGISTRY_MAIL_TEXTS = {
  subject: (reference: string, platform: string, account: string) =>
    `Ärende ${reference}: dokumentation från ${platform} (${account})`,
  body: (reference: string, sha256: string, closedBy: string) =>
    [
      `Ärende ${reference} har handlagts i stadens sociala medier och avslutats av ${closedBy}.`,
      '',
      'Bifogat finns samtalet som PDF/A för Platina: när det första meddelandet kom, vem som skrev, varje meddelande ' +
        'och svar med avsändare och tidpunkt, och ärendets historik.',
      '',
      `Dokumentets kontrollsumma (SHA-256): ${sha256}`,
      'Samma summa står i kommentarens historik i Svarsvakten.',
      '',
      'Skickat av Svarsvakten.',
    ].join('\n'),
  fileName: (reference: string) => `${reference.replace(/[^A-Za-z0-9ÅÄÖåäö-]+/g, '_')}.pdf`,
} as const;
