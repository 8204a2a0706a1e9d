/**
 * @fileoverview Scans what a push carries (pre-push and pre-receive), beside scanRepository: new commits'
 * metadata, the paths they add, and pushed ref names, judged by the hook's verdict engine.
 */
import { detectAnnotationEvidence, detectCommitEvidence, detectPathEvidence, detectRefEvidence } from './detectors/repository-evidence.js';
import type { HookJudge } from './hook-judge.js';
import type { Finding } from './model/finding.js';
import { readPushedAnnotations } from './sources/git-annotations.js';
import { branchTipTypes, isZeroId, peelObjects, pushedRevisions, readPushedCommits, type RefUpdate } from './sources/git-push.js';

/** Where and how to scan a push. */
export interface PushScanOptions {
  /** Folder git runs in: the work tree (pre-push) or the bare repository (pre-receive). */
  readonly cwd: string;
  /** What the other side already has: `--remotes=origin` (pre-push), `--all` (pre-receive, refs not updated yet). */
  readonly exclude: readonly string[];
  /** The judge, or its promise: git starts peeling the pushed objects while the catalog compiles. */
  readonly judge: HookJudge | Promise<HookJudge>;
}

/** What a push scan found. */
export interface PushScan {
  readonly findings: readonly Finding[];
  /** Ids of the commits new to the other side, newest first. */
  readonly commits: readonly string[];
  /** Commit subjects by id, for messages. */
  readonly subjects: ReadonlyMap<string, string>;
}

/** Scans every updated ref of one push: `git cat-file` when tags are pushed, then one `git log` for metadata and added paths. */
export async function scanPush(updates: readonly RefUpdate[], options: PushScanOptions): Promise<PushScan> {
  const { cwd } = options;
  // Branch-only pushes (nearly all) need no git call to know their tips are commits.
  const branchTips = branchTipTypes(updates);
  const peeling = branchTips ? Promise.resolve(branchTips) : peelObjects(updates.flatMap((update) => [update.newId, update.oldId]), { cwd });
  peeling.catch(() => undefined); // awaited below; this only stops an early failure counting as unhandled
  const judge = await options.judge;
  const findings: Finding[] = [];
  const keep = (finding: Finding | undefined): void => {
    if (finding) findings.push(finding);
  };
  for (const update of updates) {
    if (isZeroId(update.newId)) continue; // a deletion carries nothing
    for (const evidence of detectRefEvidence({ name: update.ref, target: update.newId }, judge.catalog)) keep(judge.judge(evidence));
  }
  const revisions = pushedRevisions(updates, await peeling, options.exclude);
  const commits: string[] = [];
  const subjects = new Map<string, string>();
  if (revisions) {
    for await (const { commit, added } of readPushedCommits(revisions, { cwd })) {
      commits.push(commit.id);
      subjects.set(commit.id, (commit.decodedMessage ?? commit.message).split('\n', 1)[0] ?? '');
      for (const evidence of detectCommitEvidence(commit, judge.catalog)) keep(judge.judge(evidence));
      for (const record of added) for (const evidence of detectPathEvidence(record, judge.catalog)) keep(judge.judge(evidence));
    }
  }
  // Tag messages and notes carry text no commit shows.
  for await (const record of readPushedAnnotations(updates, { cwd })) for (const evidence of detectAnnotationEvidence(record, judge.catalog)) keep(judge.judge(evidence));
  return { findings, commits, subjects };
}
