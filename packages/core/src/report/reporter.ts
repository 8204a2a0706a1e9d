/** @fileoverview The one renderer signature every report format implements, and the context it receives. */
import type { Assistant } from '../model/assistant.js';
import type { ScanResult, ToolInfo } from '../model/scan-result.js';

/** Everything a renderer may need beside the result; each takes what it uses. */
export interface ReportContext {
  /** Who made the report (every format but text records it). */
  readonly tool: ToolInfo;
  /** The catalog to look assistant names and signature descriptions up in; usually `CATALOG`. */
  readonly assistants: readonly Assistant[];
  /** ANSI colors, for formats read in a terminal. The caller decides from TTY, NO_COLOR and FORCE_COLOR. */
  readonly color: boolean;
  /** Layout of the text format (terminal width, rows per assistant, counts only); other formats ignore it. */
  readonly text?: TextLayout;
  /** The most characters a Markdown report may have (pull-request comments); rows past it are counted, not shown. */
  readonly maxSize?: number;
}

/** How the text report is laid out. */
export interface TextLayout {
  /** Cut every row to this many characters (the terminal's columns); undefined leaves rows whole but caps subjects. */
  readonly width?: number;
  /** Rows shown per assistant; 0 shows all. @default 20 */
  readonly limit?: number;
  /** Counts only: the header, one line per assistant and the totals. @default false */
  readonly summaryOnly?: boolean;
}

/** Turns a scan result into the full text of a report. Pure: no I/O, same input, same output. */
export type Reporter = (result: ScanResult, context: ReportContext) => string;
