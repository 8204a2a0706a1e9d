/**
 * @fileoverview The words hooks print around a finding: what look-alike evidence reads as, warnings that do not claim
 * a block, advice that fits what blocked, and a warning that pre-commit already gave not repeated by commit-msg (which
 * judges the same staged files and environment).
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { describeHiddenCharacters, runGit, type Finding } from '@aiguard/core/git-hooks';

/** A runtime finding: the git command runs inside an assistant (an environment marker or a parent process). */
export function isRuntimeFinding(finding: Finding): boolean {
  const { path, line, commit, ref } = finding.location;
  return path === undefined && line === undefined && commit === undefined && ref === undefined;
}

/**
 * `text` (a hook's line for `finding`) made honest and readable: a weak finding's warning does not say a `block`
 * rule decided it, and look-alike evidence gets the text it reads as and the characters that hide in it.
 *
 * @example
 * line 3 "Co-Authored-By: Сlaude <noreply@anthropic.com>": … (reads as "Co-Authored-By: Claude <noreply@anthropic.com>"; U+0421 Cyrillic "С" (reads as "C"))
 */
export function explainFinding(finding: Finding, text: string): string {
  let told = text;
  const decided = told.indexOf(', decided by ');
  if (finding.verdict === 'warn' && finding.strength === 'weak' && decided !== -1 && /: block\b/.test(told.slice(decided))) {
    // Weak evidence never blocks: saying a block rule decided this warning reads as a contradiction.
    told = `${told.slice(0, decided)}: weak evidence (people make it too), so a warning only; the policy blocks this assistant's strong evidence`;
  }
  const hidden = describeHiddenCharacters(finding.excerpt);
  if (hidden) told += ` (reads as "${hidden.folded}"; ${hidden.characters.join(', ')})`;
  return told;
}

/**
 * The advice after a block: what to do about files, message lines or commits (`otherwise`), and for runtime evidence
 * that the command runs inside an assistant, which no unstaging or rewording changes.
 */
export function blockAdvice(blocked: readonly Finding[], otherwise: string): string {
  const runtime = blocked.filter(isRuntimeFinding);
  const lines = runtime.length < blocked.length ? [otherwise] : [];
  if (runtime.length > 0) {
    lines.push('This git command runs inside an assistant the policy blocks (see the environment marker or process above): run it from your own terminal, or ask the policy owner.');
  }
  return `${lines.join('\n')}\n`;
}

// pre-commit and commit-msg run in one `git commit`, a message editor possibly open between them.
const REPEAT_WINDOW_MS = 15 * 60 * 1000;
const WARNED_FILE = 'aiguard-warned.json';

/** A warning both pre-commit and commit-msg give: runtime evidence, or a file the commit adds. */
function isPreCommitFinding(finding: Finding): boolean {
  return isRuntimeFinding(finding) || finding.location.path !== undefined;
}

/** Records the warnings pre-commit printed, so commit-msg in the same commit does not print them again. */
export async function recordPreCommitWarnings(root: string, warned: readonly Finding[], now: number = Date.now()): Promise<void> {
  const fingerprints = warned.filter(isPreCommitFinding).map((finding) => finding.fingerprint);
  if (fingerprints.length === 0) return;
  const file = await warnedFile(root);
  // Best effort: a read-only git dir costs a repeated warning, never the commit.
  await writeFile(file, JSON.stringify({ at: now, fingerprints })).catch(() => undefined);
}

/** `warned` without the warnings pre-commit printed moments ago; consumes pre-commit's record. */
export async function withoutRepeatedWarnings(root: string, warned: readonly Finding[], now: number = Date.now()): Promise<Finding[]> {
  if (!warned.some(isPreCommitFinding)) return [...warned];
  const file = await warnedFile(root);
  const record = await readFile(file, 'utf8').then(
    (text) => JSON.parse(text) as { at?: unknown; fingerprints?: unknown },
    () => undefined,
  );
  await rm(file, { force: true }).catch(() => undefined);
  const isFresh = typeof record?.at === 'number' && now - record.at >= 0 && now - record.at < REPEAT_WINDOW_MS;
  const seen = new Set(isFresh && Array.isArray(record?.fingerprints) ? record.fingerprints : []);
  return warned.filter((finding) => !(isPreCommitFinding(finding) && seen.has(finding.fingerprint)));
}

async function warnedFile(root: string): Promise<string> {
  const gitDir = (await runGit(['rev-parse', '--git-dir'], { cwd: root })).trim();
  return join(isAbsolute(gitDir) ? gitDir : join(root, gitDir), WARNED_FILE);
}
