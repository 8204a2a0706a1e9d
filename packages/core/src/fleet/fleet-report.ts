/** @fileoverview `fleet report` in core: two streamed passes over report files into one HTML page and a host CSV. */
import type { Assistant } from '../model/assistant.js';
import { readReportFile } from '../sources/report-files.js';
import { renderFleetCsv } from './fleet-csv.js';
import { FleetIndex } from './fleet-index.js';
import type { FleetEvent, FleetHost, FleetInputProblem } from './fleet-model.js';
import { writeFleetHtml } from './render-fleet-html.js';

/** What to roll up and where the page goes. */
export interface FleetReportOptions {
  /** Report files (JSON or NDJSON), read twice: once to index, once to copy the latest runs' findings. */
  readonly files: readonly string[];
  /** Receives the page in chunks, in order. */
  readonly write: (chunk: string) => void | Promise<void>;
  readonly assistants: readonly Assistant[];
  /** @default new Date() */
  readonly now?: Date;
  /** How many inputs the user named (stdin counts as one). @default files.length */
  readonly inputs?: number;
}

/** What the roll-up read. */
export interface FleetReportResult {
  readonly hosts: readonly FleetHost[];
  /** The host table as CSV, for `--csv`. */
  readonly csv: string;
  /** Files and lines that were skipped, each with why. */
  readonly problems: readonly FleetInputProblem[];
}

/** Rolls the reports up: the latest run per machine id wins, older runs make the trend. Never holds more than one report's findings. */
export async function buildFleetReport(options: FleetReportOptions): Promise<FleetReportResult> {
  const problems: FleetInputProblem[] = [];
  const index = new FleetIndex();
  for await (const event of readAll(options.files, problems)) index.add(event);
  // The second pass reads the same files again; their problems were recorded by the first.
  await writeFleetHtml(index, readAll(options.files, []), options.write, {
    generatedAt: options.now ?? new Date(),
    inputs: options.inputs ?? options.files.length,
    assistants: options.assistants,
    problems: problems.length,
  });
  const hosts = index.hosts();
  return { hosts, csv: renderFleetCsv(hosts), problems };
}

async function* readAll(files: readonly string[], problems: FleetInputProblem[]): AsyncGenerator<FleetEvent> {
  for (const file of files) yield* readReportFile(file, problems);
}
