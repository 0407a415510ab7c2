import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';
import type { DocumentPrinter, PrintedBlock, PrintedDocument } from '../../ports/index';

/** DejaVu Sans: every Swedish (and most European) letter, embedded in each file as PDF/A asks. */
const FONTS = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
};

type Doc = InstanceType<typeof PDFDocument>;

/** The regular face, asked which characters it can draw (the bold one has the same). */
const REGULAR = fontkit.openSync(FONTS.regular) as fontkit.Font;

/**
 * PDF/A-2b with pdfkit: the XMP metadata, the sRGB output intent and the file identifier are pdfkit's; every
 * character the font has no glyph for (an emoji) is written as its code point, since PDF/A allows no missing glyph.
 */
export class PdfkitPrinter implements DocumentPrinter {
  async printPdfA(document: PrintedDocument): Promise<Uint8Array> {
    const at = new Date(document.createdAt);
    const doc = new PDFDocument({
      pdfVersion: '1.7',
      subset: 'PDF/A-2b',
      size: 'A4',
      margin: 56,
      lang: 'sv-SE',
      info: {
        Title: document.title,
        Subject: document.subject,
        Keywords: document.keywords,
        Author: 'Svarsvakten',
        Creator: 'Svarsvakten',
        CreationDate: at,
        ModDate: at,
      },
    });
    const done = new Promise<Uint8Array>((resolve, reject) => {
      const chunks: Buffer[] = [];
      doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
      doc.on('error', reject);
    });
    doc.registerFont('regular', FONTS.regular);
    doc.registerFont('bold', FONTS.bold);
    const printable = printableIn(REGULAR);
    for (const block of document.blocks) write(doc, block, printable);
    doc.end();
    return done;
  }
}

/** The text with each character the font lacks written as U+XXXX. */
function printableIn(font: Pick<fontkit.Font, 'hasGlyphForCodePoint'>): (text: string) => string {
  return (text) =>
    [...text]
      .map((ch) => {
        const cp = ch.codePointAt(0) ?? 0;
        if (ch === '\n' || font.hasGlyphForCodePoint(cp)) return ch;
        return `[U+${cp.toString(16).toUpperCase().padStart(4, '0')}]`;
      })
      .join('');
}

function write(doc: Doc, block: PrintedBlock, printable: (text: string) => string): void {
  switch (block.kind) {
    case 'heading':
      doc.moveDown(0.6).font('bold').fontSize(13).text(printable(block.text)).moveDown(0.3);
      return;
    case 'field':
      doc
        .font('bold')
        .fontSize(10)
        .text(`${printable(block.label)}: `, { continued: true });
      doc.font('regular').text(printable(block.value));
      return;
    case 'message':
      doc.moveDown(0.4).font('bold').fontSize(10).text(printable(block.heading));
      doc.font('regular').fontSize(10).text(printable(block.text));
      return;
    case 'paragraph':
      doc.moveDown(0.4).font('regular').fontSize(9).text(printable(block.text));
      return;
  }
}
