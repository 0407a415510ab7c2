import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const file = path.join(dir, entry);
    if (statSync(file).isDirectory()) return sources(file);
    return file.endsWith('.ts') ? [file] : [];
  });
}

/** What may hold Swedish words besides the locale: configuration (its problems are English, for IT), the demo. */
const ALLOWED = [/^bot\/config\//, /^bot\/demo\//, /^services\/domain\/templates\.ts$/];

/** A string literal with a Swedish letter and at least three words: a sentence someone reads. */
const SENTENCE = /(['"`])((?:(?!\1)[^\\\n]|\\.)*[åäöÅÄÖ](?:(?!\1)[^\\\n]|\\.)*)\1/g;

describe('every sentence a person reads lives in cards/locale', () => {
  it('leaves no Swedish sentence in bot/ or services/ outside the settings’ documentation and the demo', () => {
    const found: string[] = [];
    for (const file of [...sources('bot'), ...sources('services')]) {
      if (ALLOWED.some((allowed) => allowed.test(file.split(path.sep).join('/')))) continue;
      const code = readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, '');
      for (const match of code.matchAll(SENTENCE)) {
        const text = match[2] ?? '';
        if (text.trim().split(/\s+/).length >= 3) found.push(`${file}: ${text.slice(0, 60)}`);
      }
    }
    assert.deepEqual(found, []);
  });
});
