/**
 * @fileoverview Everything core has, for core's own tests, the repository's end-to-end tests and benchmarks. Not a
 * package export: callers outside this repository use index.ts (the public API) or git-hooks.ts.
 */

// Model: types only.
export type { Assistant, ModelProvider } from './model/assistant.js';
export type {
  CommandSignature,
  ConfigContentSignature,
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
export { SIGNATURE_KINDS } from './detectors/kinds/index.js';
/** Strengths from weakest to strongest. */
export { STRENGTH_ORDER } from './model/signature.js';
export type { Evidence, Location } from './model/evidence.js';
export type { DecidedBy, Finding, Verdict } from './model/finding.js';
export type { BreakGlassMode, Policy, PolicyAction, PolicyDocument, PolicyIgnore, PolicyLayer, PolicyLayerName } from './model/policy.js';
/** Policy layer names from strongest (managed) to weakest (cli). */
export { POLICY_LAYER_ORDER } from './model/policy.js';
export type { CommitRecord, PathRecord, RefRecord } from './model/records.js';
export type { PolicyInfo, ScanResult, ScanSummary, ScanTarget, ToolInfo } from './model/scan-result.js';

// Catalog.
/** Every assistant the catalog knows, sorted by id, and the catalog's version. */
export { CATALOG, CATALOG_VERSION } from './catalog/index.js';

/** Assistants and signatures by id, with the labels reports and the editor show. */
export { lookUpCatalog } from './catalog-lookup.js';
export type { CatalogLookup } from './catalog-lookup.js';

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
/** Assistant CLIs a terminal command line starts (`claude`, `npx @openai/codex`), as evidence. */
export { detectCommandEvidence } from './detectors/kinds/command.js';
/** Marker files for editors' activation events, from the catalog's strong repo-path signatures. */
export { workspaceMarkerGlobs } from './workspace-markers.js';
/** Runs one signature example through the real detector of its kind. */
export { matchesExample } from './detectors/example.js';
/** Repository records to evidence, with stable fingerprints. */
export { detectCommitEvidence, detectConfigEvidence, detectMessageEvidence, detectPathEvidence, detectRefEvidence, fingerprint } from './detectors/repository-evidence.js';
/** Settings inside assistants' config files: which files to read and which lines show a model provider. */
export { detectConfigContent, isConfigFile } from './detectors/config-content.js';
export type { ConfigContentMatch } from './detectors/config-content.js';

// Policy.
/** Parses a policy file's text; throws PolicyError with file, JSON path and problem. */
export { catalogPolicyVocabulary, isCalendarDate, parsePolicy, PolicyError } from './policy/parse-policy.js';
export type { PolicyVocabulary } from './policy/parse-policy.js';
/** The policy's JSON Schema, generated from the one shape description (policy-schema.ts) that parsePolicy validates by. */
export { POLICY_SCHEMA_ID, policyJsonSchema } from './policy/policy-json-schema.js';
/** The one verdict engine every surface asks: layers, strength floors, ban dates, ignores and the baseline. */
export { createEnforcer } from './policy/enforcer.js';
export type { Enforcer, EnforcerOptions } from './policy/enforcer.js';
/** A structured `decidedBy` as people read it. */
export { describeDecidedBy } from './policy/describe-decision.js';
/** What the layers say about an assistant (no evidence at hand: vendor controls, `policy explain`). */
export { decideAction, layerRule, layerVerdicts, strictestVerdict } from './policy/evaluate.js';
export type { DecisionSubject, EvaluationContext, LayerVerdict, PolicyDecision } from './policy/evaluate.js';
/** Baselines of accepted findings, keyed by rebase-proof fingerprints. */
export { BASELINE_FILE, BASELINE_VERSION, createBaseline, parseBaseline, renderBaseline, summarizeLocation } from './policy/baseline.js';
export type { Baseline, BaselineEntry } from './policy/baseline.js';
/** What ignores and baselines did in a run: used, unused, expired or forbidden. */
export { describeIgnore } from './policy/suppressions.js';
export type { IgnoreUse, SuppressionReport } from './policy/suppressions.js';
/** Explains which layers were found and which decided, for `aiguard policy explain`. */
export { explainAssistant, explainLayers } from './policy/explain.js';
export type { AssistantExplanation, LayerRefinement, LayerSay, LayerStatus } from './policy/explain.js';
/** Starting points for `aiguard policy init`. */
export { POLICY_PRESETS, policyFromPreset } from './policy/presets.js';
export type { PolicyPreset, PresetName } from './policy/presets.js';

// Sources: the only code that touches the machine.
/** Runs git with the hostile-repository-safe config every call needs. */
export { GitError, runGit, SAFE_GIT_CONFIG, startGit } from './sources/git-command.js';
export type { GitCallOptions, GitProcess } from './sources/git-command.js';
/** Streams commits from `git log` with flat memory. */
export { readGitLog } from './sources/git-log.js';
export type { GitLogOptions } from './sources/git-log.js';
/** Repository root, refs and paths. */
export { findRepository, NotARepositoryError, readRefs, readRepositoryPaths } from './sources/git-repository.js';
/** Reads the start of a config file in the working tree (never through a symlink) or at HEAD of a bare repository. */
export { CONFIG_READ_LIMIT, readRepositoryFile } from './sources/repository-file.js';
export type { RepositoryInfo } from './sources/git-repository.js';
/** Finds and reads the policy files for a repository. */
export { loadPolicy, MANAGED_POLICY_ENV, managedPolicyPaths, policyCandidates, REPOSITORY_POLICY_FILE, userPolicyPath } from './sources/policy-files.js';
export type { PolicyCandidate, PolicyLocations } from './sources/policy-files.js';
/** Reads and writes baseline files; resolves commit-based bans. */
export { readBaselineFile, writeBaselineFile } from './sources/baseline-file.js';
export { readAncestors } from './sources/commit-ancestry.js';
/** The parent chain of a process (a git hook's), for runtime evidence. */
export { parseProcStat, parsePsLine, readProcessAncestry } from './sources/process-ancestry.js';
export type { AncestorProcess, ProcessAncestryOptions } from './sources/process-ancestry.js';
/** What a push carries: ref updates from hook stdin, the revisions new to the other side, the paths they add. */
export { branchTipTypes, isZeroId, parsePrePushInput, parsePreReceiveInput, peelObjects, pushedRevisions, readPushedCommits, readStagedAdditions } from './sources/git-push.js';
export type { RefUpdate } from './sources/git-push.js';
export type { PushedCommit, PushedCommits } from './sources/git-push.js';
/** Spawned-process markers and assistant parents of the running command (git hooks). */
export { detectRuntimeEvidence, isSpawnedMarkerName, SPAWNED_PROCESS_MARKERS } from './detectors/runtime-evidence.js';
export type { RuntimeRecords } from './detectors/runtime-evidence.js';

// Scanning.
/** Scans one repository: refs, paths and history, through the policy. */
export { GIT_SOURCES, scanRepository } from './scan.js';
export type { RepositoryScan, RepositorySources, ScanOptions, ScanProgress } from './scan.js';

// Workstation audits.
export type {
  AuditDetails,
  AuditNote,
  AuditSource,
  ControlState,
  ExtensionRecord,
  HomePathRecord,
  PackageRecord,
  ProcessRecord,
  UserHome,
  VendorControl,
} from './model/audit.js';
/** Every audit source, in report order. */
export { AUDIT_SOURCES } from './model/audit.js';
/** Audits the workstation (homes, processes, extensions, packages, env, vendor controls, repositories under roots). */
export { auditSourceOf, auditWorkstation, MACHINE_SOURCES } from './audit.js';
export type { AuditOptions, WorkstationSources } from './audit.js';
/** Hashes user names, host and home paths in an audit result with a per-organisation salt. */
export { redactAuditResult, redactValue, REDACT_SALT_ENV } from './audit-redact.js';
/** Workstation records to evidence; `homeProbes` lists the concrete home paths the catalog's globs need checked. */
export {
  detectEnvironmentEvidence,
  detectExtensionEvidence,
  detectHomePathEvidence,
  detectPackageEvidence,
  detectProcessEvidence,
  envNameFilter,
  extensionsNotExcluded,
  homeProbes,
  sanitizeCommandLine,
} from './detectors/workstation-evidence.js';
/** Workstation sources: users and home paths, processes, editor extensions, packages, repositories under a folder. */
export { listUsers, probeHomePaths, readUserNames, usersFromPasswd } from './sources/home-folders.js';
export type { HomeProbe, UserListOptions } from './sources/home-folders.js';
export { parsePsOutput, readProc, readProcessTable } from './sources/process-table.js';
export type { ProcessTableOptions } from './sources/process-table.js';
export { jetbrainsFolders, parseExtensionFolderName, readEditorExtensions, readManifest, VSCODE_EXTENSION_FOLDERS } from './sources/editor-extensions.js';
export { readInstalledPackages } from './sources/installed-packages.js';
export { readEnvironment } from './sources/environment.js';
export type { EnvironmentRecord } from './sources/environment.js';
export { findRepositories } from './sources/repository-walk.js';
export type { WalkOptions } from './sources/repository-walk.js';
/** Watches users' config and extension folders and --root trees; reports banned assistants as they appear. */
export { watchWorkstation } from './audit-watch.js';
export type { WatchReport, WorkstationWatchOptions } from './audit-watch.js';
/** Watches folders with chokidar and reports added and removed paths, debounced. */
export { watchFolders } from './sources/watch.js';
export type { WatchEvent, WatchHandle, WatchOptions, WatchTarget } from './sources/watch.js';

// Reports: pure functions from a result to text.
/** Report renderers by format, and each renderer. */
export {
  CSV_COLUMNS,
  escapeMarkdownCell,
  JSON_REPORT_SCHEMA_VERSION,
  JUNIT_CLEAN_TESTCASE,
  MARKDOWN_NO_POLICY,
  NDJSON_REPORT_SCHEMA_VERSION,
  NO_POLICY_NOTICE,
  renderCsv,
  renderJson,
  renderJunit,
  renderMarkdown,
  renderNdjson,
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
/** The closest known name to a misspelt one, for "did you mean" hints. */
export { closestMatch } from './text/closest-match.js';
/** The short, control-character-safe excerpt reports show. */
export { makeExcerpt } from './text/excerpt.js';
