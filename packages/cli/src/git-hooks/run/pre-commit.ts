/**
 * @fileoverview `aiguard hook run pre-commit`: signature paths the commit adds (CLAUDE.md, .cursor/rules/...) and runtime
 * evidence. Optional since commit-msg judges the same staged files (one Node process per commit); pre-commit blocks
 * before the message editor opens.
 */
import { createHookJudge, detectPathEvidence, escapeLine, judgeRuntime, readStagedAdditions, type Finding, type HookJudge, type PathRecord } from '@aiguard/core/git-hooks';
import { EXIT_BLOCKED, EXIT_OK } from '../../output/exit-codes.js';
import { blockAdvice, explainFinding, recordPreCommitWarnings } from './hook-messages.js';
import { describeRule, describeRuntime, hookRepositoryRoot, partition } from './hook-policy.js';

/** The advice after a block by a staged file. */
export const UNSTAGE_ADVICE = 'Unstage the files above (git restore --staged PATH) or ask the policy owner.';

/** Checks the index against HEAD; returns the exit code. */
export async function runPreCommit(): Promise<number> {
  const root = await hookRepositoryRoot();
  const staged = readStagedAdditions({ cwd: root }); // git runs while the catalog compiles
  staged.catch(() => undefined);
  const judge = await createHookJudge(root);
  const findings = [...judgeStagedAdditions(await staged, judge), ...judgeRuntime(judge)];
  const { blocked, warned } = partition(findings);
  for (const finding of warned) process.stderr.write(`aiguard: warning: ${explainFinding(finding, describe(finding))}\n`);
  await recordPreCommitWarnings(root, warned);
  if (blocked.length === 0) return EXIT_OK;
  process.stderr.write('aiguard: commit blocked by the AI assistant policy:\n');
  for (const finding of blocked) process.stderr.write(`  ${explainFinding(finding, describe(finding))}\n`);
  process.stderr.write(blockAdvice(blocked, UNSTAGE_ADVICE));
  return EXIT_BLOCKED;
}

/** The findings for the signature paths among the files the commit adds. */
export function judgeStagedAdditions(staged: readonly PathRecord[], judge: HookJudge): Finding[] {
  return staged.flatMap((record) => detectPathEvidence(record, judge.catalog)).flatMap((evidence) => judge.judge(evidence) ?? []);
}

/** A staged file's finding as hooks print it: `adds CLAUDE.md: rule ...`. */
export function describeStagedFinding(finding: Finding): string {
  return `adds ${escapeLine(finding.location.path ?? '')}: ${describeRule(finding)}`;
}

function describe(finding: Finding): string {
  return finding.location.path !== undefined ? describeStagedFinding(finding) : describeRuntime(finding);
}
