/** @fileoverview Reads aiguard JSON and NDJSON reports (files, folders, stdin) as a stream of fleet events, one report at a time. */
import { createReadStream, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import type { FleetEvent, FleetFinding, FleetInputProblem, FleetRun, VerdictCounts } from '../fleet/fleet-model.js';
import { describePlace } from '../report/finding-place.js';
import { readDelimitedBatches } from './delimited-stream.js';

/** File names a folder input contributes; anything else in the folder is skipped. */
export const REPORT_FILE = /\.(json|ndjson|jsonl)$/i;
// A JSON report of one host is small; a bigger .json file is most likely not a report and is read as NDJSON lines.
const MAX_JSON_REPORT_BYTES = 64 * 1024 * 1024;

/** The files `inputs` name, folders expanded (recursively, sorted); throws a one-line error for an input that does not exist. */
export function expandReportInputs(inputs: readonly string[]): string[] {
  const files: string[] = [];
  for (const input of inputs) {
    let isFolder: boolean;
    try {
      isFolder = statSync(input).isDirectory();
    } catch (error) {
      throw new Error(`${input}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    if (!isFolder) files.push(input);
    else files.push(...walkReports(input));
  }
  return files;
}

function walkReports(folder: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...walkReports(path));
    else if (entry.isFile() && REPORT_FILE.test(entry.name)) found.push(path);
  }
  return found;
}

/**
 * The events in one report file: a JSON report (one run) or NDJSON lines (any number of runs, interleaved or not).
 * Lines and files that are not aiguard reports become problems, never exceptions.
 */
export async function* readReportFile(file: string, problems: FleetInputProblem[]): AsyncGenerator<FleetEvent> {
  let isJson = false;
  try {
    const size = statSync(file).size;
    isJson = /\.json$/i.test(file) && size <= MAX_JSON_REPORT_BYTES;
  } catch (error) {
    problems.push({ input: file, message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` });
    return;
  }
  if (isJson) {
    let document: unknown;
    try {
      document = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      problems.push({ input: file, message: `is not JSON (${(error as Error).message.split('\n')[0]})` });
      return;
    }
    yield* jsonReportEvents(document, file, problems);
    return;
  }
  yield* readNdjsonStream(createReadStream(file), file, problems);
}

/** The events in NDJSON report lines read from `stream` (stdin or a file), line by line. */
export async function* readNdjsonStream(stream: Readable, name: string, problems: FleetInputProblem[]): AsyncGenerator<FleetEvent> {
  let lineNumber = 0;
  for await (const lines of readDelimitedBatches(stream, 0x0a)) {
    for (const line of lines) {
      lineNumber++;
      if (line.trim() === '') continue;
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        problems.push({ input: `${name}:${lineNumber}`, message: 'is not a JSON line' });
        continue;
      }
      const event = ndjsonEvent(parsed);
      if (event) yield event;
      else problems.push({ input: `${name}:${lineNumber}`, message: 'is not an aiguard report line (no type, run or target)' });
    }
  }
}

/** One NDJSON line as an event; undefined when it is not an aiguard finding or summary line. */
export function ndjsonEvent(line: unknown): FleetEvent | undefined {
  if (!isObject(line)) return undefined;
  const run = runOf(line);
  if (!run) return undefined;
  if (line.type === 'finding') return { type: 'finding', run, finding: fleetFinding(line) };
  if (line.type === 'summary' && isObject(line.summary)) return { type: 'summary', run, ...summaryCounts(line.summary) };
  return undefined;
}

function* jsonReportEvents(document: unknown, file: string, problems: FleetInputProblem[]): Generator<FleetEvent> {
  const run = isObject(document) ? runOf(document, file) : undefined;
  if (!isObject(document) || !run || !Array.isArray(document.findings) || !isObject(document.summary)) {
    problems.push({ input: file, message: 'is not an aiguard JSON report (needs run or target, summary and findings)' });
    return;
  }
  for (const finding of document.findings) {
    if (isObject(finding)) yield { type: 'finding', run, finding: fleetFinding({ ...finding, host: run.host }) };
  }
  yield { type: 'summary', run, ...summaryCounts(document.summary) };
}

/** The report's run; for a schema-1 report (no `run`), one made from its target, keyed by host name. */
function runOf(report: Record<string, unknown>, file?: string): FleetRun | undefined {
  const tool = isObject(report.tool) ? report.tool : {};
  const target = isObject(report.target) ? report.target : undefined;
  if (isObject(report.run)) {
    const run = report.run;
    const host = text(run.host);
    if (!host || !text(run.runId)) return undefined;
    return {
      runId: text(run.runId)!,
      startedAt: text(run.startedAt) ?? '',
      host,
      ...(text(run.machineId) ? { machineId: text(run.machineId)! } : {}),
      os: text(run.os) ?? '',
      osVersion: text(run.osVersion) ?? '',
      user: text(run.user) ?? '',
      aiguardVersion: text(run.aiguardVersion) ?? text(tool.version) ?? '',
      catalogVersion: text(run.catalogVersion) ?? text(tool.catalogVersion) ?? '',
      policyDigest: text(run.policyDigest) ?? '',
    };
  }
  if (!target || target.kind !== 'workstation' || !text(target.host)) return undefined;
  // Schema 1 carried no run id: one file is one run; NDJSON lines of one host then count as one run.
  const [os = '', osVersion = ''] = (text(target.os) ?? '').split(' ');
  return {
    runId: `${file ?? 'ndjson'}#${text(target.host)}`,
    startedAt: '',
    host: text(target.host)!,
    os,
    osVersion,
    user: '',
    aiguardVersion: text(tool.version) ?? '',
    catalogVersion: text(tool.catalogVersion) ?? '',
    policyDigest: '',
  };
}

function fleetFinding(finding: Record<string, unknown>): FleetFinding {
  const location = isObject(finding.location) ? finding.location : {};
  const verdict = finding.verdict === 'block' || finding.verdict === 'warn' ? finding.verdict : 'info';
  return {
    verdict,
    assistant: text(finding.assistant) ?? '',
    signature: text(finding.signature) ?? '',
    source: text(finding.source) ?? '',
    place: describePlace({ location: location as never }, { commitLength: 12, withRepository: true }),
    evidence: text(finding.evidence) ?? '',
    user: text(location.user) ?? text(finding.user) ?? '',
  };
}

function summaryCounts(summary: Record<string, unknown>): { findings: VerdictCounts; byAssistant: Record<string, VerdictCounts> } {
  const byAssistant: Record<string, VerdictCounts> = {};
  if (isObject(summary.byAssistant)) for (const [assistant, counts] of Object.entries(summary.byAssistant)) byAssistant[assistant] = verdictCounts(counts);
  return { findings: verdictCounts(summary.findings), byAssistant };
}

function verdictCounts(value: unknown): VerdictCounts {
  const counts = isObject(value) ? value : {};
  const count = (key: string): number => (typeof counts[key] === 'number' && Number.isFinite(counts[key]) ? Math.max(0, Math.trunc(counts[key] as number)) : 0);
  return { block: count('block'), warn: count('warn'), info: count('info') };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
