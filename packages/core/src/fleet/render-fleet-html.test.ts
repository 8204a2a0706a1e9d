// Unit tests for the fleet page: hostile report text cannot close a script or inject markup, and the page names no network source.
import { describe, expect, test } from 'vitest';
import { FleetIndex } from './fleet-index.js';
import type { FleetEvent, FleetRun } from './fleet-model.js';
import { writeFleetHtml } from './render-fleet-html.js';

const HOSTILE = '</script><img src=x onerror=alert(1)>\u2028';
const run: FleetRun = { runId: 'r1', startedAt: '2026-12-01T00:00:00.000Z', host: HOSTILE, machineId: 'm1', os: 'linux', osVersion: '6', user: HOSTILE, aiguardVersion: '0.1.0', catalogVersion: 'c', policyDigest: 'sha256:0' };
const events: FleetEvent[] = [
  { type: 'finding', run, finding: { verdict: 'block', assistant: HOSTILE, signature: 's', source: 'home', place: HOSTILE, evidence: HOSTILE, user: HOSTILE } },
  { type: 'summary', run, findings: { block: 1, warn: 0, info: 0 }, byAssistant: { [HOSTILE]: { block: 1, warn: 0, info: 0 } } },
];

async function page(): Promise<string> {
  const index = new FleetIndex();
  for (const event of events) index.add(event);
  let html = '';
  await writeFleetHtml(
    index,
    (async function* () {
      yield* events;
    })(),
    (chunk) => {
      html += chunk;
    },
    { generatedAt: new Date(0), inputs: 1, assistants: [], problems: 0 },
  );
  return html;
}

describe('writeFleetHtml', () => {
  test('keeps report text inside the data block and out of the markup', async () => {
    const html = await page();
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).not.toContain('<img');
    const block = /<script type="application\/json" id="fleet-data">(.*?)<\/script>/s.exec(html)![1]!;
    // Raw U+2028 is harmless in markup but would break a script in older engines; the data block escapes it.
    expect(block).not.toContain('\u2028');
    const data = JSON.parse(block);
    expect(data.hosts[0][0]).toBe(HOSTILE);
    expect(data.findings[0]).toEqual([0, 'block', HOSTILE, 's', 'home', HOSTILE, HOSTILE, HOSTILE]);
  });

  test('allows no network source in its content security policy and loads nothing by URL', async () => {
    const html = await page();
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/\b(src|href)=["']?(https?:)?\/\//);
  });
});
