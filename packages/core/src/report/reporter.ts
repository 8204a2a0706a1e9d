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
}

/** Turns a scan result into the full text of a report. Pure: no I/O, same input, same output. */
export type Reporter = (result: ScanResult, context: ReportContext) => string;
