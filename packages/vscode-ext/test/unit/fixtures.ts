/** @fileoverview Builds real core findings and policies for the extension's unit tests (no VS Code, no git). */
import {
  CATALOG,
  compileCatalog,
  createEnforcer,
  detectCommitEvidence,
  detectPathEvidence,
  parsePolicy,
  type Enforcer,
  type CommitRecord,
  type Finding,
  type Policy,
  type PolicyDocument,
} from '@aiguard/core';

export const ROOT = '/work/repo';
export const catalog = compileCatalog(CATALOG);
const ids = CATALOG.map((a) => a.id);

/** A policy with one repository layer (and optionally a settings layer after it), parsed by core. */
export function policyOf(repository?: PolicyDocument, settings?: PolicyDocument): Policy {
  const layers: Policy['layers'][number][] = [];
  if (repository) layers.push({ layer: 'repository', file: `${ROOT}/.aiguard.json`, document: parsePolicy(JSON.stringify(repository), 'repo', ids) });
  if (settings) layers.push({ layer: 'cli', file: `${ROOT}/extra.json`, document: parsePolicy(JSON.stringify(settings), 'settings', ids) });
  return { layers };
}

/** Core's verdict engine for a policy, as the extension's guards use it. */
export function enforcerOf(repository?: PolicyDocument, settings?: PolicyDocument): Enforcer {
  return createEnforcer({ policy: policyOf(repository, settings) });
}

/** Findings for a repo-relative path under `policy`. */
export function pathFindings(path: string, policy: Policy): Finding[] {
  const enforcer = createEnforcer({ policy });
  return detectPathEvidence({ path, origin: 'worktree' }, catalog, ROOT).flatMap((e) => enforcer.judge(e) ?? []);
}

/** Findings for a commit with `message` under `policy`. */
export function commitFindings(message: string, policy: Policy, id = 'a'.repeat(40)): Finding[] {
  const commit: CommitRecord = {
    id,
    parents: [],
    authorName: 'Dana Developer',
    authorEmail: 'dana@example.com',
    authorDate: '2026-11-01T10:00:00Z',
    committerName: 'Dana Developer',
    committerEmail: 'dana@example.com',
    committerDate: '2026-11-01T10:00:00Z',
    message,
  };
  const enforcer = createEnforcer({ policy });
  return detectCommitEvidence(commit, catalog, ROOT).flatMap((e) => enforcer.judge(e) ?? []);
}
