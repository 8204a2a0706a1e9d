/**
 * @fileoverview `aiguard hook run pre-receive` on a bare repository: checks only commits new to the server (the
 * refs are not updated yet, so `--not --all` is what it had), using the repository's own `.aiguard.json` in the
 * git dir plus the managed and user layers, never policy from the pushed content. git's quarantine environment is
 * passed through to every git call. `git push -o aiguard.breakglass="reason"` lets a blocked push through with an
 * audit record.
 */
import { breakGlassPermission, createHookJudge, findRepository, parsePreReceiveInput, scanPush } from '@aiguard/core/git-hooks';
import { usageError } from '../../output/cli-error.js';
import { EXIT_BLOCKED, EXIT_OK } from '../../output/exit-codes.js';
import { breakGlassReason, pusher, pusherIdentities, recordBreakGlass } from './break-glass.js';
import { describePushFinding, partition } from './hook-policy.js';
import { readStdin } from './stdin.js';
import { explainFinding } from './hook-messages.js';

/** At most this many blocked findings are listed; the rest are counted. */
const MAX_LISTED = 20;

/** Checks the ref updates on stdin; returns the exit code. */
export async function runPreReceive(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let updates;
  try {
    updates = parsePreReceiveInput(await readStdin());
  } catch (error) {
    throw usageError((error as Error).message);
  }
  const repository = await findRepository(process.cwd());
  // Every commit new to the server arrives now, whatever dates it carries: a back-dated commit is not history.
  const judge = await createHookJudge(repository.isBare ? repository.gitDir : repository.root, { arrivedAt: new Date() });
  const scan = await scanPush(updates, { cwd: process.cwd(), exclude: ['--all'], judge });
  const { blocked, warned } = partition(scan.findings);
  for (const finding of warned) process.stderr.write(`aiguard: warning: ${explainFinding(finding, describePushFinding(finding, scan.subjects))}\n`);
  if (blocked.length === 0) return EXIT_OK;

  const reason = breakGlassReason(env);
  const permission = reason !== undefined ? breakGlassPermission(judge.policy, pusherIdentities(env)) : undefined;
  if (permission?.allowed === false) process.stderr.write(`aiguard: break glass refused for ${pusher(env)}: ${permission.reason}\n`);
  if (reason !== undefined && permission?.allowed === true) {
    const logFile = await recordBreakGlass({ env, gitDir: repository.gitDir, reason, updates, commits: scan.commits, blocked });
    const commits = [...new Set(blocked.flatMap((finding) => (finding.location.commit ? [finding.location.commit.slice(0, 10)] : [])))];
    process.stderr.write(
      `aiguard: BREAK GLASS by ${pusher(env)}: push accepted despite ${blocked.length} blocking finding${blocked.length === 1 ? '' : 's'}` +
        ` in commits ${commits.join(', ') || '(none)'}; reason "${reason}"; recorded in ${logFile}\n`,
    );
    for (const finding of blocked.slice(0, MAX_LISTED)) process.stderr.write(`  ${describePushFinding(finding, scan.subjects)}\n`);
    return EXIT_OK;
  }
  process.stderr.write(`aiguard: push rejected by the AI assistant policy (${scan.commits.length} new commit${scan.commits.length === 1 ? '' : 's'} checked):\n`);
  for (const finding of blocked.slice(0, MAX_LISTED)) process.stderr.write(`  ${explainFinding(finding, describePushFinding(finding, scan.subjects))}\n`);
  if (blocked.length > MAX_LISTED) process.stderr.write(`  ... and ${blocked.length - MAX_LISTED} more\n`);
  process.stderr.write('Rewrite these commits, or if this must go in now: git push -o aiguard.breakglass="why" (recorded).\n');
  return EXIT_BLOCKED;
}
