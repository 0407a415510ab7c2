import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * poppler-utils' pdftotext, pdfinfo and pdffonts, run on a PDF's bytes: what an archive's own checks read. CI installs
 * poppler-utils and sets REQUIRE_POPPLER=1, so there a missing tool fails; a machine without it skips these checks.
 */
export async function popplerAvailable(): Promise<boolean> {
  try {
    await run('pdfinfo', ['-v']);
    return true;
  } catch {
    if (process.env.REQUIRE_POPPLER === '1') throw new Error('poppler-utils (pdfinfo) is required here');
    return false;
  }
}

export async function poppler(
  tool: 'pdftotext' | 'pdfinfo' | 'pdffonts',
  pdf: Uint8Array,
  args: readonly string[] = [],
): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'svarsvakten-pdf-'));
  try {
    const file = path.join(dir, 'document.pdf');
    writeFileSync(file, pdf);
    const out = tool === 'pdftotext' ? ['-enc', 'UTF-8', file, '-'] : [file];
    const { stdout } = await run(tool, [...args, ...out]);
    return stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
