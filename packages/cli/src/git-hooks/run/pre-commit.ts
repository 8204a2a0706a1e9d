/** @fileoverview `aiguard hook run pre-commit`: signature paths the commit adds (CLAUDE.md, .cursor/rules/...) and runtime evidence. */
import { createHookJudge, detectPathEvidence, escapeLine, judgeRuntime, readStagedAdditions, type Finding } from '@aiguard/core/git-hooks';
import { EXIT_BLOCKED, EXIT_OK } from '../../output/exit-codes.js';
import { blockAdvice, explainFinding, recordRuntimeWarnings } from './hook-messages.js';
import { describeRule, describeRuntime, hookRepositoryRoot, partition } from './hook-policy.js';

/** Checks the index against HEAD; returns the exit code. */
export async function runPreCommit(): Promise<number> {
  const root = await hookRepositoryRoot();
  const staged = readStagedAdditions({ cwd: root }); // git runs while the catalog compiles
  staged.catch(() => undefined);
  const judge = await createHookJudge(root);
  const evidence = (await staged).flatMap((record) => detectPathEvidence(record, judge.catalog));
  const findings = [...evidence.flatMap((e) => judge.judge(e) ?? []), ...judgeRuntime(judge)];
  const { blocked, warned } = partition(findings);
  for (const finding of warned) process.stderr.write(`aiguard: warning: ${explainFinding(finding, describe(finding))}\n`);
  await recordRuntimeWarnings(root, warned);
  if (blocked.length === 0) return EXIT_OK;
  process.stderr.write('aiguard: commit blocked by the AI assistant policy:\n');
  for (const finding of blocked) process.stderr.write(`  ${explainFinding(finding, describe(finding))}\n`);
  process.stderr.write(blockAdvice(blocked, 'Unstage the files above (git restore --staged PATH) or ask the policy owner.'));
  return EXIT_BLOCKED;
}

function describe(finding: Finding): string {
  return finding.location.path !== undefined ? `adds ${escapeLine(finding.location.path)}: ${describeRule(finding)}` : describeRuntime(finding);
}
