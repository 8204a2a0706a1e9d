/**
 * @fileoverview The public API of @aiguard/core: what the CLI and the editor extension use, explicit named exports
 * only. Core's own tests and the repository's end-to-end tests reach everything else through internal.ts.
 */

// Model: types only.
export type { Assistant } from './model/assistant.js';
export type { Platform, Signature } from './model/signature.js';
export type { DecidedBy, Finding, Verdict } from './model/finding.js';
export type { Policy, PolicyDocument } from './model/policy.js';
export type { CommitRecord, PathRecord } from './model/records.js';
export type { ScanResult, ToolInfo } from './model/scan-result.js';

// Catalog.
/** Every assistant the catalog knows, sorted by id, and the catalog's version. */
export { CATALOG, CATALOG_VERSION } from './catalog/index.js';

/** Assistants and signatures by id, with the labels reports and the editor show. */
export { lookUpCatalog } from './catalog-lookup.js';
export type { CatalogLookup } from './catalog-lookup.js';

// Detectors: pure functions of records and the compiled catalog.
/** Indexes a catalog by signature kind; build once, pass to every detector. */
export { compileCatalog } from './detectors/compiled-catalog.js';
export type { CompiledCatalog } from './detectors/compiled-catalog.js';
/** Assistant CLIs a terminal command line starts (`claude`, `npx @openai/codex`), as evidence. */
export { detectCommandEvidence } from './detectors/kinds/command.js';
/** Marker files for editors' activation events, from the catalog's strong repo-path signatures. */
export { workspaceMarkerGlobs } from './workspace-markers.js';
/** Repository records to evidence, with stable fingerprints. */
export { detectCommitEvidence, detectMessageEvidence, detectPathEvidence } from './detectors/repository-evidence.js';

// Policy.
/** Parses a policy file's text; throws PolicyError with file, JSON path and problem. */
export { parsePolicy, PolicyError } from './policy/parse-policy.js';
/** The policy's JSON Schema, generated from the one shape description (policy-schema.ts) that parsePolicy validates by. */
export { POLICY_SCHEMA_ID } from './policy/policy-json-schema.js';
/** The one verdict engine every surface asks: layers, strength floors, ban dates, ignores and the baseline. */
export { createEnforcer } from './policy/enforcer.js';
export type { Enforcer } from './policy/enforcer.js';
/** A structured `decidedBy` as people read it. */
export { describeDecidedBy } from './policy/describe-decision.js';
/** What the layers say about an assistant (no evidence at hand: vendor controls, `policy explain`). */
export { decideAction } from './policy/evaluate.js';
/** Baselines of accepted findings, keyed by rebase-proof fingerprints. */
export { BASELINE_FILE, createBaseline } from './policy/baseline.js';
/** What ignores and baselines did in a run: used, unused, expired or forbidden. */
export { describeIgnore } from './policy/suppressions.js';
export type { SuppressionReport } from './policy/suppressions.js';
/** Explains which layers were found and which decided, for `aiguard policy explain`. */
export { explainAssistant, explainLayers } from './policy/explain.js';
export type { AssistantExplanation, LayerSay, LayerStatus } from './policy/explain.js';
/** Starting points for `aiguard policy init`. */
export { POLICY_PRESETS, policyFromPreset } from './policy/presets.js';
export type { PresetName } from './policy/presets.js';

// Sources: the only code that touches the machine.
/** The repository that contains a folder. */
export { findRepository, NotARepositoryError } from './sources/git-repository.js';
/** How many commits git's commit-graph holds (an estimate for progress totals), or undefined without one. */
export { readCommitGraphCount } from './sources/commit-graph.js';
/** Drops GIT_DIR, GIT_WORK_TREE and the like, so a scan reads the folder it was given. */
export { dropRepositoryRedirects } from './sources/git-command.js';
export type { RepositoryInfo } from './sources/git-repository.js';
/** Finds and reads the policy files for a repository, and lists where each layer is looked for. */
export { loadPolicy, policyCandidates, REPOSITORY_POLICY_FILE } from './sources/policy-files.js';
/** Writes a baseline file. */
export { writeBaselineFile } from './sources/baseline-file.js';

// Scanning.
/** Scans one repository: refs, paths and history, through the policy. */
export { GIT_SOURCES, scanRepository, streamRepositoryScan } from './scan.js';
export type { FindingSink, RepositoryScan, ScanOptions, ScanProgress, StreamedScan } from './scan.js';

// Workstation audits.
export type { AuditSource, UserHome } from './model/audit.js';
/** Every audit source, in report order. */
export { AUDIT_SOURCES } from './model/audit.js';
/** Audits the workstation (homes, processes, extensions, packages, env, vendor controls, repositories under roots). */
export { auditWorkstation } from './audit.js';
export type { AuditOptions } from './audit.js';
/** Hashes user names, host and home paths in an audit result with a per-organisation salt. */
export { redactAuditResult, REDACT_SALT_ENV } from './audit-redact.js';
/** An installed editor extension to evidence, as the audit reads it (the editor judges its own extensions with it). */
export { detectExtensionEvidence } from './detectors/workstation-evidence.js';
/** The users whose homes an audit or watch reads. */
export { listUsers } from './sources/home-folders.js';
/** Watches users' config and extension folders and --root trees; reports banned assistants as they appear. */
export { watchWorkstation } from './audit-watch.js';
export type { WatchReport } from './audit-watch.js';

// Reports: pure functions from a result to text.
/** Report renderers by format, and how many rows per assistant the text report shows unless told. */
export { collectTextRows, DEFAULT_TEXT_LIMIT, junitDocument, junitTestcase, renderTextRows, REPORT_FORMATS, REPORTERS, STREAMING_REPORTERS } from './report/index.js';
export type { JunitCounts, JunitSuite } from './report/index.js';
export type { ReportFormat, ReportHead, ReportStream, ReportTail, StreamingFormat, StreamingReporter, TextLayout, TextRows } from './report/index.js';

// Text helpers that reports and shells share.
/** The closest known name to a misspelt one, for "did you mean" hints. */
export { closestMatch } from './text/closest-match.js';
/** The short, control-character-safe excerpt reports show. */
export { makeExcerpt } from './text/excerpt.js';

// Fleet: run metadata on every report, the roll-up, and exports for the engines IT already runs.
export type { RunInfo } from './model/run.js';
export type { CommitDetails } from './model/evidence.js';
/** The machine's stable id (Linux /etc/machine-id, macOS IOPlatformUUID, Windows MachineGuid); watch lines carry it. */
export { readMachineId } from './sources/machine-identity.js';
/** Rolls many hosts' reports up into one offline HTML page and a host CSV. */
export { buildFleetReport } from './fleet/fleet-report.js';
export type { FleetReportResult } from './fleet/fleet-report.js';
export type { FleetHost, FleetInputProblem } from './fleet/fleet-model.js';
export { expandReportInputs } from './sources/report-files.js';
/** The SQLite tables an audit is written to (`--format sqlite`), shared with the osquery and Fleet exports. */
export { FINDING_COLUMNS, findingRow, RUN_COLUMNS, runRow, SQLITE_SCHEMA_VERSION, sqliteSchema } from './fleet/sqlite-tables.js';
/** osquery, Fleet, Jamf, Intune, systemd and launchd exports generated from the catalog and the policy. */
export { OSQUERY_PLATFORM, osqueryDetections } from './fleet/osquery-queries.js';
export { DEFAULT_DATABASE, renderFleetGitops, renderOsqueryAtc, renderOsqueryPack } from './fleet/engine-exports.js';
export { renderIntuneDetection, renderIntuneRemediation, renderJamfExtensionAttribute } from './fleet/mdm-scripts.js';
export { renderLaunchdPlists, renderSystemdUnits } from './fleet/schedule-units.js';
/** Vendor controls from the policy: VS Code AllowedExtensions and Claude Code managed settings. */
export { allowedExtensions, renderVscodePolicy, VSCODE_POLICY_FORMATS } from './fleet/vscode-policy-export.js';
export { claudeCodeManagedSettings } from './fleet/claude-code-settings-export.js';
