/**
 * @fileoverview What every git hook judges with: the compiled catalog, the repository's policy layers and the
 * verdict engine, plus the evidence that the git command itself runs inside an assistant.
 */
import { CATALOG } from './catalog/index.js';
import { compileCatalog, type CompiledCatalog } from './detectors/compiled-catalog.js';
import { detectRuntimeEvidence, isSpawnedMarkerName } from './detectors/runtime-evidence.js';
import type { Evidence } from './model/evidence.js';
import type { Finding } from './model/finding.js';
import type { Policy } from './model/policy.js';
import { createEnforcer } from './policy/enforcer.js';
import { readProcessAncestry } from './sources/process-ancestry.js';
import { loadPolicy } from './sources/policy-files.js';

/** The policy a hook applies and the means to apply it. */
export interface HookJudge {
  readonly catalog: CompiledCatalog;
  readonly policy: Policy;
  /** The finding for `evidence`, or undefined when the policy allows it, it is too weak, or an ignore hides it. */
  judge(evidence: Evidence): Finding | undefined;
}

/** How a hook judges. */
export interface HookJudgeOptions {
  /** Server side (pre-receive): commits arrive now, so their own dates cannot place them before a date ban. */
  readonly arrivedAt?: Date;
}

/** Loads the policy layers for `repositoryRoot` (work tree root, or the git dir of a bare repository). */
export async function createHookJudge(repositoryRoot: string, options: HookJudgeOptions = {}): Promise<HookJudge> {
  const loading = loadPolicy({ repositoryRoot }, CATALOG.map((assistant) => assistant.id));
  // Compile after the caller's synchronous code has run: it starts its git commands first, and they overlap this CPU work.
  await undefined;
  const catalog = compileCatalog(CATALOG);
  const policy = await loading;
  const enforcer = createEnforcer({ policy, ...(options.arrivedAt ? { arrivedAt: options.arrivedAt } : {}) });
  return { catalog, policy, judge: (evidence) => enforcer.judge(evidence) };
}

/**
 * Findings that this git command runs inside an assistant: spawned-process markers in the hook's environment and
 * in its parents' environments (Linux), and assistant processes among its parents.
 */
export function judgeRuntime(judge: HookJudge, env: NodeJS.ProcessEnv = process.env): Finding[] {
  const ancestors = readProcessAncestry({ keepEnv: (name) => isSpawnedMarkerName(name, judge.catalog) });
  return detectRuntimeEvidence({ env, ancestors }, judge.catalog).flatMap((evidence) => judge.judge(evidence) ?? []);
}
