/**
 * @fileoverview `aiguard hook run commit-msg FILE`: checks the message about to be committed. In `block` mode a
 * banned trailer or footer rejects the commit; in `strip` mode its lines are removed (every other byte kept) and
 * the commit goes on. Runtime evidence (the commit runs inside an assistant) blocks in both modes.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { createHookJudge, detectMessageEvidence, judgeRuntime, runGit, type Finding, type HookJudge } from '@aiguard/core/git-hooks';
import { usageError } from '../../output/cli-error.js';
import { EXIT_BLOCKED, EXIT_OK } from '../../output/exit-codes.js';
import { describeRule, describeRuntime, hookRepositoryRoot, partition } from './hook-policy.js';

/** What commit-msg does with a banned trailer or footer. */
export type CommitMsgMode = 'block' | 'strip';

/** Checks (and in strip mode rewrites) the message file; returns the exit code. */
export async function runCommitMsg(file: string, mode: CommitMsgMode): Promise<number> {
  const raw = await readFile(file).catch((error: NodeJS.ErrnoException) => {
    throw usageError(`commit message FILE ${file} cannot be read (${error.code ?? error.message})`);
  });
  const root = await hookRepositoryRoot();
  const reading = readCommentChar(root); // git runs while the catalog compiles
  const judge = await createHookJudge(root);
  const commentChar = await reading;
  const runtime = judgeRuntime(judge);
  const message = recordedLines(raw.toString('utf8'), commentChar);

  const { findings, strippedLines, removed } =
    mode === 'strip' ? stripBanned(message, judge) : { findings: messageFindings(message.join('\n'), judge), strippedLines: [], removed: new Set<number>() };
  const { blocked, warned } = partition([...findings, ...runtime]);
  for (const finding of warned) process.stderr.write(`aiguard: warning: ${describe(finding)}\n`);
  if (strippedLines.length > 0) {
    // latin1 maps bytes one to one, so every line that stays is written back byte for byte.
    const kept = raw.toString('latin1').split('\n');
    await writeFile(file, Buffer.from(kept.filter((_, index) => !removed.has(index)).join('\n'), 'latin1'));
    for (const { line, finding } of strippedLines) process.stderr.write(`aiguard: removed line ${line} "${finding.excerpt}": ${describeRule(finding)}\n`);
  }
  if (blocked.length === 0) return EXIT_OK;
  process.stderr.write('aiguard: commit blocked by the AI assistant policy:\n');
  for (const finding of blocked) process.stderr.write(`  ${describe(finding)}\n`);
  process.stderr.write('Remove the lines above from the message (or ask the policy owner); see `aiguard hook --help`.\n');
  return EXIT_BLOCKED;
}

/** The scissors line of `git commit -v`: it and everything below it never reach the commit. */
const SCISSORS = / -+ >8 -+$/;

/**
 * The message's lines with the ones git drops under its default cleanup blanked (comment lines, the verbose diff
 * below the scissors line), so line numbers stay those of the file and a diff that quotes a trailer is not read.
 */
export function recordedLines(text: string, commentChar: string): string[] {
  const lines = text.split('\n');
  const scissors = lines.findIndex((line) => line.startsWith(commentChar) && SCISSORS.test(line));
  return lines.map((line, index) => ((scissors >= 0 && index >= scissors) || line.startsWith(commentChar) ? '' : line));
}

/** core.commentChar, `#` unless set to one character (`auto` picks per message; `#` is its usual pick). */
async function readCommentChar(cwd: string): Promise<string> {
  const value = await runGit(['config', '--get', 'core.commentChar'], { cwd }).then(
    (output) => output.replace(/\n$/, ''),
    () => '#',
  );
  return value === '' || value === 'auto' ? '#' : value;
}

function describe(finding: Finding): string {
  return finding.location.line !== undefined ? `line ${finding.location.line} "${finding.excerpt}": ${describeRule(finding)}` : describeRuntime(finding);
}

function messageFindings(message: string, judge: HookJudge): Finding[] {
  return detectMessageEvidence(message, judge.catalog)
    .map((evidence) => judge.judge(evidence))
    .filter((finding): finding is Finding => finding !== undefined);
}

/**
 * Finds every blocked line. The detector reports each signature once, so the message is re-checked with the found
 * lines blanked until no blocked line is left. A trailer's folded continuation lines (indented) go with it.
 */
function stripBanned(lines: readonly string[], judge: HookJudge): { findings: Finding[]; strippedLines: { line: number; finding: Finding }[]; removed: Set<number> } {
  const stripped: { line: number; finding: Finding }[] = [];
  const kept: Finding[] = [];
  const removed = new Set<number>();
  for (let round = 0; round < 100; round++) {
    const current = lines.map((line, index) => (removed.has(index) ? '' : line)).join('\n');
    const findings = messageFindings(current, judge);
    const blocked = findings.filter((finding) => finding.verdict === 'block');
    if (blocked.length === 0) {
      kept.push(...findings);
      break;
    }
    for (const finding of blocked) {
      const index = finding.location.line! - 1;
      removed.add(index);
      stripped.push({ line: index + 1, finding });
      if (finding.kind !== 'commit-trailer') continue;
      for (let next = index + 1; next < lines.length && /^[ \t]+\S/.test(lines[next]!); next++) removed.add(next);
    }
  }
  stripped.sort((a, b) => a.line - b.line);
  return { findings: kept, strippedLines: stripped, removed };
}
