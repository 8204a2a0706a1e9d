/** @fileoverview The CSV report: one row per finding (RFC 4180), safe to open in a spreadsheet. */
import { escapeBlock } from '../text/control-characters.js';
import type { Finding } from '../model/finding.js';
import type { ScanResult, ToolInfo } from '../model/scan-result.js';
import { auditSourceOf } from '../audit-source.js';
import { describeDecidedBy } from '../policy/describe-decision.js';
import { lookUpCatalog, type CatalogLookup } from '../catalog-lookup.js';
import type { ReportContext } from './reporter.js';
import { renderWhole, type ReportHead, type ReportStream } from './report-stream.js';

/**
 * The header row, in order. The first 19 columns are the fleet columns; `repository` (which repository a commit
 * or file is in, needed once an audit spans `--root` trees), `date` and `policy_layers` (every policy layer
 * that applied, as `layer file` joined by `; `) follow, so the listed columns keep their positions. Then the run
 * (machine id, OS release, run id, UTC start time, versions, policy digest), the same on every row so rows from
 * many hosts can be concatenated, and for commit findings the author, committer, subject and the refs that
 * contain the commit (joined by a space). `host` and `os` come from the run for a repository scan.
 */
export const CSV_COLUMNS = [
  'host',
  'os',
  'user',
  'source',
  'assistant',
  'assistant_name',
  'signature',
  'kind',
  'strength',
  'verdict',
  'decided_by',
  'commit',
  'ref',
  'path',
  'line',
  'pid',
  'extension_id',
  'evidence',
  'fingerprint',
  'repository',
  'date',
  'policy_layers',
  'machine_id',
  'os_version',
  'run_id',
  'run_time',
  'aiguard_version',
  'catalog_version',
  'policy_digest',
  'author_name',
  'author_email',
  'author_date',
  'committer_name',
  'committer_email',
  'committer_date',
  'subject',
  'refs',
  'model',
  'model_as_written',
  'provider',
] as const;

type CsvColumn = (typeof CSV_COLUMNS)[number];

// OWASP CSV injection: spreadsheets run a cell that starts with one of these as a formula, and they trim leading
// blanks and line breaks first (` =1+1` and `\n=1+1` run too).
const FORMULA_START = /^[\s\u00A0]*[=+\-@]|^[\t\r\n]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * Renders a scan result as CSV per RFC 4180: a header row ({@link CSV_COLUMNS}), then one row per finding in the
 * result's order, CRLF after every row. A field holding a comma, quote, CR or LF is quoted, quotes doubled. A
 * field that a spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`, tab or CR) gets a leading
 * `'` first, as OWASP advises; evidence comes from hostile repositories. Empty where a column does not apply
 * (`host`, `os`, `source` for a repository scan; `pid` for a commit). A scan with no findings is the header
 * alone. UTF-8 with no byte-order mark.
 *
 * @example
 * ```text
 * host,os,user,source,assistant,assistant_name,signature,kind,strength,verdict,decided_by,commit,ref,path,line,pid,extension_id,evidence,fingerprint,repository,date,policy_layers
 * ,,,,claude-code,Claude Code,claude-code/claude-md,repo-path,strong,block,repository policy /work/repo/.aiguard.json (assistants.claude-code: block),,,CLAUDE.md,,,,CLAUDE.md,0d1f6c2b9a8e7d6c5b4a39281706f5e4,/work/repo,,repository /work/repo/.aiguard.json
 * ,,,,claude-code,Claude Code,claude-code/co-author-trailer,commit-trailer,strong,info,…,3f2a9c1d…,,,5,,,Co-Authored-By: Claude Opus 4.6 <noreply@anthropic.com>,c3e8…,/work/repo,2025-11-03T14:22:09+01:00,repository /work/repo/.aiguard.json
 * ```
 */
export function renderCsv(result: ScanResult, context: Pick<ReportContext, 'assistants'> & Partial<Pick<ReportContext, 'tool'>>): string {
  return renderWhole(openCsv, result, context);
}

/** The CSV report written as findings arrive: the header row, then one row per finding; nothing at the end. */
export function openCsv(head: ReportHead, { assistants, tool }: Pick<ReportContext, 'assistants'> & Partial<Pick<ReportContext, 'tool'>>): ReportStream {
  const catalog = lookUpCatalog(assistants);
  const policyLayers = head.policy.layers.map(({ layer, file }) => `${layer} ${file}`).join('; ');
  const row = (fields: readonly string[]): string => `${fields.map(csvField).join(',')}\r\n`;
  return {
    begin: () => row(CSV_COLUMNS),
    finding: (finding) => row(CSV_COLUMNS.map((column) => cell(head, finding, column, catalog, policyLayers, tool))),
    end: () => '',
  };
}

function cell(result: ReportHead, finding: Finding, column: CsvColumn, catalog: CatalogLookup, policyLayers: string, tool: ToolInfo | undefined): string {
  const { location, commit } = finding;
  const { run } = result;
  const workstation = result.target.kind === 'workstation' ? result.target : undefined;
  const values: Record<CsvColumn, string | number | undefined> = {
    host: workstation?.host ?? run?.host,
    os: workstation?.os ?? (run ? `${run.os} ${run.osVersion}` : undefined),
    user: location.user,
    source: workstation ? auditSourceOf(finding) : undefined,
    assistant: finding.assistant,
    assistant_name: catalog.assistant(finding.assistant)?.name ?? finding.assistant,
    signature: finding.signature,
    kind: finding.kind,
    strength: finding.strength,
    verdict: finding.verdict,
    decided_by: describeDecidedBy(finding.decidedBy),
    commit: location.commit,
    ref: location.ref,
    path: location.path,
    line: location.line,
    pid: location.pid,
    extension_id: location.extensionId,
    evidence: finding.excerpt,
    model: finding.models?.map((model) => model.id).join(' + ') ?? finding.model?.id,
    model_as_written: finding.models?.map((model) => model.written).join(' + ') ?? finding.model?.written,
    provider: finding.provider,
    fingerprint: finding.fingerprint,
    repository: location.repository,
    date: finding.date,
    policy_layers: policyLayers,
    machine_id: run?.machineId,
    os_version: run?.osVersion,
    run_id: run?.runId,
    run_time: run?.startedAt,
    aiguard_version: tool?.version,
    catalog_version: tool?.catalogVersion,
    policy_digest: run?.policyDigest,
    author_name: commit?.authorName,
    author_email: commit?.authorEmail,
    author_date: commit?.authorDate,
    committer_name: commit?.committerName,
    committer_email: commit?.committerEmail,
    committer_date: commit?.committerDate,
    subject: commit?.subject,
    refs: commit?.refs?.join(' '),
  };
  const value = values[column];
  return value === undefined ? '' : String(value);
}

/** One field: neutralised against formula injection, then quoted if RFC 4180 requires it. */
export function csvField(value: string): string {
  // Control characters (ESC, BEL, VT, FF) in a path would drive the terminal of whoever `cat`s the file.
  const printable = escapeBlock(value);
  const safe = FORMULA_START.test(printable) ? `'${printable}` : printable;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
