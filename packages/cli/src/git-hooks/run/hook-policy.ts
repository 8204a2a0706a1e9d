/** @fileoverview What every git hook shares: the compiled catalog, the policy, verdicts on evidence, runtime evidence, and how a finding is told. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  CATALOG,
  compileCatalog,
  detectRuntimeEvidence,
  effectiveMinStrength,
  findRepository,
  evaluateEvidenceWithLayer,
  isSpawnedMarkerName,
  loadPolicy,
  readProcessAncestry,
  Suppressor,
  type CompiledCatalog,
  type Evidence,
  type Finding,
  type Policy,
} from '@aiguard/core/git-hooks';

/**
 * The work tree root of the repository a client hook runs in. git starts hooks there, so a `.git` in the working
 * folder answers without spawning git; otherwise (GIT_DIR set, a manual run from a subfolder) git says.
 */
export async function hookRepositoryRoot(cwd: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): Promise<string> {
  if (env.GIT_DIR === undefined && env.GIT_WORK_TREE === undefined && existsSync(join(cwd, '.git'))) return cwd;
  return (await findRepository(cwd)).root;
}

/** The policy a hook applies and the means to apply it. */
export interface HookJudge {
  readonly catalog: CompiledCatalog;
  readonly policy: Policy;
  /** The finding for `evidence`, or undefined when the policy allows it, it is too weak, or an ignore hides it. */
  judge(evidence: Evidence): Finding | undefined;
}

/** Loads the policy layers for `repositoryRoot` (work tree root, or the git dir of a bare repository). */
export async function createJudge(repositoryRoot: string): Promise<HookJudge> {
  const loading = loadPolicy({ repositoryRoot }, CATALOG.map((assistant) => assistant.id));
  // Compile after the caller's synchronous code has run: it starts its git commands first, and they overlap this CPU work.
  await undefined;
  const catalog = compileCatalog(CATALOG);
  const policy = await loading;
  const minStrength = effectiveMinStrength(policy);
  const suppressor = new Suppressor(policy);
  return {
    catalog,
    policy,
    judge(evidence) {
      const evaluation = evaluateEvidenceWithLayer(evidence, policy, minStrength);
      if (!evaluation || suppressor.suppresses(evaluation)) return undefined;
      return evaluation.finding;
    },
  };
}

/**
 * Evidence that this git command runs inside an assistant: spawned-process markers in the hook's environment and
 * in its parents' environments (Linux), and assistant processes among its parents.
 */
export function detectRuntime(catalog: CompiledCatalog, env: NodeJS.ProcessEnv = process.env): Evidence[] {
  const ancestors = readProcessAncestry({ keepEnv: (name) => isSpawnedMarkerName(name, catalog) });
  return detectRuntimeEvidence({ env, ancestors }, catalog);
}

/** The assistant's display name. */
export function assistantName(id: string): string {
  return CATALOG.find((assistant) => assistant.id === id)?.name ?? id;
}

/** One finding as a hook prints it: `rule claude-code/co-author-trailer (Claude Code), decided by ...`. */
export function describeRule(finding: Finding): string {
  return `${finding.signature} (${assistantName(finding.assistant)}), decided by ${finding.decidedBy}`;
}

/** Splits findings by verdict. */
export function partition(findings: readonly Finding[]): { blocked: Finding[]; warned: Finding[] } {
  return { blocked: findings.filter((f) => f.verdict === 'block'), warned: findings.filter((f) => f.verdict === 'warn') };
}

/** The line printed for runtime evidence. */
export function describeRuntime(finding: Finding): string {
  return `${finding.excerpt}: ${describeRule(finding)}`;
}
