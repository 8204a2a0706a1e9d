/**
 * @fileoverview The lean entry point git hooks import (`@aiguard/core/git-hooks`): the hook judge, the push scan and
 * the git sources a hook needs, none of the reports, audit or watch code, so a hook starts fast.
 */

export type { Evidence, Location } from './model/evidence.js';
export type { DecidedBy, Finding, Verdict } from './model/finding.js';
export type { BreakGlassMode, Policy, PolicyLayerName } from './model/policy.js';
export type { CommitRecord, PathRecord } from './model/records.js';
export type { CompiledCatalog } from './detectors/compiled-catalog.js';
export type { HookJudge, HookJudgeOptions } from './hook-judge.js';
export type { PushScan, PushScanOptions } from './push-scan.js';
export type { RefUpdate } from './sources/git-push.js';
export type { RepositoryInfo } from './sources/git-repository.js';

/** Every assistant the catalog knows, and the one lookup by id. */
export { CATALOG } from './catalog/index.js';
export { lookUpCatalog } from './catalog-lookup.js';
/** The folded form of look-alike text and the characters that made it differ, for hook messages. */
export { describeHiddenCharacters } from './text/hidden-characters.js';
/** Evidence in a message about to be committed, and in the paths a commit adds. */
export { detectMessageEvidence, detectPathEvidence } from './detectors/repository-evidence.js';
/** The hook's verdict engine (policy layers of the repository) and the evidence that git runs inside an assistant. */
export { createHookJudge, judgeRuntime } from './hook-judge.js';
/** Everything a push carries, judged: pre-push and pre-receive. */
export { scanPush } from './push-scan.js';
/** Whether the managed policy lets a pusher break glass on the server. */
export { breakGlassPermission } from './policy/break-glass.js';
export type { BreakGlassPermission } from './policy/break-glass.js';
/** A structured `decidedBy` as people read it. */
export { describeDecidedBy } from './policy/describe-decision.js';
/** Git sources. */
export { GitError, runGit, SAFE_GIT_CONFIG } from './sources/git-command.js';
export { findRepository } from './sources/git-repository.js';
export { isZeroId, parsePrePushInput, parsePreReceiveInput, peelObjects, readStagedAdditions } from './sources/git-push.js';
/** Escaping of control characters in what hooks print. */
export { escapeBlock, escapeLine } from './text/control-characters.js';
/** The look-alike folding detection applies, for strip mode's check that a line is only the marker. */
export { foldLookalikes } from './text/lookalikes.js';
