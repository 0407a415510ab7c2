import assert from 'node:assert/strict';
import { builtinModules } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The production image keeps only `dependencies` (`npm prune --omit=dev`): a package the running bot loads from
 * `devDependencies` is missing there, and the process dies at start. This follows every import the bot can run,
 * from its entry point through relative imports (static and dynamic, leaving out `import type`, which the compiler
 * erases), and names each package it reaches. `.ci/run` also starts the pruned build itself.
 */
const ROOT = path.join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s+(?!type\s)(?:[\s\S]*?\sfrom\s+)?'([^']+)'|\bimport\(\s*'([^']+)'\s*\)/g;

/** The TypeScript file a relative import names; undefined for JSON data, which imports nothing. */
function resolveLocal(from: string, specifier: string): string | undefined {
  const base = path.resolve(path.dirname(from), specifier);
  if (/\.json$/.test(base) && existsSync(base)) return undefined;
  for (const candidate of [`${base}.ts`, path.join(base, 'index.ts')])
    if (existsSync(candidate)) return candidate;
  throw new Error(`${path.relative(ROOT, from)} imports ${specifier}, which is neither TypeScript nor JSON`);
}

function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

/** Every package the files reachable from `entry` load at run time, with the first file that loads it. */
function runtimePackages(entry: string): Map<string, string> {
  const packages = new Map<string, string>();
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop() ?? '';
    if (seen.has(file)) continue;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2] ?? '';
      if (specifier.startsWith('.')) {
        const local = resolveLocal(file, specifier);
        if (local) queue.push(local);
      } else if (!specifier.startsWith('node:') && !builtinModules.includes(specifier)) {
        if (!packages.has(packageOf(specifier)))
          packages.set(packageOf(specifier), path.relative(ROOT, file));
      }
    }
  }
  return packages;
}

describe('what the production image runs', () => {
  it('loads only packages from dependencies, which the pruned image keeps', () => {
    const reached = runtimePackages(path.join(ROOT, 'bot', 'start.ts'));
    assert.ok(reached.has('botbuilder') && reached.has('@azure/data-tables'), 'the walk reaches the bot');
    const missing = [...reached]
      .filter(([name]) => !(name in manifest.dependencies))
      .map(([name, file]) => `${name} (imported by ${file})`);
    assert.deepEqual(missing, [], 'packages the image would not have');
  });

  it('finds a development package when the bot imports one', () => {
    // The walk itself: the archive's zip writer is reached from the bot's start and deflates with fflate.
    const reached = runtimePackages(path.join(ROOT, 'bot', 'start.ts'));
    assert.equal(reached.get('fflate'), path.join('services', 'app', 'records', 'zip-records.ts'));
  });
});
