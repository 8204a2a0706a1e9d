/**
 * @fileoverview Evidence that the current command runs inside an assistant: the child-process markers assistants set
 * in the shells they spawn (CLAUDECODE=1, GEMINI_CLI=1, ...) and assistant processes among the parents. Pure.
 */
import type { Evidence } from '../model/evidence.js';
import type { EnvSignature, Signature } from '../model/signature.js';
import type { AncestorProcess } from '../model/audit.js';
import { makeExcerpt } from '../text/excerpt.js';
import type { CatalogEntry, CompiledCatalog } from './catalog-index.js';
import { detectEnvVar } from './environment.js';
import { detectProcess } from './processes.js';
import { fingerprint } from './repository-evidence.js';

/**
 * Env-var signatures that an assistant sets in the processes it spawns (research §13), so their presence in a git
 * hook's environment means the git command itself ran inside that assistant. Left out on purpose: API keys and
 * tokens (`isSecret`: a key in a profile proves an account, not that this commit came from an agent) and
 * configuration variables users export from their shell profile (`CURSOR_CONFIG_DIR`, `AIDER_*`, `GOOSE_MODEL`,
 * `CLAUDE_CODE_*` which also covers `CLAUDE_CODE_USE_BEDROCK`): those belong to the workstation audit.
 */
export const SPAWNED_PROCESS_MARKERS: readonly string[] = [
  'antigravity/agent-env',
  'any-agent/ai-agent-env',
  'augment/agent-env',
  'claude-code/child-env',
  'claude-desktop/cowork-env',
  'cline/active-env',
  'cursor/agent-env',
  'cursor/cli-host-role-env',
  'cursor/trace-env',
  'gemini-cli/child-env',
  'junie/data-env',
  'junie/shim-env',
  'kiro/term-program-env',
  'openai-codex/ci-env',
  'openai-codex/sandbox-env',
  'openai-codex/thread-env',
  'opencode/child-env',
  'roo-code/active-env',
];

const MARKER_IDS = new Set(SPAWNED_PROCESS_MARKERS);

/** What the runtime detector looks at. */
export interface RuntimeRecords {
  /** The hook's own environment. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Its parent processes, nearest first. */
  readonly ancestors: readonly AncestorProcess[];
}

/** True for a variable name that some spawned-process marker could match: the filter for reading parents' environments. */
export function isSpawnedMarkerName(name: string, catalog: CompiledCatalog): boolean {
  return markerEntries(catalog).some(({ signature }) => (signature.name.endsWith('*') ? name.startsWith(signature.name.slice(0, -1)) : name === signature.name));
}

/**
 * Spawned-process markers in `env` and in the parents' environments, and process signatures among the parents.
 * At most one piece of evidence per signature: the nearest place it was seen.
 */
export function detectRuntimeEvidence(records: RuntimeRecords, catalog: CompiledCatalog): Evidence[] {
  const found: Evidence[] = [];
  const seen = new Set<string>();
  const add = (entry: CatalogEntry<Signature>, location: Evidence['location'], excerpt: string, key: string): void => {
    if (seen.has(entry.signature.id)) return;
    seen.add(entry.signature.id);
    found.push({
      assistant: entry.assistant,
      signature: entry.signature.id,
      kind: entry.signature.kind,
      strength: entry.signature.strength,
      location,
      excerpt: makeExcerpt(excerpt),
      fingerprint: fingerprint(entry.signature.id, `runtime\n${key}`),
    });
  };
  const markers = markerEntries(catalog);
  const testEnv = (name: string, value: string): CatalogEntry<EnvSignature>[] =>
    detectEnvVar(name, value, catalog).filter((entry) => MARKER_IDS.has(entry.signature.id) && markers.includes(entry));
  for (const [name, value] of Object.entries(records.env)) {
    if (value === undefined) continue;
    for (const entry of testEnv(name, value)) add(entry, {}, `the git hook's environment has ${name}`, name);
  }
  for (const ancestor of records.ancestors) {
    for (const entry of detectProcess(ancestor, catalog)) add(entry, { pid: ancestor.pid }, `parent process ${ancestor.pid}: ${ancestor.commandLine || ancestor.exe}`, ancestor.exe);
    for (const [name, value] of ancestor.env ?? []) {
      for (const entry of testEnv(name, value)) add(entry, { pid: ancestor.pid }, `parent process ${ancestor.pid}'s environment has ${name}`, name);
    }
  }
  return found;
}

const markerCache = new WeakMap<CompiledCatalog, CatalogEntry<EnvSignature>[]>();

function markerEntries(catalog: CompiledCatalog): CatalogEntry<EnvSignature>[] {
  let entries = markerCache.get(catalog);
  if (!entries) markerCache.set(catalog, (entries = catalog.environment.filter((entry) => MARKER_IDS.has(entry.signature.id) && !entry.signature.isSecret)));
  return entries;
}
