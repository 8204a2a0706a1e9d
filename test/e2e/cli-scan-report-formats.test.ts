/** @fileoverview `aiguard scan` and `aiguard audit` in the NDJSON, CSV, Markdown and JUnit formats agree with the JSON report, hostile names included. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../helpers/report/csv-parse.js';
import { elementsNamed, parseXml } from '../helpers/report/xml-check.js';
import { buildLinuxHome, makeTempFolder, removeFixture } from '../fixtures/workstations/build-workstation.js';
import { createRepo, type FixtureRepo } from '../helpers/git-fixture.js';
import { runCli } from '../helpers/run-cli.js';
import { scanJson, type JsonReport } from '../helpers/scan-report.js';

// A folder name a spreadsheet would run as a formula, with a comma and quotes that CSV must quote.
const HOSTILE_DIR = '=1+1,"x"|<b>';

describe('aiguard scan --format ndjson|csv|markdown|junit', () => {
  let repo: FixtureRepo;
  let json: JsonReport;

  beforeAll(async () => {
    repo = createRepo();
    repo.commit({ message: 'Initial commit\n', files: { 'README.md': '# demo\n', '.aiguard.json': JSON.stringify({ assistants: { 'claude-code': 'block' } }) } });
    repo.commit({ message: 'Add memory\n\nCo-Authored-By: Claude Sonnet 4.6 <noreply@anthropic.com>\n', files: { 'CLAUDE.md': '# memory\n', [`${HOSTILE_DIR}/CLAUDE.md`]: 'x\n' } });
    repo.commit({ message: 'Footer\n\n🤖 Generated with [Claude Code](https://claude.ai/code)\n' });
    json = await scanJson(repo.path, [], 1);
    expect(json.findings.length).toBeGreaterThanOrEqual(4);
  });
  afterAll(() => repo.cleanup());

  async function scan(format: string): Promise<string> {
    const result = await runCli(['scan', repo.path, '--format', format]);
    expect(result.exitCode, String(result.stderr)).toBe(1);
    expect(String(result.stdout)).not.toContain('\x1b[');
    return String(result.stdout);
  }

  it('writes one NDJSON finding line per JSON finding, then a summary line that names the repository policy', async () => {
    const lines = (await scan('ndjson')).trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => line.type)).toEqual([...json.findings.map(() => 'finding'), 'summary']);
    expect(lines.slice(0, -1).map((line) => line.fingerprint)).toEqual(json.findings.map((finding) => (finding as unknown as { fingerprint: string }).fingerprint));
    expect(lines.at(-1).policy.layers).toEqual([{ layer: 'repository', file: join(repo.path, '.aiguard.json') }]);
    expect(lines.at(-1).summary.findings).toEqual(json.summary.findings);
  });

  it('writes one CSV row per JSON finding, with the hostile path quoted and neutralised', async () => {
    const csv = await scan('csv');
    const [header, ...rows] = parseCsv(csv);
    expect(rows).toHaveLength(json.findings.length);
    const column = (name: string): number => header!.indexOf(name);
    expect(rows.map((row) => row[column('verdict')])).toEqual(json.findings.map((finding) => finding.verdict));
    expect(rows.map((row) => row[column('path')])).toContain(`'${HOSTILE_DIR}/CLAUDE.md`);
    expect(rows.every((row) => row[column('policy_layers')] === `repository ${join(repo.path, '.aiguard.json')}`)).toBe(true);
  });

  it('writes a Markdown findings table with one row per JSON finding and the hostile path escaped', async () => {
    const markdown = await scan('markdown');
    expect(markdown).toContain(`**Policy:** repository ${repo.path}/.aiguard.json\n`);
    const findingsTable = markdown.split('## Findings\n\n')[1]!.split('\n\n')[0]!.split('\n');
    expect(findingsTable.slice(2)).toHaveLength(json.findings.length);
    expect(markdown).toContain('=1+1,"x"\\|&lt;b&gt;/CLAUDE.md');
    expect(markdown).not.toContain('<b>');
  });

  it('writes well-formed JUnit with one test case per JSON finding, a failure for each blocking one', async () => {
    const root = parseXml(await scan('junit'));
    const testcases = elementsNamed(root, 'testcase');
    expect(testcases).toHaveLength(json.findings.length);
    expect(elementsNamed(root, 'failure')).toHaveLength(json.summary.findings.block!);
    expect(root.attributes.failures).toBe(String(json.summary.findings.block));
    expect(testcases.map((testcase) => testcase.attributes.name)).toContain(`claude-code/claude-md at ${HOSTILE_DIR}/CLAUDE.md`);
  });

  it('lists every format in --help and rejects an unknown one with one line', async () => {
    const help = String((await runCli(['scan', '--help'])).stdout);
    expect(help).toContain('--format FORMAT     text | json | ndjson | sarif | csv | markdown | junit | codequality (default: text)');
    const result = await runCli(['scan', repo.path, '--format', 'xml']);
    expect(result.exitCode).toBe(2);
    expect(String(result.stderr)).toMatch(/^aiguard: .*--format.*xml.*\n$/);
  });
});

describe('aiguard audit --format ndjson|csv|markdown|junit', () => {
  let root: string;
  let home: string;
  let findings: { signature: string; verdict: string }[];

  const audit = (format: string) => runCli(['audit', '--home', home, '--platform', 'linux', '--only', 'home,extensions', '--policy', join(root, 'policy.json'), '--format', format]);

  beforeAll(async () => {
    root = makeTempFolder('audit-formats');
    home = join(root, 'home', 'ana');
    buildLinuxHome(home);
    writeFileSync(join(root, 'policy.json'), JSON.stringify({ default: 'warn', assistants: { 'claude-code': 'block' } }));
    const result = await audit('json');
    expect(result.exitCode, String(result.stderr)).toBe(1);
    findings = (JSON.parse(String(result.stdout)) as { findings: { signature: string; verdict: string }[] }).findings;
    expect(findings.length).toBeGreaterThan(1);
  });
  afterAll(() => removeFixture(root));

  it.each(['ndjson', 'csv', 'markdown', 'junit'])('writes a %s report with as many findings as the JSON report, and exits 1', async (format) => {
    const result = await audit(format);
    expect(result.exitCode, String(result.stderr)).toBe(1);
    const stdout = String(result.stdout);
    expect(stdout).not.toContain('\x1b[');
    if (format === 'ndjson') {
      const lines = stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
      expect(lines.filter((line) => line.type === 'finding')).toHaveLength(findings.length);
      expect(lines.filter((line) => line.type === 'finding').every((line) => line.user === 'ana' && typeof line.host === 'string' && typeof line.source === 'string')).toBe(true);
    } else if (format === 'csv') {
      const [header, ...rows] = parseCsv(stdout);
      expect(rows).toHaveLength(findings.length);
      expect(rows.every((row) => row[header!.indexOf('user')] === 'ana')).toBe(true);
    } else if (format === 'markdown') {
      expect(stdout.split('## Findings\n\n')[1]!.split('\n\n')[0]!.split('\n').slice(2)).toHaveLength(findings.length);
      expect(stdout).toContain('# aiguard audit\n');
    } else {
      const xml = parseXml(stdout);
      expect(elementsNamed(xml, 'testcase')).toHaveLength(findings.length);
      expect(elementsNamed(xml, 'failure')).toHaveLength(findings.filter((finding) => finding.verdict === 'block').length);
    }
  });
});
