/** @fileoverview The report formats by name: one renderer per format behind one Reporter signature. */
import { openCodeQuality, renderCodeQuality } from './codequality.js';
import { openCsv, renderCsv } from './csv.js';
import { openJson, renderJson } from './json.js';
import { renderJunit } from './junit.js';
import { renderMarkdown } from './markdown.js';
import { boundMarkdown } from './markdown-bound.js';
import { openNdjson, renderNdjson } from './ndjson.js';
import { openSarif, renderSarif } from './sarif.js';
import type { Reporter } from './reporter.js';
import type { StreamingReporter } from './report-stream.js';
import { renderText } from './text.js';

export type { ReportContext, Reporter, TextLayout } from './reporter.js';
export type { ReportHead, ReportStream, ReportTail, StreamingReporter } from './report-stream.js';

/** Every report format, in the order help texts list them. A new format is a renderer file plus an entry here and in REPORTERS. */
export const REPORT_FORMATS = ['text', 'json', 'ndjson', 'sarif', 'csv', 'markdown', 'junit', 'codequality'] as const;

/** A report format's name, e.g. `sarif`. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The formats that can be written as findings arrive, each with its streaming writer; the rest are rendered whole. */
export const STREAMING_REPORTERS = {
  json: openJson,
  ndjson: openNdjson,
  sarif: openSarif,
  csv: openCsv,
  codequality: openCodeQuality,
} as const satisfies Partial<Record<ReportFormat, StreamingReporter>>;

/** A format with a streaming writer. */
export type StreamingFormat = keyof typeof STREAMING_REPORTERS;

/** The renderer for each format. */
export const REPORTERS = {
  text: renderText,
  json: renderJson,
  ndjson: renderNdjson,
  sarif: renderSarif,
  csv: renderCsv,
  markdown: (result, context) => (context.maxSize === undefined ? renderMarkdown(result, context) : boundMarkdown(renderMarkdown(result, context), context.maxSize)),
  junit: renderJunit,
  codequality: renderCodeQuality,
} as const satisfies Record<ReportFormat, Reporter>;

/** Renders a scan result as GitLab Code Quality JSON, one issue per finding. */
export { CODEQUALITY_GIT_PATH, CODEQUALITY_SEVERITIES, renderCodeQuality } from './codequality.js';
/** Renders a scan result as CSV (RFC 4180), one row per finding, safe against spreadsheet formula injection. */
export { CSV_COLUMNS, renderCsv } from './csv.js';
/** Renders a scan result as JUnit XML: blocking findings fail, warnings are skipped, info passes. */
export { JUNIT_CLEAN_TESTCASE, junitDocument, junitTestcase, renderJunit } from './junit.js';
export type { JunitCounts, JunitSuite } from './junit.js';
/** Renders a scan result as GitHub-flavoured Markdown for pull request comments and fleet write-ups. */
export { escapeMarkdownCell, MARKDOWN_NO_POLICY, renderMarkdown } from './markdown.js';
/** Cuts a Markdown report's findings table to fit a size, for pull-request comments. */
export { boundMarkdown, GITHUB_COMMENT_LIMIT } from './markdown-bound.js';
/** Renders a scan result as NDJSON: one self-contained line per finding, then a summary line. */
export { NDJSON_REPORT_SCHEMA_VERSION, renderNdjson } from './ndjson.js';
/** Renders a scan result as versioned JSON. */
export { JSON_REPORT_SCHEMA_VERSION, renderJson } from './json.js';
/** Renders a scan result as a SARIF 2.1.0 log. */
export { renderSarif, SARIF_FINGERPRINT_KEY, SARIF_LEVELS, SARIF_SCHEMA_URI } from './sarif.js';
/** Renders a scan result as plain text for CI logs and pipes. */
export { DEFAULT_TEXT_LIMIT, NO_POLICY_NOTICE, NO_WORKSTATION_POLICY_NOTICE, renderText, renderTextRows } from './text.js';
/** Gathers the rows a text report shows as findings stream by, counting the rest. */
export { collectTextRows } from './text-rows.js';
export type { TextRowCollector, TextRows } from './text-rows.js';
export type { TextReportOptions } from './text.js';
