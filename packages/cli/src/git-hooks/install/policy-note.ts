/** @fileoverview The note `hook install` prints when no policy applies: hooks without a policy only warn, and people should know. */
import { CATALOG, findRepository, loadPolicy } from '@aiguard/core';

/**
 * A note when no managed, user or repository policy applies where the hooks were installed, or undefined when one
 * does (or cannot be read: `aiguard policy validate` reports that, and the hooks fail closed on it).
 */
export async function noPolicyNote(scope: 'repository' | 'global' | 'server', cwd: string, locations: { env?: NodeJS.ProcessEnv; home?: string } = {}): Promise<string | undefined> {
  try {
    const repositoryRoot = scope === 'global' ? undefined : (await findRepository(cwd)).root;
    const policy = await loadPolicy({ ...locations, ...(repositoryRoot !== undefined ? { repositoryRoot } : {}) }, CATALOG.map((assistant) => assistant.id));
    if (policy.layers.length > 0) return undefined;
  } catch {
    return undefined;
  }
  return scope === 'global'
    ? 'no managed or user policy found: in repositories without their own .aiguard.json the hooks will only warn, never block (write one with `aiguard policy init`)'
    : 'no policy found (managed, user or .aiguard.json): the hooks will only warn, never block (write one with `aiguard policy init`)';
}
