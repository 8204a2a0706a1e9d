/**
 * @fileoverview The lean entry point git hooks import (`@aiguard/core/git-hooks`): only the catalog, detectors,
 * policy and git sources a hook needs, none of the reports, audit or watch code, so a hook starts fast.
 * Everything here is also exported from the main entry point.
 */

export type { Evidence, Location } from './model/evidence.js';
export type { Finding, Verdict } from './model/finding.js';
export type { Policy, PolicyLayerName } from './model/policy.js';
export type { CommitRecord, PathRecord } from './model/records.js';
export type { CompiledCatalog } from './detectors/compiled-catalog.js';
export type { Evaluation } from './policy/evaluate.js';
export type { AncestorProcess, ProcessAncestryOptions } from './sources/process-ancestry.js';
export type { RuntimeRecords } from './detectors/runtime-evidence.js';
export type { PushedCommit, PushedCommits, RefUpdate } from './sources/git-push.js';
export type { RepositoryInfo } from './sources/git-repository.js';

/** Every assistant the catalog knows. */
export { CATALOG } from './catalog/index.js';
/** Indexes a catalog by signature kind. */
export { compileCatalog } from './detectors/compiled-catalog.js';
/** Trailers and markers in a commit message. */
export { detectMessage } from './detectors/commit-message.js';
/** Repository records to evidence. */
export { detectAnnotationEvidence, detectCommitEvidence, detectPathEvidence, detectRefEvidence, fingerprint } from './detectors/repository-evidence.js';
/** Spawned-process markers and assistant parents of the running hook. */
export { detectRuntimeEvidence, isSpawnedMarkerName, SPAWNED_PROCESS_MARKERS } from './detectors/runtime-evidence.js';
/** Policy loading and evaluation. */
export { loadPolicy } from './sources/policy-files.js';
export { effectiveMinStrength, evaluateEvidenceWithLayer } from './policy/evaluate.js';
export { Suppressor } from './policy/suppressions.js';
/** Git sources. */
export { GitError, runGit } from './sources/git-command.js';
export { findRepository } from './sources/git-repository.js';
export { branchTipTypes, isZeroId, parsePrePushInput, parsePreReceiveInput, peelObjects, pushedRevisions, readPushedCommits, readStagedAdditions } from './sources/git-push.js';
/** Annotated tag messages and notes a push brings. */
export { readPushedAnnotations } from './sources/git-annotations.js';
export { parseProcStat, parsePsLine, readProcessAncestry } from './sources/process-ancestry.js';
/** The short, control-character-safe excerpt reports show. */
export { makeExcerpt } from './text/excerpt.js';
/** Escaping of control characters in what hooks print. */
export { escapeBlock, escapeLine } from './text/control-characters.js';
