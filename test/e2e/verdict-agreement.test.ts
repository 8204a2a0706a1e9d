/**
 * @fileoverview Every surface reaches the same verdict for the same evidence and policy: scan, audit, watch, the
 * commit-msg, pre-commit, pre-push and pre-receive hooks (the built CLI, real git), and the editor's evaluation
 * path (the extension's plain-data guards). One table of policies and evidence; each row runs on every surface that
 * can see its evidence. Rows marked "issue 15" are cases where the surfaces disagreed before the one verdict engine.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { auditWorkstation, CATALOG, compileCatalog, createEnforcer, type Finding, loadPolicy, lookUpCatalog, type Policy, scanRepository, type WatchReport, watchWorkstation } from '../../packages/core/src/internal.js';
import { findMessageViolations } from '../../packages/vscode-ext/src/commit-message-data.js';
import { toDiagnosticData } from '../../packages/vscode-ext/src/diagnostic-data.js';
import { findBannedExtensions } from '../../packages/vscode-ext/src/extension-data.js';
import { CLAUDE_TRAILER, createHookSandbox, type HookSandbox, type RunResult } from '../helpers/hook-sandbox.js';

type Outcome = 'block' | 'warn' | 'none';
type EvidenceKind = 'trailer' | 'claude-md' | 'agents-md' | 'extension' | 'weak-extension';
type Surface = 'scan' | 'audit' | 'watch' | 'commit-msg' | 'pre-commit' | 'pre-push' | 'pre-receive' | 'editor';

interface Row {
  readonly name: string;
  readonly evidence: EvidenceKind;
  readonly managed?: unknown;
  readonly repository: unknown;
  readonly expected: Outcome;
}

const IGNORE_CLAUDE = { assistant: 'claude-code', reason: 'approved pilot' };

const ROWS: readonly Row[] = [
  { name: 'a banned trailer blocks', evidence: 'trailer', repository: { assistants: { 'claude-code': 'block' } }, expected: 'block' },
  { name: 'an ignored trailer is silent (issue 15: the commit box blocked it)', evidence: 'trailer', repository: { default: 'block', ignores: [IGNORE_CLAUDE] }, expected: 'none' },
  { name: 'a repository allow cannot loosen a managed warning', evidence: 'trailer', managed: { vendors: { Anthropic: 'warn' } }, repository: { assistants: { 'claude-code': 'allow' } }, expected: 'warn' },
  { name: 'a banned CLAUDE.md blocks', evidence: 'claude-md', repository: { default: 'block' }, expected: 'block' },
  { name: 'an ignored CLAUDE.md is silent', evidence: 'claude-md', repository: { default: 'block', ignores: [{ path: 'CLAUDE.md', reason: 'docs' }] }, expected: 'none' },
  { name: 'a repository minStrength cannot hide AGENTS.md from a managed block (issue 10)', evidence: 'agents-md', managed: { default: 'block' }, repository: { minStrength: 'strong' }, expected: 'block' },
  { name: 'an ignored extension is silent (issue 15: audit and the editor blocked it)', evidence: 'extension', repository: { default: 'block', ignores: [IGNORE_CLAUDE] }, expected: 'none' },
  { name: 'a weak extension signature warns (issue 15: the editor blocked it)', evidence: 'weak-extension', repository: { default: 'block' }, expected: 'warn' },
  { name: 'a repository allow cannot loosen a managed extension ban', evidence: 'extension', managed: { vendors: { Anthropic: 'block' } }, repository: { assistants: { 'claude-code': 'allow' } }, expected: 'block' },
];

const SURFACES: Readonly<Record<EvidenceKind, readonly Surface[]>> = {
  trailer: ['scan', 'commit-msg', 'pre-push', 'pre-receive', 'editor'],
  'claude-md': ['scan', 'commit-msg', 'pre-commit', 'pre-push', 'pre-receive', 'watch', 'editor'],
  'agents-md': ['scan', 'commit-msg', 'pre-commit', 'pre-push', 'pre-receive', 'watch', 'editor'],
  extension: ['audit', 'watch', 'editor'],
  'weak-extension': ['audit', 'watch', 'editor'],
};

const FILES: Partial<Record<EvidenceKind, string>> = { 'claude-md': 'CLAUDE.md', 'agents-md': 'AGENTS.md' };
const EXTENSIONS: Partial<Record<EvidenceKind, { id: string; signature: string }>> = {
  extension: { id: 'anthropic.claude-code', signature: 'claude-code/vscode-extension' },
  'weak-extension': { id: 'qwenlm.qwen-code-vscode-ide-companion', signature: 'qwen-code/vscode-companion' },
};
const ZERO = '0'.repeat(40);
const catalog = compileCatalog(CATALOG);
const lookup = lookUpCatalog(CATALOG);

/** The strictest verdict among findings (info counts as nothing reported). */
function strictest(findings: readonly Pick<Finding, 'verdict'>[]): Outcome {
  if (findings.some((finding) => finding.verdict === 'block')) return 'block';
  return findings.some((finding) => finding.verdict === 'warn') ? 'warn' : 'none';
}

/** A hook's verdict: exit 1 blocks, a printed warning warns. */
function hookOutcome(result: RunResult): Outcome {
  if (result.exitCode === 1) return 'block';
  expect(result.exitCode, result.stderr).toBe(0);
  return result.stderr.includes('aiguard: warning:') ? 'warn' : 'none';
}

describe('every surface reaches the same verdict (issue 15)', () => {
  let sandbox: HookSandbox;
  beforeAll(() => {
    sandbox = createHookSandbox();
  });
  afterAll(() => sandbox.cleanup());

  test.each(ROWS.map((row, index) => [row.name, row, index] as const))('%s', async (_name, row, index) => {
    const repo = sandbox.initRepo(`case-${index}/repo`);
    const policyText = JSON.stringify(row.repository);
    sandbox.commit(repo, 'Add the policy\n', { '.aiguard.json': policyText });
    const managedFile = join(sandbox.root, `case-${index}`, 'managed.json');
    const env: NodeJS.ProcessEnv = {};
    if (row.managed !== undefined) {
      writeFileSync(managedFile, JSON.stringify(row.managed));
      env.AIGUARD_MANAGED_POLICY = managedFile;
    }
    const policy: Policy = await loadPolicy(
      { repositoryRoot: repo, home: sandbox.home, managedFiles: [], env: row.managed !== undefined ? { AIGUARD_MANAGED_POLICY: managedFile } : {} },
      CATALOG.map((assistant) => assistant.id),
    );
    const file = FILES[row.evidence];
    const extension = EXTENSIONS[row.evidence];
    const outcomes: Partial<Record<Surface, Outcome>> = {};
    const surfaces = SURFACES[row.evidence];

    if (row.evidence === 'trailer') {
      const message = `Generated change\n\n${CLAUDE_TRAILER}\n`;
      const messageFile = join(sandbox.root, `case-${index}`, 'COMMIT_EDITMSG');
      writeFileSync(messageFile, message);
      outcomes['commit-msg'] = hookOutcome(await sandbox.aiguard(repo, ['hook', 'run', 'commit-msg', messageFile], { env }));
      outcomes.editor = strictest(findMessageViolations(message, catalog, createEnforcer({ policy })));
      sandbox.commit(repo, message);
    }
    if (file !== undefined) {
      sandbox.write(join(repo, file), '# notes\n');
      sandbox.gitOk(repo, 'add', '--', file);
      outcomes['pre-commit'] = hookOutcome(await sandbox.aiguard(repo, ['hook', 'run', 'pre-commit'], { env }));
      // The default install has no pre-commit: commit-msg judges the staged file.
      const messageFile = join(sandbox.root, `case-${index}`, 'COMMIT_EDITMSG');
      writeFileSync(messageFile, `Add ${file}\n`);
      outcomes['commit-msg'] = hookOutcome(await sandbox.aiguard(repo, ['hook', 'run', 'commit-msg', messageFile], { env }));
      sandbox.commit(repo, `Add ${file}\n`);
    }
    if (surfaces.includes('scan')) {
      const scan = await scanRepository({ path: repo, policyLocations: { home: sandbox.home, managedFiles: [], env }, useBaseline: false });
      outcomes.scan = strictest(scan.findings.filter((finding) => finding.assistant !== 'any-agent' || row.evidence === 'agents-md'));
      if (file !== undefined) {
        // The editor's scanner runs core's scan with the workspace policy and shows working-tree findings as diagnostics.
        const editorScan = await scanRepository({ path: repo, policy, history: false, useBaseline: false });
        outcomes.editor = strictest(editorScan.findings.flatMap((finding) => toDiagnosticData(finding, lookup, repo) ?? []).filter((data) => data.path === file));
      }
    }
    if (surfaces.includes('pre-push')) {
      const head = sandbox.gitOk(repo, 'rev-parse', 'HEAD');
      outcomes['pre-push'] = hookOutcome(await sandbox.aiguard(repo, ['hook', 'run', 'pre-push', 'origin', 'file:///nowhere'], { env, input: `refs/heads/main ${head} refs/heads/main ${ZERO}\n` }));
      // The server holds the pushed objects but no ref to them yet, as during a real pre-receive.
      const server = sandbox.initRepo(`case-${index}/server.git`, { bare: true });
      writeFileSync(join(server, '.aiguard.json'), policyText);
      sandbox.gitOk(server, 'fetch', '-q', repo, `main:refs/heads/incoming`);
      sandbox.gitOk(server, 'update-ref', '-d', 'refs/heads/incoming');
      outcomes['pre-receive'] = hookOutcome(await sandbox.aiguard(server, ['hook', 'run', 'pre-receive'], { env, input: `${ZERO} ${head} refs/heads/main\n` }));
    }
    if (extension !== undefined) {
      const home = join(sandbox.root, `case-${index}`, 'home');
      const folder = join(home, '.vscode', 'extensions', `${extension.id}-1.0.0`);
      mkdirSync(folder, { recursive: true });
      const audit = await auditWorkstation({ home, homeUser: 'ana', platform: 'linux', only: ['extensions'], policy });
      outcomes.audit = strictest(audit.findings.filter((finding) => finding.signature === extension.signature));
      outcomes.editor = strictest(findBannedExtensions([{ id: extension.id, path: folder }], { user: 'ana', home, product: 'VS Code' }, catalog, createEnforcer({ policy })));
    }
    if (surfaces.includes('watch')) outcomes.watch = await watchOutcome(row, index, policy);

    const expected = Object.fromEntries(surfaces.map((surface) => [surface, row.expected]));
    expect(outcomes).toEqual(expected);
  });

  /** Starts core's watch, makes the row's evidence appear, and reports the verdict it saw (none after a quiet wait). */
  async function watchOutcome(row: Row, index: number, policy: Policy): Promise<Outcome> {
    const base = join(sandbox.root, `case-${index}`, 'watched');
    const home = join(base, 'home');
    const root = join(base, 'root');
    mkdirSync(home, { recursive: true });
    mkdirSync(join(root, 'project', '.git'), { recursive: true });
    const reports: WatchReport[] = [];
    const handle = await watchWorkstation({ platform: 'linux', homes: [{ user: 'ana', home }], roots: [root], policy, onReport: (report) => reports.push(report) });
    try {
      const file = FILES[row.evidence];
      const extension = EXTENSIONS[row.evidence];
      if (file !== undefined) writeFileSync(join(root, 'project', file), '# notes\n');
      if (extension !== undefined) mkdirSync(join(home, '.vscode', 'extensions', `${extension.id}-1.0.0`), { recursive: true });
      // Expected findings end the wait as soon as they arrive; "nothing" needs a quiet period to be believed.
      const deadline = Date.now() + (row.expected === 'none' ? 1_500 : 8_000);
      while (Date.now() < deadline && reports.length === 0) await new Promise((resolve) => setTimeout(resolve, 50));
      return strictest(reports.filter((report) => report.change === 'found').map((report) => report.finding));
    } finally {
      await handle.close();
    }
  }
});
