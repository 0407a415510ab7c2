import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { buildManifest, ENGLISH_FILE, ICON_FILES } from './app-manifest';
import { drawColorIcon, drawOutlineIcon } from './icons';
import type { PackageSettings } from './package-settings';

/** A fixed time for every entry, so the same settings always give the same bytes. */
const ENTRY_TIME = new Date('2026-01-01T00:00:00Z');

/** The files of the Teams app package, all at its root. */
export function packageFiles(settings: PackageSettings): Map<string, Uint8Array> {
  const { manifest, english } = buildManifest(settings);
  return new Map<string, Uint8Array>([
    ['manifest.json', strToU8(`${JSON.stringify(manifest, null, 2)}\n`)],
    [ENGLISH_FILE, strToU8(`${JSON.stringify(english, null, 2)}\n`)],
    [ICON_FILES.color, drawColorIcon()],
    [ICON_FILES.outline, drawOutlineIcon()],
  ]);
}

export function zipPackage(files: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const [name, bytes] of files) entries[name] = [bytes, { mtime: ENTRY_TIME }];
  return zipSync(entries, { level: 9 });
}

export function writePackage(path: string, files: ReadonlyMap<string, Uint8Array>): string {
  const target = resolve(path);
  writeFileSync(target, zipPackage(files));
  return target;
}
