/**
 * @fileoverview `aiguard hook run pre-push REMOTE URL`: every ref of the push from git's stdin in one run. New
 * branches bring only commits the remote does not have yet; force pushes and updates the commits after the old
 * tip; deletions nothing. Runtime evidence (the push runs inside an assistant) counts too. Under the pre-commit
 * framework, which keeps stdin to itself, the one ref it describes in PRE_COMMIT_* variables is checked.
 */
import { createHookJudge, isZeroId, judgeRuntime, parsePrePushInput, peelObjects, scanPush, type Finding, type RefUpdate } from '@aiguard/core/git-hooks';
import { usageError } from '../../output/cli-error.js';
import { EXIT_BLOCKED, EXIT_OK } from '../../output/exit-codes.js';
import { blockAdvice, explainFinding } from './hook-messages.js';
import { describePushFinding, describeRuntime, hookRepositoryRoot, partition } from './hook-policy.js';
import { readStdin } from './stdin.js';

const ZERO_ID = '0'.repeat(40);

/** Checks the push described on stdin (git passes the remote's name, or its URL when there is none); returns the exit code. */
export async function runPrePush(remoteArgument: string | undefined, _url?: string, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let updates: RefUpdate[];
  try {
    updates = parsePrePushInput(await readStdin());
  } catch (error) {
    throw usageError((error as Error).message);
  }
  if (updates.length === 0) updates = preCommitFrameworkUpdates(env);
  const remote = remoteArgument ?? env.PRE_COMMIT_REMOTE_NAME ?? 'origin';
  const root = await hookRepositoryRoot();
  const judging = createHookJudge(root);
  // What the remote advertised is the old id git gives for each ref: trust that, never local remote-tracking refs
  // (`git update-ref refs/remotes/origin/x HEAD` forges them). Only a new ref, where git gives nothing, falls back to
  // commits on this remote's remote-tracking branches; a URL (no named remote) matches none.
  // An old id this clone never fetched cannot exclude anything either, so it needs the fallback too.
  const pushed = updates.filter((update) => !isZeroId(update.newId));
  const known = await peelObjects(pushed.map((update) => update.oldId), { cwd: root });
  const needsFallback = pushed.some((update) => isZeroId(update.oldId) || known.get(update.oldId) === 'missing');
  const exclude = needsFallback ? [`--remotes=${remote.replace(/[*?[\\]/g, '\\$&')}`] : [];
  const scanning = scanPush(updates, { cwd: root, exclude, judge: judging });
  const judge = await judging;
  const runtime = judgeRuntime(judge);
  const scan = await scanning;
  const describe = (finding: Finding): string => (finding.location.pid !== undefined || finding.kind === 'env-var' || finding.kind === 'process' ? describeRuntime(finding) : describePushFinding(finding, scan.subjects));
  const { blocked, warned } = partition([...scan.findings, ...runtime]);
  for (const finding of warned) process.stderr.write(`aiguard: warning: ${explainFinding(finding, describe(finding))}\n`);
  if (blocked.length === 0) return EXIT_OK;
  process.stderr.write(`aiguard: push to ${remote} blocked by the AI assistant policy (${scan.commits.length} new commit${scan.commits.length === 1 ? '' : 's'} checked):\n`);
  for (const finding of blocked) process.stderr.write(`  ${explainFinding(finding, describe(finding))}\n`);
  process.stderr.write(blockAdvice(blocked, 'Rewrite the commits above (git rebase -i) or ask the policy owner.'));
  return EXIT_BLOCKED;
}

/** The ref the pre-commit framework describes (PRE_COMMIT_TO_REF and friends), when it runs this hook. */
function preCommitFrameworkUpdates(env: NodeJS.ProcessEnv): RefUpdate[] {
  const newId = env.PRE_COMMIT_TO_REF ?? '';
  if (!/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(newId)) return [];
  const from = env.PRE_COMMIT_FROM_REF ?? '';
  const oldId = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(from) ? from : ZERO_ID;
  return [{ localRef: env.PRE_COMMIT_LOCAL_BRANCH ?? 'HEAD', newId, ref: env.PRE_COMMIT_REMOTE_BRANCH ?? 'HEAD', oldId }];
}
