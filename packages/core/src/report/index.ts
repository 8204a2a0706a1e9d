/** @fileoverview The report formats by name: one renderer per format behind one Reporter signature. */
import type { Assistant } from '../model/assistant.js';
import type { ScanResult, ToolInfo } from '../model/scan-result.js';
import { renderJson } from './json.js';
import { renderSarif } from './sarif.js';
import { renderText } from './text.js';

/** Everything a renderer may need beside the result; each takes what it uses. */
export interface ReportContext {
  /** Who made the report (JSON and SARIF record it). */
  readonly tool: ToolInfo;
  /** The catalog to look assistant names and signature descriptions up in; usually `CATALOG`. */
  readonly assistants: readonly Assistant[];
  /** ANSI colors, for formats read in a terminal. The caller decides from TTY, NO_COLOR and FORCE_COLOR. */
  readonly color: boolean;
}

/** Turns a scan result into the full text of a report. Pure: no I/O, same input, same output. */
export type Reporter = (result: ScanResult, context: ReportContext) => string;

/** Every report format, in the order help texts list them. A new format is a renderer file plus an entry here and in REPORTERS. */
export const REPORT_FORMATS = ['text', 'json', 'sarif'] as const;

/** A report format's name, e.g. `sarif`. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The renderer for each format. */
export const REPORTERS = {
  text: (result, { assistants, color }) => renderText(result, assistants, { color }),
  json: (result, { tool }) => renderJson(result, tool),
  sarif: (result, { tool, assistants }) => renderSarif(result, tool, assistants),
} as const satisfies Record<ReportFormat, Reporter>;

/** Renders a scan result as versioned JSON. */
export { JSON_REPORT_SCHEMA_VERSION, renderJson } from './json.js';
/** Renders a scan result as a SARIF 2.1.0 log. */
export { renderSarif, SARIF_FINGERPRINT_KEY, SARIF_LEVELS, SARIF_SCHEMA_URI } from './sarif.js';
/** Renders a scan result as plain text for CI logs and pipes. */
export { NO_POLICY_NOTICE, renderText } from './text.js';
export type { TextReportOptions } from './text.js';
