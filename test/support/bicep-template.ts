import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The Azure templates read as text, and what can be told of them without a Bicep compiler: a resource's body, the
 * resources of a type, a variable, the container's settings, the parameters, whether brackets close.
 */
export const bicep = readFileSync('infra/main.bicep', 'utf8');
export const monitoring = readFileSync('infra/monitoring.bicep', 'utf8');

/** The body of a resource, resource loop or module of a template, from its first brace to the matching one. */
export function resourceBody(template: string, symbol: string): string {
  const start = new RegExp(`^(resource|module) ${symbol} '[^']+' = (\\[for [^:]+: )?\\{`, 'm').exec(template);
  assert.ok(start, `the template declares ${symbol}`);
  let depth = 0;
  for (let i = start.index + start[0].length - 1; i < template.length; i += 1) {
    if (template[i] === '{') depth += 1;
    if (template[i] === '}') depth -= 1;
    if (depth === 0) return template.slice(start.index, i + 1);
  }
  throw new Error(`resource ${symbol} is not closed`);
}

/** The symbols of the resources of one type, e.g. 'Microsoft.Insights/actionGroups'. */
export function resourcesOfType(template: string, type: string): string[] {
  return [...template.matchAll(/^resource (\w+) '([^@']+)@/gm)]
    .filter((m) => m[2]?.toLowerCase() === type.toLowerCase())
    .map((m) => m[1] ?? '');
}

/** What a `var` of the template holds, as written. */
export function variable(template: string, name: string): string {
  const value = new RegExp(`^var ${name} = (.+)$`, 'm').exec(template)?.[1];
  assert.ok(value, `the template declares var ${name}`);
  return value;
}

/** What a `var` of the template holds, over as many lines as its brackets span. */
export function variableBody(template: string, name: string): string {
  const start = new RegExp(`^var ${name} = `, 'm').exec(template);
  assert.ok(start, `the template declares var ${name}`);
  let depth = 0;
  for (let i = start.index + start[0].length; i < template.length; i += 1) {
    const c = template[i] ?? '';
    if ('([{'.includes(c)) depth += 1;
    if (')]}'.includes(c)) depth -= 1;
    if (depth === 0 && c === '\n') return template.slice(start.index, i);
  }
  return template.slice(start.index);
}

/** The places in the bot's code that log an event: a heartbeat watches a name the code writes. */
export function loggedEvents(): Set<string> {
  const events = new Set<string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (file.endsWith('.ts')) {
        for (const m of readFileSync(file, 'utf8').matchAll(/event: '([a-z_.]+)'/g)) events.add(m[1] ?? '');
      }
    }
  };
  walk('bot');
  walk('services');
  return events;
}

/** The settings the container gets: [name, literal value or undefined when computed]. */
export function containerSettings(): Map<string, string | undefined> {
  const settings = new Map<string, string | undefined>();
  for (const m of bicep.matchAll(/\{ name: '([A-Za-z_]+)', value: ('([^']*)'|[^}]+) \}/g)) {
    settings.set(m[1] ?? '', m[3]?.includes('${') ? undefined : m[3]);
  }
  for (const m of bicep.matchAll(/\{ setting: '([A-Za-z_]+)', secretName: '[a-z-]+' \}/g)) {
    settings.set(m[1] ?? '', undefined);
  }
  const example = JSON.parse(readFileSync('infra/main.parameters.json', 'utf8')) as {
    parameters: Record<string, { value?: unknown }>;
  };
  for (const entry of (example.parameters.tokenSecrets?.value ?? []) as { setting: string }[]) {
    settings.set(entry.setting, undefined);
  }
  return settings;
}

export function declaredParameters(): { name: string; required: boolean }[] {
  return [...bicep.matchAll(/^param (\w+) \w+( = .*)?$/gm)].map((m) => ({
    name: m[1] ?? '',
    required: m[2] === undefined,
  }));
}

/** Whether every brace, bracket and parenthesis of a template closes, outside its strings and comments. */
export function unbalanced(template: string): string[] {
  const problems: string[] = [];
  const open: string[] = [];
  const pairs: Record<string, string> = { '}': '{', ']': '[', ')': '(' };
  let line = 1;
  for (let i = 0; i < template.length; i += 1) {
    const char = template[i]!;
    if (char === '\n') line += 1;
    if (char === '/' && template[i + 1] === '/') {
      while (i < template.length && template[i] !== '\n') i += 1;
      line += 1;
    } else if (char === "'") {
      // A string, with \' inside it; its ${…} holes are the string's own.
      for (i += 1; i < template.length && template[i] !== "'"; i += 1) if (template[i] === '\\') i += 1;
    } else if ('{[('.includes(char)) open.push(char);
    else if (char in pairs && open.pop() !== pairs[char]) problems.push(`${char} at line ${line}`);
  }
  return [...problems, ...open.map((char) => `${char} never closed`)];
}
