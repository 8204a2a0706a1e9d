/** @fileoverview The public API of @aiguard/core: explicit named exports only. */

// Model: types only.
export type { Assistant, ModelProvider } from './model/assistant.js';
export type {
  EnvSignature,
  ExtensionSignature,
  HomePathSignature,
  IdentitySignature,
  ManagedPolicySignature,
  MarkerSignature,
  NonMatchExample,
  PackageSignature,
  Platform,
  ProcessSignature,
  RefSignature,
  RepoPathSignature,
  Signature,
  SignatureExamples,
  SignatureKind,
  SignatureSource,
  Strength,
  TrailerSignature,
} from './model/signature.js';
/** Every signature kind, in report order. */
export { SIGNATURE_KINDS } from './model/signature.js';
/** Strengths from weakest to strongest. */
export { STRENGTH_ORDER } from './model/signature.js';
export type { Evidence, Location } from './model/evidence.js';
export type { Finding, Verdict } from './model/finding.js';
export type { Policy, PolicyAction, PolicyDocument, PolicyLayer } from './model/policy.js';
export type { CommitRecord, PathRecord, RefRecord } from './model/records.js';
export type { PolicyInfo, ScanResult, ScanSummary, ScanTarget, ToolInfo } from './model/scan-result.js';

// Catalog.
/** Every assistant the catalog knows, sorted by id, and the catalog's version. */
export { CATALOG, CATALOG_VERSION } from './catalog/index.js';

// Detectors: pure functions of records and the compiled catalog.
/** Indexes a catalog by signature kind; build once, pass to every detector. */
export { compileCatalog } from './detectors/compiled-catalog.js';
export type { CatalogEntry, CompiledCatalog, PathEntry } from './detectors/compiled-catalog.js';
/** Trailers and markers in a commit message (also a message about to be committed). */
export { detectMessage } from './detectors/commit-message.js';
export type { MessageMatch } from './detectors/commit-message.js';
/** Identity signatures matched by a name and email; `parseIdentity` reads `Name <email>`. */
export { detectIdentity, parseIdentity } from './detectors/commit-identity.js';
export type { Identity } from './detectors/commit-identity.js';
/** Branch and notes ref signatures matched by a full ref name. */
export { branchName, detectRef } from './detectors/refs.js';
/** Repo-path signatures matched by a repo-relative path. */
export { detectRepoPath } from './detectors/repo-paths.js';
/** Home-path signatures matched by a home-relative path on a platform. */
export { detectHomePath } from './detectors/home-paths.js';
/** Managed-policy signatures matched by an absolute path on a platform. */
export { detectManagedPolicyPath, normalizePlatformPath } from './detectors/managed-policies.js';
/** Process signatures matched by executable and command line. */
export { detectProcess } from './detectors/processes.js';
export type { ProcessInfo } from './detectors/processes.js';
/** Editor extension and plugin signatures matched by id. */
export { detectExtension } from './detectors/extensions.js';
/** Package signatures matched by ecosystem and name. */
export { detectPackage } from './detectors/packages.js';
/** Env-var signatures matched by name and value (values are never kept). */
export { detectEnvVar } from './detectors/environment.js';
/** Runs one signature example through the real detector of its kind. */
export { matchesExample } from './detectors/example.js';
/** Repository records to evidence, with stable fingerprints. */
export { detectCommitEvidence, detectPathEvidence, detectRefEvidence, fingerprint } from './detectors/repository-evidence.js';

// Policy.
/** Parses a policy file's text; throws PolicyError with file, JSON path and problem. */
export { parsePolicy, PolicyError } from './policy/parse-policy.js';
/** Applies a policy to evidence. */
export { decideAction, effectiveMinStrength, evaluateEvidence } from './policy/evaluate.js';
export type { PolicyDecision } from './policy/evaluate.js';

// Sources: the only code that touches the machine.
/** Runs git with the hostile-repository-safe config every call needs. */
export { GitError, runGit, SAFE_GIT_CONFIG, startGit } from './sources/git-command.js';
export type { GitCallOptions, GitProcess } from './sources/git-command.js';
/** Streams commits from `git log` with flat memory. */
export { readGitLog } from './sources/git-log.js';
export type { GitLogOptions } from './sources/git-log.js';
/** Repository root, refs and paths. */
export { findRepository, NotARepositoryError, readRefs, readRepositoryPaths } from './sources/git-repository.js';
export type { RepositoryInfo } from './sources/git-repository.js';
/** Finds and reads the policy files for a repository. */
export { loadPolicy, REPOSITORY_POLICY_FILE } from './sources/policy-files.js';
export type { PolicyLocations } from './sources/policy-files.js';

// Scanning.
/** Scans one repository: refs, paths and history, through the policy. */
export { GIT_SOURCES, scanRepository } from './scan.js';
export type { RepositoryScan, RepositorySources, ScanOptions, ScanProgress } from './scan.js';

// Reports: pure functions from a result to text.
/** Report renderers by format, and each renderer. */
export {
  JSON_REPORT_SCHEMA_VERSION,
  NO_POLICY_NOTICE,
  renderJson,
  renderSarif,
  renderText,
  REPORT_FORMATS,
  REPORTERS,
  SARIF_FINGERPRINT_KEY,
  SARIF_LEVELS,
  SARIF_SCHEMA_URI,
} from './report/index.js';
export type { Reporter, ReportContext, ReportFormat, TextReportOptions } from './report/index.js';

// Text helpers that reports and shells share.
/** Folds Unicode look-alikes and invisible characters for matching. */
export { foldLookalikes } from './text/lookalikes.js';
/** The short, control-character-safe excerpt reports show. */
export { makeExcerpt } from './text/excerpt.js';
