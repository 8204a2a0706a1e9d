/** @fileoverview Finds and reads the policy files of every layer (managed, user, repository, --policy) for a run. */
import { homedir } from 'node:os';
import { join, resolve, win32 } from 'node:path';
import { MANAGED_ONLY_KEYS, type Policy, type PolicyLayer, type PolicyLayerName } from '../model/policy.js';
import { parsePolicy, PolicyError } from '../policy/parse-policy.js';
import { NotARegularFileError, readRegularFile } from './regular-file.js';
import type { PolicyCandidate } from '../model/policy.js';
export type { PolicyCandidate } from '../model/policy.js';

/** The repository policy file name, at the repository root. */
export const REPOSITORY_POLICY_FILE = '.aiguard.json';

/** The environment variable that adds a managed policy file (for MDM scripts and tests); it never hides the system file. */
export const MANAGED_POLICY_ENV = 'AIGUARD_MANAGED_POLICY';

/** Where to look for policy files. Unset fields discover the real machine's paths. */
export interface PolicyLocations {
  /** Repository root (work tree root, or the git dir of a bare repository). */
  readonly repositoryRoot?: string;
  /** A file given with `--policy`; it must exist. */
  readonly policyFile?: string;
  /** @default process.platform */
  readonly platform?: NodeJS.Platform;
  /** @default process.env (read for AIGUARD_MANAGED_POLICY, XDG_CONFIG_HOME, APPDATA, ProgramData) */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** The user's home folder for the user layer; `null` skips the user layer. @default os.homedir() */
  readonly home?: string | null;
  /** System-wide managed files to look for; `[]` skips them. @default {@link managedPolicyPaths} for the platform */
  readonly managedFiles?: readonly string[];
}

/** The system-wide managed policy file IT writes, per platform. */
export function managedPolicyPaths(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>): string[] {
  if (platform === 'win32') return [win32.join(env.ProgramData ?? env.PROGRAMDATA ?? 'C:\\ProgramData', 'aiguard', 'policy.json')];
  if (platform === 'darwin') return ['/Library/Application Support/aiguard/policy.json'];
  return ['/etc/aiguard/policy.json'];
}

/** The user's policy file: `$XDG_CONFIG_HOME/aiguard/policy.json` (else `~/.config/...`), `%APPDATA%\aiguard\policy.json` on Windows. */
export function userPolicyPath(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>, home: string): string {
  if (platform === 'win32') return win32.join(env.APPDATA ?? win32.join(home, 'AppData', 'Roaming'), 'aiguard', 'policy.json');
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), 'aiguard', 'policy.json');
}

/** Every place a policy file may be for `locations`, strongest layer first. */
export function policyCandidates(locations: PolicyLocations): PolicyCandidate[] {
  const platform = locations.platform ?? process.platform;
  const env = locations.env ?? process.env;
  const candidates: PolicyCandidate[] = [];
  for (const file of locations.managedFiles ?? managedPolicyPaths(platform, env)) candidates.push({ layer: 'managed', file, required: false });
  const extra = env[MANAGED_POLICY_ENV];
  if (extra) candidates.push({ layer: 'managed', file: resolve(extra), required: true, namedBy: MANAGED_POLICY_ENV });
  const home = locations.home === undefined ? safeHome() : locations.home;
  if (home) candidates.push({ layer: 'user', file: userPolicyPath(platform, env, home), required: false });
  if (locations.repositoryRoot) candidates.push({ layer: 'repository', file: join(locations.repositoryRoot, REPOSITORY_POLICY_FILE), required: false });
  if (locations.policyFile) candidates.push({ layer: 'cli', file: resolve(locations.policyFile), required: true, namedBy: '--policy' });
  return candidates;
}

/**
 * Reads every layer's file that exists. A file that exists but cannot be read or parsed is an error, and so is a
 * missing `--policy` or AIGUARD_MANAGED_POLICY file: the run fails closed. When a managed file says
 * `"locked": true`, the lower layers are read (so a broken one still fails) but only listed in `lockedOut`.
 */
export async function loadPolicy(locations: PolicyLocations, assistantIds: readonly string[]): Promise<Policy> {
  const found: PolicyLayer[] = [];
  const seen = new Set<string>();
  for (const candidate of policyCandidates(locations)) {
    if (seen.has(candidate.file)) continue;
    seen.add(candidate.file);
    const text = await readOptional(candidate.file);
    if (text === undefined) {
      if (candidate.required) throw new PolicyError(candidate.file, '$', 'file not found');
      continue;
    }
    const document = parsePolicy(text, candidate.file, assistantIds);
    const managedOnly = MANAGED_ONLY_KEYS.find((key) => document[key] !== undefined);
    if (managedOnly !== undefined && candidate.layer !== 'managed') {
      const what = managedOnly === 'locked' ? 'lock' : `set ${managedOnly}`;
      throw new PolicyError(candidate.file, `$.${managedOnly}`, `only a managed policy can ${what}; this is the ${candidate.layer} layer`);
    }
    found.push({ layer: candidate.layer, file: candidate.file, document });
  }
  const isLocked = found.some((layer) => layer.layer === 'managed' && layer.document.locked === true);
  if (!isLocked) return { layers: found };
  return { layers: found.filter((layer) => layer.layer === 'managed'), lockedOut: found.filter((layer) => layer.layer !== 'managed') };
}

function safeHome(): string | undefined {
  try {
    return homedir();
  } catch {
    return undefined;
  }
}

async function readOptional(file: string): Promise<string | undefined> {
  try {
    return await readRegularFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    if (code === 'EISDIR') throw new PolicyError(file, '$', 'is a folder, not a file');
    if (error instanceof NotARegularFileError) throw new PolicyError(file, '$', `is ${error.kind}, not a regular file`);
    throw new PolicyError(file, '$', `cannot be read (${code ?? (error as Error).message})`);
  }
}
