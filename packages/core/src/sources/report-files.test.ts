// Unit tests for reading reports as fleet events: JSON and NDJSON, schema-1 fallback, problems instead of exceptions.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, test } from 'vitest';
import type { FleetEvent, FleetInputProblem } from '../fleet/fleet-model.js';
import { expandReportInputs, ndjsonEvent, readNdjsonStream, readReportFile } from './report-files.js';

const base = mkdtempSync(join(tmpdir(), 'aiguard-report-files-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

async function collect(events: AsyncIterable<FleetEvent>): Promise<FleetEvent[]> {
  const out: FleetEvent[] = [];
  for await (const event of events) out.push(event);
  return out;
}

describe('readReportFile', () => {
  test('reads a schema-1 JSON audit by its host name, with the run time unknown', async () => {
    const file = join(base, 'old.json');
    writeFileSync(
      file,
      JSON.stringify({
        schemaVersion: 1,
        tool: { name: 'aiguard', version: '0.0.9', catalogVersion: '2026.10.01' },
        target: { kind: 'workstation', host: 'ws-7', os: 'darwin 23.6.0', users: [], roots: [] },
        summary: { findings: { block: 1, warn: 0, info: 0 }, byAssistant: { 'claude-code': { block: 1, warn: 0, info: 0 } } },
        findings: [{ assistant: 'claude-code', signature: 'claude-code/home', verdict: 'block', source: 'home', location: { path: '/Users/ana/.claude', user: 'ana' }, evidence: '/Users/ana/.claude' }],
      }),
    );
    const problems: FleetInputProblem[] = [];
    const events = await collect(readReportFile(file, problems));
    expect(problems).toEqual([]);
    expect(events.map((event) => event.type)).toEqual(['finding', 'summary']);
    expect(events[0]!.run).toMatchObject({ host: 'ws-7', startedAt: '', os: 'darwin', osVersion: '23.6.0', aiguardVersion: '0.0.9' });
    expect(events[0]).toMatchObject({ finding: { verdict: 'block', place: '/Users/ana/.claude', user: 'ana' } });
  });

  test('turns unreadable files, non-JSON and non-reports into problems naming the file or line', async () => {
    const problems: FleetInputProblem[] = [];
    writeFileSync(join(base, 'bad.json'), '{ nope');
    writeFileSync(join(base, 'lines.ndjson'), '{"type":"summary"}\nnot json\n\n');
    await collect(readReportFile(join(base, 'bad.json'), problems));
    await collect(readReportFile(join(base, 'lines.ndjson'), problems));
    await collect(readReportFile(join(base, 'missing.json'), problems));
    expect(problems).toEqual([
      { input: join(base, 'bad.json'), message: expect.stringMatching(/^is not JSON \(/) },
      { input: `${join(base, 'lines.ndjson')}:1`, message: 'is not an aiguard report line (no type, run or target)' },
      { input: `${join(base, 'lines.ndjson')}:2`, message: 'is not a JSON line' },
      { input: join(base, 'missing.json'), message: 'cannot be read (ENOENT)' },
    ]);
  });
});

describe('readNdjsonStream and ndjsonEvent', () => {
  test('read interleaved lines of two runs from a stream', async () => {
    const line = (runId: string, type: string) => JSON.stringify({ type, run: { runId, host: `h-${runId}`, startedAt: '2026-12-01T00:00:00.000Z' }, summary: { findings: { block: 0, warn: 0, info: 0 } }, location: {} });
    const events = await collect(readNdjsonStream(Readable.from([Buffer.from(`${line('a', 'finding')}\n${line('b', 'finding')}\n`), Buffer.from(`${line('a', 'summary')}\n`)]), 'stdin', []));
    expect(events.map((event) => `${event.run.runId}:${event.type}`)).toEqual(['a:finding', 'b:finding', 'a:summary']);
  });

  test('clamps counts that are not whole non-negative numbers', () => {
    const event = ndjsonEvent({ type: 'summary', run: { runId: 'r', host: 'h' }, summary: { findings: { block: -3, warn: 2.7, info: 'x' } } });
    expect(event).toMatchObject({ findings: { block: 0, warn: 2, info: 0 } });
  });
});

describe('expandReportInputs', () => {
  test('lists report files under folders recursively and sorted, and names an input that does not exist', () => {
    mkdirSync(join(base, 'tree', 'b'), { recursive: true });
    writeFileSync(join(base, 'tree', 'b', 'x.ndjson'), '');
    writeFileSync(join(base, 'tree', 'a.json'), '');
    writeFileSync(join(base, 'tree', 'notes.txt'), '');
    expect(expandReportInputs([join(base, 'tree')])).toEqual([join(base, 'tree', 'a.json'), join(base, 'tree', 'b', 'x.ndjson')]);
    expect(() => expandReportInputs([join(base, 'nope')])).toThrow(`${join(base, 'nope')}: cannot be read (ENOENT)`);
  });
});
