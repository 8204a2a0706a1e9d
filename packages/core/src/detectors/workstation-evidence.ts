/** @fileoverview Turns workstation records (home paths, processes, extensions, packages, env) into evidence. Pure. */
import picomatch from 'picomatch';
import { join } from 'node:path';
import type { EnvironmentRecord, ExtensionRecord, HomePathRecord, HomeProbe, PackageRecord, ProcessRecord } from '../model/audit.js';
import type { Evidence, Location } from '../model/evidence.js';
import type { Platform, Signature } from '../model/signature.js';
import { makeExcerpt } from '../text/excerpt.js';
import type { CatalogEntry, CompiledCatalog } from './catalog-index.js';
import { detectEnvVar } from './environment.js';
import { impliedProvider } from './evidence-provider.js';
import { detectExtension } from './extensions.js';
import { detectHomePath } from './home-paths.js';
import { detectPackage } from './packages.js';
import { detectProcess } from './processes.js';
import { fingerprint } from './repository-evidence.js';

/** Editor user-data folders per platform, for home globs that start with `**` (extension storage such as Cline's). */
const EDITOR_USER_DATA: Record<Platform, readonly string[]> = {
  linux: ['.config/Code', '.config/Code - Insiders', '.config/VSCodium', '.config/Cursor', '.config/Windsurf', '.config/Trae', '.vscode-server/data', '.local/share/code-server'],
  darwin: ['Library/Application Support/Code', 'Library/Application Support/Code - Insiders', 'Library/Application Support/VSCodium', 'Library/Application Support/Cursor', 'Library/Application Support/Windsurf', 'Library/Application Support/Trae'],
  win32: ['AppData/Roaming/Code', 'AppData/Roaming/Code - Insiders', 'AppData/Roaming/VSCodium', 'AppData/Roaming/Cursor', 'AppData/Roaming/Windsurf', 'AppData/Roaming/Trae'],
};

/**
 * The concrete home-relative paths to check for `platform`: each glob's static prefix (`.claude/**` -> `.claude`),
 * listed below when the prefix alone cannot match (`.pi/agent/sessions/*.jsonl`). Globs starting with `**` are
 * anchored at the editors' user-data folders. Homes are never walked whole.
 */
export function homeProbes(catalog: CompiledCatalog, platform: Platform): HomeProbe[] {
  const probes = new Map<string, boolean>();
  const add = (path: string, list: boolean): void => {
    if (path !== '') probes.set(path, (probes.get(path) ?? false) || list);
  };
  for (const entry of catalog.homePaths) {
    if (!entry.signature.platforms.includes(platform)) continue;
    for (const glob of entry.signature.globs) {
      const { base, isGlob, glob: rest } = picomatch.scan(glob);
      if (base === '' && rest.startsWith('**/')) {
        const anchored = picomatch.scan(rest.slice(3));
        for (const root of EDITOR_USER_DATA[platform]) add(`${root}/${anchored.base}`, anchored.isGlob && !entry.test(`${root}/${anchored.base}`));
        continue;
      }
      add(isGlob ? base : glob, isGlob && !entry.test(base));
    }
  }
  return [...probes].map(([path, list]) => ({ path, list }));
}

/** One piece of evidence per user and home-path signature: the shortest matching path stands for the rest. */
export function detectHomePathEvidence(records: readonly HomePathRecord[], catalog: CompiledCatalog, platform: Platform): Evidence[] {
  const best = new Map<string, { record: HomePathRecord; entry: CatalogEntry }>();
  for (const record of records) {
    for (const entry of detectHomePath(record.relativePath, platform, catalog)) {
      const key = `${record.user}\n${record.home}\n${entry.signature.id}`;
      const current = best.get(key);
      if (!current || record.relativePath.length < current.record.relativePath.length) best.set(key, { record, entry });
    }
  }
  return [...best.values()].map(({ record, entry }) =>
    evidence(catalog, entry, { path: join(record.home, ...record.relativePath.split('/')), user: record.user }, `~/${record.relativePath}`, record.relativePath),
  );
}

/** Evidence in one process: its executable and command line, and the kept variables of its environment (by name). */
export function detectProcessEvidence(record: ProcessRecord, catalog: CompiledCatalog): Evidence[] {
  const found: Evidence[] = [];
  const location: Location = { pid: record.pid, ...(record.user ? { user: record.user } : {}) };
  for (const entry of detectProcess(record, catalog)) {
    const matched = (entry.signature as { pattern: RegExp }).pattern.exec(`${record.exe} ${record.commandLine}`)?.[0] ?? record.exe;
    found.push(evidence(catalog, entry, location, sanitizeCommandLine(record.commandLine || record.exe), matched.trim()));
  }
  for (const [name, value] of record.env ?? []) {
    for (const entry of detectVariable(name, value, catalog)) {
      found.push(evidence(catalog, entry, location, `pid ${record.pid} environment has ${name}`, `process-env\n${name}`, secretStrength(entry)));
    }
  }
  return found;
}

/** Evidence for one installed extension or plugin. */
export function detectExtensionEvidence(record: ExtensionRecord, catalog: CompiledCatalog): Evidence[] {
  return detectExtension(record.id, record.editor, catalog).map((entry) =>
    evidence(
      catalog,
      entry,
      { path: record.path, extensionId: record.id.toLowerCase(), user: record.user },
      `${record.id}${record.version ? `@${record.version}` : ''} in ${record.product}`,
      `${record.id.toLowerCase()}\n${record.product}`,
    ),
  );
}

/** Evidence for one installed package or PATH executable. Homebrew tap formulae also match by their short name. */
export function detectPackageEvidence(record: PackageRecord, catalog: CompiledCatalog): Evidence[] {
  let entries = detectPackage(record.ecosystem, record.name, catalog);
  if (entries.length === 0 && (record.ecosystem === 'brew' || record.ecosystem === 'brew-cask')) {
    const wanted = record.name.toLowerCase();
    entries = catalog.packages.filter(
      ({ signature }) => signature.ecosystem === record.ecosystem && signature.names.some((name) => name.toLowerCase().split('/').pop() === wanted),
    );
  }
  const shown = `${record.ecosystem}:${record.name}${record.resolvedPath ? ` -> ${record.resolvedPath}` : ''}`;
  return entries.map((entry) => evidence(catalog, entry, { path: record.path, ...(record.user ? { user: record.user } : {}) }, shown, `${record.ecosystem}:${record.name.toLowerCase()}`));
}

/** Evidence in the audit process's own environment. Only names reach the evidence. */
export function detectEnvironmentEvidence(records: readonly EnvironmentRecord[], catalog: CompiledCatalog, user?: string): Evidence[] {
  return records.flatMap(({ name, value }) =>
    detectVariable(name, value, catalog).map((entry) =>
      evidence(catalog, entry, user ? { user } : {}, `${name} is set in the audit's environment`, `env\n${name}`, secretStrength(entry)),
    ),
  );
}

/**
 * The env-var signatures a variable matches. A credential is only ever a credential: when a secret signature
 * names the variable, a prefix signature (`CLAUDE_CODE_*`) must not turn the same token into strong evidence.
 */
function detectVariable(name: string, value: string, catalog: CompiledCatalog): CatalogEntry[] {
  const entries = detectEnvVar(name, value, catalog);
  const secrets = entries.filter(({ signature }) => signature.isSecret);
  return secrets.length > 0 ? secrets : entries;
}

/** A predicate for the variable names any env-var signature could match, so sources keep nothing else. */
export function envNameFilter(catalog: CompiledCatalog): (name: string) => boolean {
  const exact = new Set(catalog.environment.filter(({ signature }) => !signature.name.endsWith('*')).map(({ signature }) => signature.name));
  const prefixes = catalog.environment.filter(({ signature }) => signature.name.endsWith('*')).map(({ signature }) => signature.name.slice(0, -1));
  return (name) => exact.has(name) || prefixes.some((prefix) => name.startsWith(prefix));
}

const SECRET_FLAG = /(?:key|token|secret|password|passwd|auth|credential)/i;
const SECRET_VALUE = /^(?:sk-|ghp_|gho_|github_pat_|xox[bp]-|AKIA|AIza)|^[A-Za-z0-9_\-+/=]{32,}$/;

/**
 * A command line fit for a report: values that follow a key/token/secret flag, `NAME=value` assignments to such
 * names, and token-looking words are replaced by `***`.
 */
export function sanitizeCommandLine(commandLine: string): string {
  const words = commandLine.split(' ');
  return words
    .map((word, index) => {
      const previous = words[index - 1] ?? '';
      if (/^--?[\w-]+$/.test(previous) && SECRET_FLAG.test(previous)) return '***';
      const assignment = /^(--?[\w-]+|[A-Z_][A-Z0-9_]*)=(.+)$/.exec(word);
      if (assignment && SECRET_FLAG.test(assignment[1]!)) return `${assignment[1]}=***`;
      return SECRET_VALUE.test(word) ? '***' : word;
    })
    .join(' ');
}

/** Credentials are named, and never proof of use alone: their evidence counts as weak, so it can warn but not block. */
function secretStrength(entry: CatalogEntry): Evidence['strength'] | undefined {
  return entry.signature.kind === 'env-var' && entry.signature.isSecret ? 'weak' : undefined;
}

function evidence(catalog: CompiledCatalog, entry: CatalogEntry<Signature>, location: Location, text: string, contentKey: string, strength?: Evidence['strength']): Evidence {
  const { signature } = entry;
  const provider = impliedProvider(entry, catalog);
  return {
    assistant: entry.assistant,
    signature: signature.id,
    kind: signature.kind,
    strength: strength ?? signature.strength,
    location,
    excerpt: makeExcerpt(text),
    fingerprint: fingerprint(signature.id, contentKey),
    ...(provider ? { provider } : {}),
  };
}

/**
 * Whether a VS Code `AllowedExtensions` value excludes each of `bannedIds`: an id is excluded when its own key is
 * `false`, or its publisher's key is `false`, or it is unlisted and `"*"` is absent or not `true` (an allow-list).
 * `policy` is the value of the `AllowedExtensions` key (an object, or the JSON string MDM tools write).
 * Undefined when the value is not an object.
 */
export function extensionsNotExcluded(policy: unknown, bannedIds: readonly string[]): string[] | undefined {
  let allowed = policy;
  if (typeof allowed === 'string') {
    try {
      allowed = JSON.parse(allowed);
    } catch {
      return undefined;
    }
  }
  if (!allowed || typeof allowed !== 'object' || Array.isArray(allowed)) return undefined;
  const rules = new Map(Object.entries(allowed as Record<string, unknown>).map(([key, value]) => [key.toLowerCase(), value]));
  return bannedIds.filter((id) => {
    const lower = id.toLowerCase();
    const own = rules.get(lower);
    if (own !== undefined) return own !== false;
    const publisher = rules.get(lower.split('.')[0]!);
    if (publisher !== undefined) return publisher !== false;
    return rules.get('*') === true;
  });
}
