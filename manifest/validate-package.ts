import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppManifestUtils, type TeamsManifest } from '@microsoft/app-manifest';
import Ajv04 from 'ajv-draft-04';
import { PNG } from 'pngjs';
import { ENGLISH_FILE, ICON_FILES, MANIFEST_SCHEMA_VERSION } from './app-manifest';

/** The schemas bundled in @microsoft/app-manifest: validation needs no network. */
function bundledSchema(file: string): object {
  const dir = join(
    require.resolve('@microsoft/app-manifest/package.json'),
    '..',
    'build',
    'json-schemas',
    'teams',
    `v${MANIFEST_SCHEMA_VERSION}`,
  );
  return JSON.parse(readFileSync(join(dir, file), 'utf8')) as object;
}

/**
 * The localisation schema's property patterns are not valid as Unicode regular expressions, which is how
 * AppManifestUtils compiles them, so that file is checked with the same draft-04 validator in non-Unicode mode.
 */
function localizationFailures(strings: unknown): string[] {
  const ajv = new Ajv04({
    allErrors: true,
    strictTypes: false,
    unicodeRegExp: false,
    validateFormats: false,
  });
  const validate = ajv.compile(bundledSchema('MicrosoftTeams.Localization.schema.json'));
  if (validate(strings)) return [];
  return (validate.errors ?? []).map(
    (e) => `${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`,
  );
}

function iconProblems(files: ReadonlyMap<string, Uint8Array>, name: string, size: number): string[] {
  const bytes = files.get(name);
  if (!bytes) return [`${name} is missing`];
  let png: PNG;
  try {
    png = PNG.sync.read(Buffer.from(bytes));
  } catch {
    return [`${name} is not a PNG`];
  }
  const problems: string[] = [];
  if (png.width !== size || png.height !== size)
    problems.push(`${name} is ${png.width}×${png.height}, Teams wants ${size}×${size}`);
  if (name === ICON_FILES.outline) {
    let opaque = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      const alpha = png.data[i + 3] ?? 0;
      if (alpha === 0) continue;
      opaque++;
      if (png.data[i] !== 255 || png.data[i + 1] !== 255 || png.data[i + 2] !== 255) {
        problems.push(`${name} must be white on transparent`);
        break;
      }
    }
    if (opaque === 0) problems.push(`${name} is empty`);
    if (opaque === png.width * png.height) problems.push(`${name} has no transparent background`);
  }
  return problems;
}

/** Every reason Teams would refuse the package, checked offline: schema, files at the root, icon sizes. */
export async function validatePackage(files: ReadonlyMap<string, Uint8Array>): Promise<string[]> {
  const problems: string[] = [];
  for (const name of files.keys()) {
    if (name.includes('/')) problems.push(`${name}: every file must be at the package's root`);
  }
  const raw = files.get('manifest.json');
  if (!raw) return [...problems, 'manifest.json is missing'];
  const manifest = JSON.parse(Buffer.from(raw).toString('utf8')) as TeamsManifest & {
    icons: { color: string; outline: string };
    localizationInfo?: { additionalLanguages?: { file: string }[] };
  };
  const schemaFailures = await AppManifestUtils.validateAgainstSchema(
    manifest,
    bundledSchema('MicrosoftTeams.schema.json') as never,
  );
  problems.push(...schemaFailures.map((f) => `manifest.json${f}`));
  problems.push(...iconProblems(files, manifest.icons.color, 192));
  problems.push(...iconProblems(files, manifest.icons.outline, 32));
  for (const language of manifest.localizationInfo?.additionalLanguages ?? []) {
    const bytes = files.get(language.file);
    if (!bytes) {
      problems.push(`${language.file} is missing`);
      continue;
    }
    const strings = JSON.parse(Buffer.from(bytes).toString('utf8')) as unknown;
    const failures = localizationFailures(strings);
    problems.push(...failures.map((f) => `${language.file}${f}`));
  }
  if (!files.has(ENGLISH_FILE)) problems.push(`${ENGLISH_FILE} is missing`);
  return problems;
}
