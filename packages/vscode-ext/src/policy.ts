/** @fileoverview The one place the extension loads policy: core's layered loader, plus the tighten-only settings layer. */
import { CATALOG, createEnforcer, loadPolicy, type Enforcer, type Policy } from '@aiguard/core';

const ASSISTANT_IDS = CATALOG.map((a) => a.id);
const enforcers = new WeakMap<Policy, Enforcer>();

/**
 * Loads the policy for one repository (or workspace folder) root: the repository's `.aiguard.json`, then the
 * `aiguard.policyFile` setting as one more layer. Core's evaluation gives every assistant the strictest action
 * any layer gives it, so the setting can add bans but never allow what another layer blocks.
 * Core also finds the managed (IT) and user layers above these two; nothing else in the extension loads policy.
 * Throws core's PolicyError for a file that exists but is not a valid policy (fail closed).
 */
export async function loadWorkspacePolicy(root: string, settingFile?: string): Promise<Policy> {
  return loadPolicy({ repositoryRoot: root, ...(settingFile ? { policyFile: settingFile } : {}) }, ASSISTANT_IDS);
}

/** One policy for workspace-wide checks (extensions, terminal, commit box without a repository): every folder's layers. */
export function combinePolicies(policies: readonly Policy[]): Policy {
  return { layers: policies.flatMap((p) => p.layers) };
}

/**
 * Core's verdict engine for `policy`, built once per policy object: every guard in the editor judges evidence with
 * it, as scan, audit and the hooks do, so ignores, strength floors and weak-means-warn apply alike.
 */
export function enforcerFor(policy: Policy): Enforcer {
  let enforcer = enforcers.get(policy);
  if (!enforcer) enforcers.set(policy, (enforcer = createEnforcer({ policy })));
  return enforcer;
}

/** Human names of the layers in force, e.g. `repository policy .aiguard.json`, deduplicated. */
export function describeLayers(policy: Policy, root?: string): string[] {
  const names = policy.layers.map(({ layer, file }) => {
    const shown = root && file.startsWith(`${root}/`) ? file.slice(root.length + 1) : file;
    return `${layer === 'cli' ? 'settings' : layer} policy ${shown}`;
  });
  return [...new Set(names)];
}
