/** @fileoverview The plain text report for terminals, CI logs and pipes: one line per assistant and commit, file or ref. */
import { incompleteScope } from './incomplete-history.js';
import type { Finding, Verdict } from '../model/finding.js';
import type { PolicyInfo, ScanResult, ScanSummary, ScanTarget } from '../model/scan-result.js';
import { makeExcerpt } from '../text/excerpt.js';
import { auditTextSections } from './audit-sections.js';
import { lookUpCatalog } from '../catalog-lookup.js';
import type { FindingRow, RowKind } from './finding-rows.js';
import { textRowsOf, type TextRows } from './text-rows.js';
import { describePlace } from './finding-place.js';
import { fitText, textWidth } from './text-fit.js';
import type { ReportContext, TextLayout } from './reporter.js';

/** How to render the text report: the layout a caller asks for, and colors. */
export interface TextReportOptions extends TextLayout {
  /** Wrap verdicts and names in ANSI colors. The caller decides (TTY, NO_COLOR, FORCE_COLOR); the renderer never looks. */
  readonly color: boolean;
}

/** What ignores and the baseline took out of a scan, when the result says (repository scans do). */
interface SuppressionCounts {
  readonly suppressedByIgnores: number;
  readonly suppressedByBaseline: number;
  readonly baselineFile?: string;
}

/** The exact sentence shown when a repository scan found no policy file. */
export const NO_POLICY_NOTICE = 'No policy found: every finding is reported as a warning. Add .aiguard.json or pass --policy FILE.';

/** The sentence an audit shows when no managed or user policy applies: a workstation is governed by those, not by a repository file. */
export const NO_WORKSTATION_POLICY_NOTICE =
  'No managed or user policy found: workstation findings are reported as warnings. Add /etc/aiguard/policy.json (managed) or ~/.config/aiguard/policy.json (user), or pass --policy FILE.';

/** Rows per assistant when the caller does not say. */
export const DEFAULT_TEXT_LIMIT = 20;

const VERDICTS = ['block', 'warn', 'info'] as const satisfies readonly Verdict[];
const TAGS: Record<Verdict, string> = { block: 'BLOCK', warn: 'WARN', info: 'INFO' };
const TAG_WIDTH = 5;
const SHORT_COMMIT = 10;
// Without a terminal width a subject still should not carry a line on for a paragraph.
const SUBJECT_CAP = 72;
const AUTHOR_CAP = 20;
// Below this a subject says nothing; the line is then cut at its end instead.
const MIN_SUBJECT = 24;

const ANSI = { bold: [1, 22], dim: [2, 22], red: [31, 39], yellow: [33, 39], gray: [90, 39] } as const;
type Style = keyof typeof ANSI;
const TAG_STYLES: Record<Verdict, readonly Style[]> = { block: ['red', 'bold'], warn: ['yellow'], info: ['gray'] };

/** A piece of a line and how to paint it; lines are cut to width on the plain text, then painted. */
type Segment = readonly [text: string, ...styles: Style[]];

/**
 * Renders a scan or audit result as text: a header naming the repository and the policy, then per assistant a count
 * line and one row per commit, file or ref (a commit that carries three signals of one assistant is one row), the
 * signals' meanings, and the totals. Rows are cut to `width`; every scanned string passes through
 * {@link makeExcerpt}, so a hostile path, subject or ref cannot write escape sequences to the terminal.
 *
 * @example
 * ```text
 * aiguard report for /work/repo
 * Policy: repository /work/repo/.aiguard.json
 *
 * Claude Code (Anthropic): 1 blocked, 1 warning, 1 info (1 commit, 1 file, 1 ref)
 *   BLOCK  CLAUDE.md                                                                   claude-md
 *   WARN   refs/heads/claude/x-3T29K                                                   branch
 *   INFO   3f2a9c1d0e  2025-11-03  Ana Human  Add retry budget to the request pipeline  co-author-trailer
 *   branch: claude/<slug>-<id> branch made by Claude Code on the web or the Action (a human can type it too)
 *   claude-md: CLAUDE.md memory file
 *   co-author-trailer: Co-Authored-By trailer with Anthropic's noreply address
 *
 * Scanned 42 commits, 3 refs and 17 paths.
 * Findings: 1 blocked, 1 warning, 1 info; 2 left out by policy.
 * ```
 */
export function renderText(result: ScanResult & { readonly suppressions?: SuppressionCounts }, context: Pick<ReportContext, 'assistants' | 'color' | 'text'>): string {
  return renderTextRows(result, textRowsOf(result.findings), context);
}

/**
 * The text report from rows gathered apart from the result ({@link collectTextRows} as findings stream by, so a scan
 * with many findings keeps only the rows it shows); the same text {@link renderText} gives for the same findings.
 */
export function renderTextRows(
  result: Omit<ScanResult, 'findings'> & { readonly suppressions?: SuppressionCounts },
  textRows: TextRows,
  { assistants, color, text: layout = {} }: Pick<ReportContext, 'assistants' | 'color' | 'text'>,
): string {
  const options: TextReportOptions = { ...layout, color };
  const paint = (text: string, styles: readonly Style[]): string =>
    options.color ? styles.reduce((painted, style) => `\x1b[${ANSI[style][0]}m${painted}\x1b[${ANSI[style][1]}m`, text) : text;
  const line = (segments: readonly Segment[]): string => paintSegments(segments, options.width, paint);
  const catalog = lookUpCatalog(assistants);
  const limit = options.limit ?? DEFAULT_TEXT_LIMIT;
  const isAudit = result.target.kind === 'workstation';
  const groups = textRows.groups;

  // Header and totals are sentences to read whole; the terminal wraps them. Rows are cut to the width.
  const lines = [...header(result.target, result.policy, textRows.governedRepositories), ''];
  if (groups.size === 0) lines.push('No findings.', '');
  const allCounts: Record<Verdict, number> = { block: 0, warn: 0, info: 0 };
  for (const [assistant, { rows, counts, kinds, total }] of groups) {
    for (const verdict of VERDICTS) allCounts[verdict] += counts[verdict];
    lines.push(line([[catalog.assistantLabel(assistant), 'bold'], [`: ${countWords(counts, true)} (${placeCounts(kinds)})`]]));
    if (options.summaryOnly) continue;
    const shown = limit > 0 ? rows.slice(0, limit) : rows;
    const ordered = isAudit ? byRepository(shown) : shown;
    const columns = commitColumns(ordered);
    let repository: string | undefined;
    for (const row of ordered) {
      const rowRepository = isAudit ? row.findings[0]!.location.repository : undefined;
      if (rowRepository !== undefined && rowRepository !== repository) lines.push(line([['  repository '], [makeExcerpt(rowRepository), 'bold']]));
      repository = rowRepository;
      lines.push(line(rowSegments(row, columns, options.width, isAudit)));
    }
    if (shown.length < total) lines.push(line([[`  … ${total - shown.length} more (--limit 0 lists all, --format json gives every finding)`, 'dim']]));
    for (const signature of new Set(shown.flatMap((row) => row.findings.flatMap(signaturesOf)))) {
      lines.push(line([[`  ${signalName(signature)}: `, 'dim'], [catalog.signatureDescription(signature).replace(/\.$/, ''), 'dim']]));
    }
    lines.push('');
  }
  if (options.summaryOnly && groups.size > 0) lines.push('');
  lines.push(...auditTextSections(result), ...footer(result.target, result.summary, allCounts, result.suppressions));
  return `${lines.join('\n')}\n`;
}

/** Widths shared by the commit rows of one group, so ids, dates, authors and subjects line up. */
interface CommitColumns {
  readonly author: number;
  readonly subject: number;
}

function commitColumns(rows: readonly FindingRow[]): CommitColumns {
  let author = 0;
  let subject = 0;
  for (const row of rows) {
    if (row.kind !== 'commit') continue;
    const details = row.findings[0]!.commit;
    author = Math.max(author, Math.min(AUTHOR_CAP, textWidth(makeExcerpt(details?.authorName ?? ''))));
    subject = Math.max(subject, Math.min(SUBJECT_CAP, textWidth(subjectOf(row))));
  }
  return { author, subject };
}

function rowSegments(row: FindingRow, columns: CommitColumns, width: number | undefined, isAudit: boolean): Segment[] {
  const first = row.findings[0]!;
  const tag: Segment = [TAGS[row.verdict].padEnd(TAG_WIDTH), ...TAG_STYLES[row.verdict]];
  // The model and its provider say who got the code, which a provider ban decides on: `anthropic/claude-opus-4.6`.
  const models = (first.models ?? (first.model ? [first.model] : [])).map((model) => makeExcerpt(model.provider ? `${model.provider}/${model.id}` : model.id));
  const signals = [...new Set(row.findings.flatMap(signaturesOf).map(signalName))].join(', ') + (models.length > 0 ? ` · ${models.join(' + ')}` : '');
  if (row.kind === 'commit') {
    const details = first.commit;
    const date = (details?.authorDate ?? first.date ?? '').slice(0, 10).padEnd(10);
    const author = columns.author > 0 ? `${fitText(makeExcerpt(details?.authorName ?? ''), AUTHOR_CAP).padEnd(columns.author)}  ` : '';
    const lead = `  ${first.location.commit!.slice(0, SHORT_COMMIT)}  ${date}  ${author}`;
    const used = 2 + TAG_WIDTH + textWidth(lead) + 2 + textWidth(signals);
    const subjectRoom = width === undefined ? columns.subject : Math.min(columns.subject, Math.max(MIN_SUBJECT, width - used));
    const subject = fitText(subjectOf(row), subjectRoom);
    return [['  '], tag, [lead], [subject.padEnd(subjectRoom + subject.length - textWidth(subject))], ['  '], [signals, 'dim']];
  }
  const place = makeExcerpt(describePlace(first, { commitLength: SHORT_COMMIT, withRepository: false }));
  const evidence = evidenceOf(row);
  const user = isAudit && first.location.user !== undefined ? ` (${makeExcerpt(first.location.user)})` : '';
  return [['  '], tag, [`  ${place}${user}`], ...(evidence !== '' ? [[`  ${evidence}`] as Segment] : []), ['  '], [signals, 'dim']];
}

/** A commit's subject; without commit details (an older core, a hand-made result), the evidence excerpt stands in. */
function subjectOf(row: FindingRow): string {
  const details = row.findings[0]!.commit;
  return details ? makeExcerpt(details.subject) : evidenceOf(row);
}

/** The evidence excerpt when it says more than the place does (a file or ref is its own evidence). */
function evidenceOf(row: FindingRow): string {
  const first = row.findings[0]!;
  const { path, ref, extensionId } = first.location;
  const excerpt = first.excerpt;
  if (excerpt === '' || excerpt === path || excerpt === ref || excerpt === extensionId) return '';
  if (path !== undefined && (excerpt.endsWith(`/${path}`) || path.endsWith(excerpt))) return '';
  return makeExcerpt(excerpt);
}

/** `co-author-trailer` for `claude-code/co-author-trailer`: the assistant is already the group's heading. */
function signalName(signature: string): string {
  const slash = signature.indexOf('/');
  return slash === -1 ? signature : signature.slice(slash + 1);
}

/** In an audit, rows of the machine itself first, then each repository's rows together under its name. */
function byRepository(rows: readonly FindingRow[]): FindingRow[] {
  const order = new Map<string, number>();
  for (const row of rows) {
    const repository = row.findings[0]!.location.repository ?? '';
    if (!order.has(repository)) order.set(repository, repository === '' ? -1 : order.size);
  }
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => order.get(a.row.findings[0]!.location.repository ?? '')! - order.get(b.row.findings[0]!.location.repository ?? '')! || a.index - b.index)
    .map(({ row }) => row);
}

/** Lays segments out, cutting the plain text at `width` before any color is added. */
function paintSegments(segments: readonly Segment[], width: number | undefined, paint: (text: string, styles: readonly Style[]) => string): string {
  let room = width ?? Number.POSITIVE_INFINITY;
  const total = segments.reduce((sum, [text]) => sum + textWidth(text), 0);
  const cut = total > room;
  let out = '';
  for (const [text, ...styles] of segments) {
    if (room <= 0) break;
    const size = textWidth(text);
    const shown = cut && size >= room ? fitText(`${text} `, room) : text;
    room -= textWidth(shown);
    out += paint(shown, styles);
  }
  return out.trimEnd();
}

function header(target: ScanTarget, policy: PolicyInfo, governedRepositories: number): string[] {
  const policyLine = policy.found ? `Policy: ${policy.layers.map((layer) => `${layer.layer} ${makeExcerpt(layer.file)}`).join(', ')}` : noPolicyLine(target, governedRepositories);
  if (target.kind === 'workstation') return [`aiguard audit of ${makeExcerpt(target.host)} (${makeExcerpt(target.os)})`, policyLine];
  const scope = [target.isBare ? 'bare' : '', target.range ? `range ${makeExcerpt(target.range)}` : '', target.history ? '' : 'refs and paths only', ...incompleteScope(target)].filter(Boolean);
  return [`aiguard report for ${makeExcerpt(target.path)}${scope.length > 0 ? ` (${scope.join('; ')})` : ''}`, policyLine];
}

/** An audit's repositories can carry their own policies even where the machine has none; the header must not deny them. */
function noPolicyLine(target: ScanTarget, governed: number): string {
  if (target.kind !== 'workstation') return NO_POLICY_NOTICE;
  if (governed === 0) return NO_WORKSTATION_POLICY_NOTICE;
  return `${NO_WORKSTATION_POLICY_NOTICE} ${governed === 1 ? '1 repository applies its own .aiguard.json' : `${governed} repositories apply their own .aiguard.json`}.`;
}

function footer(target: ScanTarget, summary: ScanSummary, rows: Readonly<Record<Verdict, number>>, suppressions: SuppressionCounts | undefined): string[] {
  const lines: string[] = [];
  // An audit reads homes, processes and extensions; its repositories' counts are in the Roots line, not a commit count.
  if (target.kind === 'repository') lines.push(`Scanned ${plural(summary.commitsScanned, 'commit')}, ${plural(summary.refsScanned, 'ref')} and ${plural(summary.pathsScanned, 'path')}.`);
  return [...lines, `Findings: ${countWords(rows, false)}${leftOut(summary.suppressed, suppressions)}.`];
}

/** Says what took findings out and how many: the baseline, ignores, and the policy itself (allowed tools, weak evidence). */
function leftOut(total: number, suppressions: SuppressionCounts | undefined): string {
  const baseline = suppressions?.suppressedByBaseline ?? 0;
  const ignores = suppressions?.suppressedByIgnores ?? 0;
  const byPolicy = total - baseline - ignores;
  const parts = [
    baseline > 0 ? `${baseline} accepted by the baseline${suppressions?.baselineFile ? ` ${makeExcerpt(suppressions.baselineFile)}` : ''}` : '',
    ignores > 0 ? `${ignores} ignored by the policy's ignores` : '',
    byPolicy > 0 ? `${byPolicy} left out by policy` : '',
  ].filter(Boolean);
  return parts.length > 0 ? `; ${parts.join(', ')}` : '';
}

function placeCounts(counts: Readonly<Record<RowKind, number>>): string {
  return [
    counts.commit > 0 ? plural(counts.commit, 'commit') : '',
    counts.file > 0 ? plural(counts.file, 'file') : '',
    counts.ref > 0 ? plural(counts.ref, 'ref') : '',
    counts.other > 0 ? plural(counts.other, 'other place') : '',
  ]
    .filter(Boolean)
    .join(', ');
}

function countWords(counts: Readonly<Record<Verdict, number>>, skipZero: boolean): string {
  const words: [number, string][] = [
    [counts.block, `${counts.block} blocked`],
    [counts.warn, plural(counts.warn, 'warning')],
    [counts.info, `${counts.info} info`],
  ];
  return words
    .filter(([count]) => !skipZero || count > 0)
    .map(([, word]) => word)
    .join(', ');
}

function plural(count: number, noun: string): string {
  // Thousands grouped by hand: toLocaleString loads ICU data, about 12 ms of a 100 ms scan of a small repository.
  return `${String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} ${noun}${count === 1 ? '' : 's'}`;
}

/** Every signature that showed the finding's tool: a commit finding carries all of them, its own first. */
function signaturesOf(finding: Finding): string[] {
  return finding.signatures?.map((seen) => seen.signature) ?? [finding.signature];
}
