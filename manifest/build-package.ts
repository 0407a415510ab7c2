import { unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { loadPackageSettings } from './package-settings';
import { packageFiles, writePackage } from './package-app';
import { validatePackage } from './validate-package';

/** `npm run package [-- <file>]`: builds appPackage.zip from the environment and validates the zip it wrote. */
async function main(): Promise<void> {
  const settings = loadPackageSettings(process.env);
  const target = writePackage(process.argv[2] ?? 'appPackage.zip', packageFiles(settings));
  const written = new Map(Object.entries(unzipSync(readFileSync(target))));
  const problems = await validatePackage(written);
  if (problems.length > 0) {
    console.error(`${target} does not validate:\n- ${problems.join('\n- ')}`);
    process.exitCode = 1;
    return;
  }
  console.log(
    `${target}: valid Teams app package (manifest ${settings.version}, app ${settings.teamsAppId}, bot ${settings.botId}, ${settings.publicUrl})`,
  );
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exitCode = 1;
});
