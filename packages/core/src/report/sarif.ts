/** @fileoverview The SARIF 2.1.0 report, for GitHub code scanning and other SARIF viewers. */
import { incompleteScope } from './incomplete-history.js';
import { isAbsolute, join } from 'node:path';
import { describeModel } from './finding-model.js';
import { pathToFileURL } from 'node:url';
import type { Finding, Verdict } from '../model/finding.js';
import type { ScanResult } from '../model/scan-result.js';
import type { Signature, Strength } from '../model/signature.js';
import { describeDecidedBy } from '../policy/describe-decision.js';
import { lookUpCatalog, type CatalogLookup } from '../catalog-lookup.js';
import type { ReportContext } from './reporter.js';
import { indentedJson, renderWhole, type ReportHead, type ReportStream } from './report-stream.js';

/** The `$schema` every SARIF report names. */
export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

/** The `partialFingerprints` key; bump its version if the fingerprint recipe ever changes. */
export const SARIF_FINGERPRINT_KEY = 'aiguard/v1';

/** SARIF result levels by verdict. */
export const SARIF_LEVELS = { block: 'error', warn: 'warning', info: 'note' } as const satisfies Record<Verdict, string>;

const LEVEL_SEVERITY = { error: 2, warning: 1, note: 0 } as const;

const POLICY_HELP = 'The level comes from the aiguard policy; each result names the policy layer that decided it.';

const VERDICT_WORDS: Record<Verdict, string> = { block: 'Blocked', warn: 'Warning', info: 'Info' };

const STRENGTH_MEANINGS: Record<Strength, string> = {
  strong: 'only this assistant leaves it',
  shared: 'several tools leave it, so it shows that some assistant was used, not which',
  weak: 'people leave it too, so on its own it never blocks',
};

/**
 * Renders a scan result as a SARIF 2.1.0 log with one run. Each signature that has findings becomes a rule;
 * each finding a result whose `partialFingerprints` carry the rebase-stable fingerprint. Repository paths are
 * physical locations relative to `SRCROOT` (the repository root). Commits and refs have no file: they are
 * logical locations, with the commit, ref and message line also in the result's `properties`, plus a physical
 * location on the sentinel URI {@link NO_FILE_URI}. GitHub code scanning rejects a whole upload when one result
 * lacks `physicalLocation.artifactLocation.uri`; OSSF Scorecard anchors its repository-level results to this
 * same sentinel, and GitHub shows them as alerts with no file.
 *
 * @example
 * ```json
 * { "$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0", "runs": [{
 *     "results": [{ "ruleId": "claude-code/claude-md", "ruleIndex": 0, "level": "error",
 *       "message": { "text": "Blocked: Claude Code (Anthropic) evidence in CLAUDE.md. Decided by …" },
 *       "locations": [{ "physicalLocation": { "artifactLocation": { "uri": "CLAUDE.md", "uriBaseId": "SRCROOT" } } }],
 *       "partialFingerprints": { "aiguard/v1": "9c4e…" } }],
 *     "tool": { "driver": { "name": "aiguard", "rules": [{ "id": "claude-code/claude-md", … }] } } }] }
 * ```
 */
export function renderSarif(result: ScanResult, context: Pick<ReportContext, 'tool' | 'assistants'>): string {
  return renderWhole(openSarif, result, context);
}

/**
 * The SARIF log written as findings arrive. Member order is free in JSON, so the run's `results` come first and its
 * `tool` (the rules, each with the strictest level its results had) after them; rules are listed in the order their
 * first result appeared, which is what `ruleIndex` counts.
 */
export function openSarif(head: ReportHead, { tool, assistants }: Pick<ReportContext, 'tool' | 'assistants'>): ReportStream {
  const catalog = lookUpCatalog(assistants);
  const rules = new Map<string, RuleSeen>();
  const isAudit = head.target.kind === 'workstation';
  let count = 0;
  return {
    begin: () => `{\n  "$schema": ${JSON.stringify(SARIF_SCHEMA_URI)},\n  "version": "2.1.0",\n  "runs": [\n    {\n      "results": [`,
    finding: (finding) => {
      let seen = rules.get(finding.signature);
      if (!seen) rules.set(finding.signature, (seen = { index: rules.size, sample: finding, level: SARIF_LEVELS[finding.verdict] }));
      // Policy decides per assistant, so a signature's findings share a level; take the strictest to be safe.
      else if (LEVEL_SEVERITY[SARIF_LEVELS[finding.verdict]] > LEVEL_SEVERITY[seen.level]) seen.level = SARIF_LEVELS[finding.verdict];
      return `${count++ === 0 ? '' : ','}\n        ${indentedJson(sarifResult(finding, seen.index, catalog, isAudit), 4)}`;
    },
    end: () => {
      const rest = {
        tool: {
          driver: {
            name: tool.name,
            version: tool.version,
            semanticVersion: tool.version,
            informationUri: tool.informationUri,
            rules: [...rules].map(([id, seen]) => rule(id, seen, catalog)),
            properties: { catalogVersion: tool.catalogVersion },
          },
        },
        invocations: [
          {
            executionSuccessful: true,
            ...(head.target.kind === 'repository' && incompleteScope(head.target).length > 0
              ? { toolExecutionNotifications: incompleteScope(head.target).map((text) => ({ level: 'warning', message: { text } })) }
              : {}),
          },
        ],
        ...(head.target.kind === 'repository' ? { originalUriBaseIds: { SRCROOT: { uri: directoryUri(head.target.path) } } } : {}),
        properties: { policy: { found: head.policy.found, layers: head.policy.layers.map(({ layer, file }) => ({ layer, file })) } },
      };
      // The run's other members, spliced in after `results` at the run object's indentation.
      const members = indentedJson(rest, 2).slice(1, -'\n    }'.length);
      return `${count === 0 ? '' : '\n      '}],${members}\n    }\n  ]\n}\n`;
    },
  };
}

/** A signature with results so far: its place in `rules`, the finding that describes it, the strictest level. */
interface RuleSeen {
  readonly index: number;
  readonly sample: Finding;
  level: (typeof SARIF_LEVELS)[Verdict];
}

function rule(id: string, { sample, level }: RuleSeen, catalog: CatalogLookup): object {
  const signature = catalog.signature(id);
  const description = catalog.signatureDescription(id);
  const evidenceOf = `Evidence of ${catalog.assistantLabel(sample.assistant)}; strength ${sample.strength}: ${STRENGTH_MEANINGS[sample.strength]}.`;
  return {
    id,
    name: ruleName(id),
    shortDescription: { text: description },
    fullDescription: { text: `${description} ${evidenceOf}` },
    helpUri: helpUri(signature),
    // GitHub code scanning requires `help` and shows it under the alert.
    help: { text: `${description} ${evidenceOf}\n\n${POLICY_HELP}` },
    defaultConfiguration: { level },
    properties: { assistant: sample.assistant, strength: sample.strength, kind: sample.kind, tags: ['ai-coding-assistant', sample.assistant, sample.kind] },
  };
}

function sarifResult(finding: Finding, ruleIndex: number, catalog: CatalogLookup, isAudit = false): object {
  const { commit, ref, line, role, pid, user, extensionId } = finding.location;
  // An audit spans many repositories, so their files are made absolute instead of relative to one SRCROOT.
  const repository = finding.location.repository;
  const path = isAudit && repository !== undefined && finding.location.path !== undefined && !isAbsolute(finding.location.path) ? join(repository, finding.location.path) : finding.location.path;
  return {
    ruleId: finding.signature,
    ruleIndex,
    level: SARIF_LEVELS[finding.verdict],
    message: { text: message(finding, catalog) },
    locations: [path !== undefined ? physicalLocation(path, line) : logicalLocation(commit, ref, pid)].filter((location) => location !== undefined),
    partialFingerprints: { [SARIF_FINGERPRINT_KEY]: finding.fingerprint },
    properties: {
      assistant: finding.assistant,
      model: finding.model?.id,
      modelAsWritten: finding.model?.written,
      models: finding.models?.map((model) => model.id),
      provider: finding.provider,
      signatures: finding.signatures?.map((seen) => seen.signature),
      strength: finding.strength,
      verdict: finding.verdict,
      decidedBy: describeDecidedBy(finding.decidedBy),
      commit,
      ref,
      // A commit's line is in its message, which has no artifact URI to carry a region.
      messageLine: path === undefined ? line : undefined,
      role,
      date: finding.date,
      pid,
      user,
      extensionId,
    },
  };
}

function message(finding: Finding, catalog: CatalogLookup): string {
  const { path, ref } = finding.location;
  // A path or ref finding's evidence is its own name; quoting it again says nothing.
  const evidence = finding.excerpt === (path ?? ref) ? '' : `: "${finding.excerpt}"`;
  const model = describeModel(finding);
  return `${VERDICT_WORDS[finding.verdict]}: ${catalog.assistantLabel(finding.assistant)} evidence${model ? ` (${model})` : ''} in ${place(finding)}${evidence}. Decided by ${describeDecidedBy(finding.decidedBy)}.`;
}

function place(finding: Finding): string {
  const { commit, ref, path, line } = finding.location;
  if (path !== undefined) return `${path}${line !== undefined ? ` line ${line}` : ''}${commit !== undefined ? ` (added in commit ${commit})` : ''}`;
  if (commit !== undefined) return `commit ${commit}${commitSummary(finding)}${line !== undefined ? `, message line ${line}` : ''}`;
  if (ref !== undefined) return `ref ${ref}`;
  if (finding.location.pid !== undefined) return `process ${finding.location.pid}`;
  return "the audit's environment";
}

/** ` ("subject" by Ana Human, 2025-11-03)`: what a reader needs to find the commit without opening git. */
function commitSummary(finding: Finding): string {
  const details = finding.commit;
  return details ? ` ("${details.subject}" by ${details.authorName}, ${details.authorDate.slice(0, 10)})` : '';
}

function physicalLocation(path: string, line: number | undefined): object {
  // Machine files (audits) are absolute; repository files are relative to SRCROOT.
  const artifactLocation = isAbsolute(path) ? { uri: pathToFileURL(path).href } : { uri: relativeUri(path), uriBaseId: 'SRCROOT' };
  return { physicalLocation: { artifactLocation, region: line !== undefined ? { startLine: line } : undefined } };
}

/**
 * The artifact URI for results that belong to no file (commits, refs): OSSF Scorecard's sentinel, with its
 * spaces percent-encoded, because a raw space is not a valid URI reference and fails SARIF validation.
 */
export const NO_FILE_URI = encodeURI('no file associated with this alert');

function logicalLocation(commit: string | undefined, ref: string | undefined, pid?: number): object | undefined {
  const noFile = { artifactLocation: { uri: NO_FILE_URI }, region: { startLine: 1 } };
  if (pid !== undefined) return { physicalLocation: noFile, logicalLocations: [{ name: `pid ${pid}`, fullyQualifiedName: `process:${pid}`, kind: 'process' }] };
  if (commit !== undefined) return { physicalLocation: noFile, logicalLocations: [{ name: commit, fullyQualifiedName: `commit:${commit}`, kind: 'commit' }] };
  if (ref !== undefined) return { physicalLocation: noFile, logicalLocations: [{ name: ref, fullyQualifiedName: `ref:${ref}`, kind: 'ref' }] };
  // Audit evidence in the audit's own environment belongs to no file and no process.
  return { physicalLocation: noFile, logicalLocations: [{ name: 'environment', fullyQualifiedName: 'environment', kind: 'environment' }] };
}

/** A repo-relative POSIX path as a relative URI reference: each segment percent-encoded (`#`, `?`, `%` included). */
function relativeUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function directoryUri(path: string): string {
  const href = pathToFileURL(path).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/** `claude-code/co-author-trailer` -> `ClaudeCodeCoAuthorTrailer`: SARIF wants a friendly name, not the id again. */
function ruleName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');
}

/** The signature's public source page (every catalog signature has one). */
function helpUri(signature: Signature | undefined): string | undefined {
  const url = signature?.source.url;
  return url !== undefined && /^https:\/\/\S+$/.test(url) ? url : undefined;
}
