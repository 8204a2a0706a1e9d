/** @fileoverview The JUnit report of a streamed scan: test cases spooled to temp files as findings arrive, the document written once every suite's counts are known. */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { CATALOG, junitDocument, junitTestcase, lookUpCatalog, streamRepositoryScan, type JunitCounts, type JunitSuite, type ReportHead, type ScanOptions, type StreamedScan } from '@aiguard/core';
import { openReportOutput } from './report-output.js';
import { toolInfo } from './render-report.js';

const VERDICTS = ['block', 'warn', 'info'] as const;
type Verdict = (typeof VERDICTS)[number];
const SPOOL_CHARS = 64 * 1024;

/** Test cases of one assistant and verdict, gathered in memory up to a chunk and then appended to their own file. */
interface Spool {
  readonly file: string;
  fd: number | undefined;
  parts: string[];
  size: number;
}

/**
 * Scans and writes the JUnit report without keeping findings: each test case goes to a temp file per assistant and
 * verdict (JUnit puts every suite's counts before its cases), and the document is assembled from them at the end,
 * suites in the order the buffered report has (assistants with blocking findings first, then by id), cases blocking
 * first, each verdict in scan order. The temp files are removed whatever happens.
 */
export async function streamJunit(options: ScanOptions, outputFile: string | undefined): Promise<StreamedScan> {
  const folder = mkdtempSync(join(tmpdir(), 'aiguard-junit-'));
  const catalog = lookUpCatalog(CATALOG);
  const spools = new Map<string, Record<Verdict, Spool>>();
  const counts = new Map<string, Record<Verdict, number>>();
  let head: ReportHead | undefined;
  const flush = (spool: Spool): void => {
    if (spool.size === 0) return;
    spool.fd ??= openSync(spool.file, 'a+');
    const bytes = Buffer.from(spool.parts.join(''), 'utf8');
    for (let offset = 0; offset < bytes.length; ) offset += writeSync(spool.fd, bytes, offset);
    spool.parts = [];
    spool.size = 0;
  };
  // Opened first, so a bad --output is reported before the scan; it gets its name only once the report is whole.
  const output = await openReportOutput(outputFile).catch((error: unknown) => {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  });
  try {
    const scan = await streamRepositoryScan(options, {
      begin: (opened) => (head = opened),
      add: (finding) => {
        let byVerdict = spools.get(finding.assistant);
        if (!byVerdict) {
          const index = spools.size;
          const spool = (verdict: Verdict): Spool => ({ file: join(folder, `${index}-${verdict}`), fd: undefined, parts: [], size: 0 });
          byVerdict = { block: spool('block'), warn: spool('warn'), info: spool('info') };
          spools.set(finding.assistant, byVerdict);
          counts.set(finding.assistant, { block: 0, warn: 0, info: 0 });
        }
        counts.get(finding.assistant)![finding.verdict]++;
        const spool = byVerdict[finding.verdict];
        const text = `${junitTestcase(finding, head!, catalog)}\n`;
        spool.parts.push(text);
        spool.size += text.length;
        if (spool.size >= SPOOL_CHARS) flush(spool);
      },
    });
    for (const byVerdict of spools.values()) for (const verdict of VERDICTS) flush(byVerdict[verdict]);
    const best = (assistant: string): number => VERDICTS.findIndex((verdict) => counts.get(assistant)![verdict] > 0);
    const suites: JunitSuite[] = [...spools.keys()]
      .sort((a, b) => best(a) - best(b) || a.localeCompare(b))
      .map((assistant) => {
        const seen = counts.get(assistant)!;
        const suiteCounts: JunitCounts = { tests: seen.block + seen.warn + seen.info, failures: seen.block, skipped: seen.warn };
        return { assistant, counts: suiteCounts, cases: readSpools(VERDICTS.map((verdict) => spools.get(assistant)![verdict])) };
      });
    for (const piece of junitDocument(head!, { tool: toolInfo(), assistants: CATALOG }, suites)) {
      output.write(piece);
      await output.flush();
    }
    await output.commit();
    return scan;
  } catch (error) {
    await output.discard();
    throw error;
  } finally {
    for (const byVerdict of spools.values()) for (const verdict of VERDICTS) if (byVerdict[verdict].fd !== undefined) closeSync(byVerdict[verdict].fd!);
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The spooled text of each file in turn, in chunks, never splitting a UTF-8 sequence. */
function* readSpools(spools: readonly Spool[]): Generator<string> {
  const buffer = Buffer.allocUnsafe(SPOOL_CHARS);
  for (const spool of spools) {
    if (spool.fd === undefined) continue;
    const decoder = new StringDecoder('utf8');
    for (let position = 0; ; ) {
      const read = readSync(spool.fd, buffer, 0, buffer.length, position);
      if (read === 0) break;
      position += read;
      yield decoder.write(buffer.subarray(0, read));
    }
    const rest = decoder.end();
    if (rest) yield rest;
  }
}
