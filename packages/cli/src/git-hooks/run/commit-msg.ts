/**
 * @fileoverview `aiguard hook run commit-msg FILE`: checks the commit about to be made. In `block` mode a banned
 * trailer or footer rejects the commit; in `strip` mode its lines are removed (every other byte kept) and the commit
 * goes on. The files the commit adds (the index is still there) and runtime evidence (the commit runs inside an
 * assistant) block in both modes: one Node process judges the whole commit, so pre-commit is optional.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { createHookJudge, detectMessageEvidence, foldLookalikes, judgeRuntime, readStagedAdditions, runGit, type Finding, type HookJudge } from '@aiguard/core/git-hooks';
import { usageError } from '../../output/cli-error.js';
import { EXIT_BLOCKED, EXIT_OK } from '../../output/exit-codes.js';
import { cleanupMode, storedLines } from './commit-cleanup.js';
import { readCommitInvocation } from './commit-invocation.js';
import { blockAdvice, explainFinding, withoutRepeatedWarnings } from './hook-messages.js';
import { describeRule, describeRuntime, hookRepositoryRoot, partition } from './hook-policy.js';
import { describeStagedFinding, judgeStagedAdditions, UNSTAGE_ADVICE } from './pre-commit.js';
import { stripBanned, type StripJudge } from './strip-message.js';

/** What commit-msg does with a banned trailer or footer. */
export type CommitMsgMode = 'block' | 'strip';

/** Checks (and in strip mode rewrites) the message file; returns the exit code. */
export async function runCommitMsg(file: string, mode: CommitMsgMode): Promise<number> {
  const raw = await readFile(file).catch((error: NodeJS.ErrnoException) => {
    throw usageError(`commit message FILE ${file} cannot be read (${error.code ?? error.message})`);
  });
  const root = await hookRepositoryRoot();
  // Both git commands run while the catalog compiles.
  const reading = readCommitConfig(root);
  const staged = readStagedAdditions({ cwd: root });
  staged.catch(() => undefined);
  const judge = await createHookJudge(root);
  const config = await reading;
  const files = judgeStagedAdditions(await staged, judge);
  const runtime = judgeRuntime(judge);
  // Judge what git will store: its cleanup mode decides whether `#` lines and the text below a scissors line go.
  const invocation = readCommitInvocation();
  const cleanup = cleanupMode(invocation, config.cleanup);
  const message = storedLines(raw.toString('utf8'), cleanup, invocation?.verbose === true || config.verbose, config.commentChar);

  const { findings, strippedLines, removed, refusal } =
    mode === 'strip' ? stripBanned(message, stripJudge(judge)) : { findings: messageFindings(message.join('\n'), judge), strippedLines: [], removed: new Set<number>(), refusal: undefined };
  if (refusal) process.stderr.write(`aiguard: strip mode cannot remove line ${refusal.finding.location.line} "${refusal.finding.excerpt}": ${refusal.reason}\n`);
  const { blocked, warned } = partition([...files, ...findings, ...runtime]);
  for (const finding of await withoutRepeatedWarnings(root, warned)) process.stderr.write(`aiguard: warning: ${explainFinding(finding, describe(finding))}\n`);
  if (strippedLines.length > 0 && !refusal) {
    // latin1 maps bytes one to one, so every line that stays is written back byte for byte.
    const kept = raw.toString('latin1').split('\n');
    await writeFile(file, Buffer.from(kept.filter((_, index) => !removed.has(index)).join('\n'), 'latin1'));
    for (const { line, finding } of strippedLines) process.stderr.write(`aiguard: removed line ${line} "${finding.excerpt}": ${describeRule(finding)}\n`);
  }
  if (blocked.length === 0) return EXIT_OK;
  process.stderr.write('aiguard: commit blocked by the AI assistant policy:\n');
  for (const finding of blocked) process.stderr.write(`  ${explainFinding(finding, describe(finding))}\n`);
  const advice = [
    ...(blocked.some((finding) => finding.location.path !== undefined) ? [UNSTAGE_ADVICE] : []),
    ...(blocked.some((finding) => finding.location.line !== undefined) ? ['Remove the lines above from the message (or ask the policy owner); see `aiguard hook --help`.'] : []),
  ];
  process.stderr.write(blockAdvice(blocked, advice.join('\n')));
  return EXIT_BLOCKED;
}

/** The commit settings git reads from config (including `git -c` on the command line, which hooks inherit). */
async function readCommitConfig(cwd: string): Promise<{ commentChar: string | undefined; cleanup: string | undefined; verbose: boolean }> {
  const output = await runGit(['config', '--get-regexp', '^(core\\.commentchar|commit\\.cleanup|commit\\.verbose)$'], { cwd }).catch(() => '');
  const values = new Map<string, string>();
  for (const line of output.split('\n')) {
    const space = line.indexOf(' ');
    if (space > 0) values.set(line.slice(0, space), line.slice(space + 1));
  }
  const comment = values.get('core.commentchar');
  const verbose = values.get('commit.verbose');
  return {
    // `auto`: git picks a character per message; undefined makes the judge keep every comment-looking line.
    commentChar: comment === undefined || comment === '' ? '#' : comment === 'auto' ? undefined : comment,
    cleanup: values.get('commit.cleanup'),
    verbose: verbose !== undefined && !/^(false|no|off|0)$/i.test(verbose),
  };
}

function describe(finding: Finding): string {
  if (finding.location.path !== undefined) return describeStagedFinding(finding);
  return finding.location.line !== undefined ? `line ${finding.location.line} "${finding.excerpt}": ${describeRule(finding)}` : describeRuntime(finding);
}

function messageFindings(message: string, judge: HookJudge): Finding[] {
  return detectMessageEvidence(message, judge.catalog)
    .map((evidence) => judge.judge(evidence))
    .filter((finding): finding is Finding => finding !== undefined);
}

/** Strip mode's view of the judge: whole-message verdicts, and a line with the matched marker cut out. */
function stripJudge(judge: HookJudge): StripJudge {
  return {
    judgeMessage: (message) => messageFindings(message, judge),
    remainderOf: (finding, line) => {
      const marker = judge.catalog.markers.find((entry) => entry.signature.id === finding.signature);
      if (!marker) return undefined;
      const folded = foldLookalikes(line);
      const pattern = new RegExp(marker.signature.pattern.source, marker.signature.pattern.flags.replace(/[gy]/g, ''));
      const match = pattern.exec(folded);
      return match ? folded.slice(0, match.index) + folded.slice(match.index + match[0].length) : undefined;
    },
  };
}
