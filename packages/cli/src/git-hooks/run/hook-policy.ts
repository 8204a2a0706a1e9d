/** @fileoverview What every git hook shares: where the repository is, and how a finding is told. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOG, describeDecidedBy, escapeLine, findRepository, lookUpCatalog, type Finding } from '@aiguard/core/git-hooks';

const catalog = lookUpCatalog(CATALOG);

/**
 * The work tree root of the repository a client hook runs in. git starts hooks there, so a `.git` in the working
 * folder answers without spawning git; otherwise (GIT_DIR set, a manual run from a subfolder) git says.
 */
export async function hookRepositoryRoot(cwd: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): Promise<string> {
  if (env.GIT_DIR === undefined && env.GIT_WORK_TREE === undefined && existsSync(join(cwd, '.git'))) return cwd;
  return (await findRepository(cwd)).root;
}

/** The assistant's display name. */
export function assistantName(id: string): string {
  return catalog.assistant(id)?.name ?? id;
}

/** One finding as a hook prints it: `rule claude-code/co-author-trailer (Claude Code), decided by ...`. */
export function describeRule(finding: Finding): string {
  return `${finding.signature} (${assistantName(finding.assistant)}), decided by ${describeDecidedBy(finding.decidedBy)}`;
}

/** Splits findings by verdict. */
export function partition(findings: readonly Finding[]): { blocked: Finding[]; warned: Finding[] } {
  return { blocked: findings.filter((f) => f.verdict === 'block'), warned: findings.filter((f) => f.verdict === 'warn') };
}

/** The line printed for runtime evidence. */
export function describeRuntime(finding: Finding): string {
  return `${finding.excerpt}: ${describeRule(finding)}`;
}

/** One finding of a push as a hook prints it: commit (short id and subject) or ref, what matched, and the rule. */
export function describePushFinding(finding: Finding, subjects: ReadonlyMap<string, string>): string {
  const { commit, path, ref } = finding.location;
  // Subjects, paths and ref names come from the pusher: escaped, so they cannot forge `remote:` lines or drive a terminal.
  const where = commit !== undefined ? `commit ${commit.slice(0, 10)} "${escapeLine(subjects.get(commit) ?? '')}"` : `ref ${escapeLine(ref ?? '')}`;
  const what = path !== undefined ? `adds ${escapeLine(path)}` : `"${finding.excerpt}"`;
  return `${where}: ${what}: ${describeRule(finding)}`;
}
