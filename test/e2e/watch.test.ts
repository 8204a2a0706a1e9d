// `aiguard watch` as a long-running process: a new ~/.claude, a newly installed extension and a CLAUDE.md are
// reported as they appear, and folders created and deleted under it (its own roots included) do not stop it.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { execa, type ResultPromise } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionsManifest, makeRepository, makeTempFolder, removeFixture, writeTree } from '../fixtures/workstations/build-workstation.js';
import { CLI_PATH } from '../helpers/run-cli.js';

/** Far above the one second the issue asks for: CI machines stall; the measured latency is printed. */
const EVENT_TIMEOUT_MS = 8_000;

interface WatchLine {
  type: 'found' | 'removed';
  host: string;
  os: string;
  user?: string;
  source: string;
  assistant: string;
  signature: string;
  verdict: string;
  path?: string;
  extensionId?: string;
  repository?: string;
  evidence: string;
  latencyMs: number;
}

/** A running `aiguard watch` whose stdout lines are read as they come. */
interface Watcher {
  readonly child: ResultPromise<{ reject: false; buffer: false }>;
  /** False once the process exited. */
  isRunning(): boolean;
  readonly lines: string[];
  stderr: string;
  /** Resolves with the first line (already seen or still to come) after `from` that `match` accepts. */
  waitFor(match: (line: string) => boolean, from?: number): Promise<string>;
  stop(): Promise<number | null>;
}

let root: string;
let managed: string;

beforeAll(() => {
  root = makeTempFolder('watch');
  managed = join(root, 'managed.json');
  writeFileSync(managed, JSON.stringify({ assistants: { 'claude-code': 'block' } }));
});

afterAll(() => removeFixture(root));

function startWatch(args: readonly string[]): Promise<Watcher> {
  // execa supervises the long-running watch: it is killed with the test run, and stop() awaits its exit code.
  const child = execa(process.execPath, [CLI_PATH, 'watch', ...args], {
    // HOME points at an empty folder so the runner's own user policy cannot change the verdicts.
    env: { PATH: process.env.PATH, CI: 'true', NO_COLOR: '1', HOME: join(root, 'runner-home'), AIGUARD_MANAGED_POLICY: managed },
    extendEnv: false,
    reject: false,
    buffer: false,
  });
  let hasExited = false;
  void child.then(() => (hasExited = true));
  const lines: string[] = [];
  const waiters = new Set<() => void>();
  createInterface({ input: child.stdout }).on('line', (line) => {
    lines.push(line);
    for (const wake of waiters) wake();
  });
  const watcher: Watcher = {
    child,
    isRunning: () => !hasExited,
    lines,
    stderr: '',
    waitFor(match, from = 0) {
      return new Promise((resolve, reject) => {
        const check = (): boolean => {
          const found = lines.slice(from).find(match);
          if (found === undefined) return false;
          cleanup();
          resolve(found);
          return true;
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`no matching watch line within ${EVENT_TIMEOUT_MS} ms; stdout:\n${lines.join('\n')}\nstderr:\n${watcher.stderr}`));
        }, EVENT_TIMEOUT_MS);
        const cleanup = (): void => {
          clearTimeout(timer);
          waiters.delete(wake);
        };
        const wake = (): void => void check();
        if (!check()) waiters.add(wake);
      });
    },
    async stop() {
      child.kill('SIGTERM');
      return (await child).exitCode ?? null;
    },
  };
  child.stderr.on('data', (chunk: Buffer) => (watcher.stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`aiguard watch never said it was ready; stderr:\n${watcher.stderr}`)), 20_000);
    child.stderr.on('data', () => {
      if (watcher.stderr.includes('ready')) {
        clearTimeout(timer);
        resolve(watcher);
      }
    });
    void child.then(({ exitCode }) => {
      clearTimeout(timer);
      reject(new Error(`aiguard watch exited ${exitCode} before it was ready; stderr:\n${watcher.stderr}`));
    });
  });
}

/** Does `act`, then waits for the first NDJSON line after it that `match` accepts; prints how long it took. */
async function expectReported(watcher: Watcher, what: string, act: () => void, match: (line: WatchLine) => boolean): Promise<WatchLine> {
  const from = watcher.lines.length;
  const started = Date.now();
  act();
  const line = JSON.parse(await watcher.waitFor((text) => match(JSON.parse(text) as WatchLine), from)) as WatchLine;
  console.log(`aiguard watch: ${what} reported ${Date.now() - started} ms after it was made (event to line: ${line.latencyMs} ms)`);
  return line;
}

describe('aiguard watch --format ndjson', () => {
  it('reports a new ~/.claude, a new Claude Code extension and a new CLAUDE.md, and survives churn', async () => {
    const home = join(root, 'home', 'ana');
    const tree = join(root, 'src');
    const repository = join(tree, 'team', 'app');
    mkdirSync(home, { recursive: true });
    makeRepository(repository, { 'README.md': '# app\n' });
    const watcher = await startWatch(['--home', home, '--root', tree, '--format', 'ndjson']);
    try {
      const folder = await expectReported(watcher, '~/.claude', () => mkdirSync(join(home, '.claude')), (line) => line.signature === 'claude-code/home-dir' && line.type === 'found');
      expect(folder).toMatchObject({ source: 'home', assistant: 'claude-code', verdict: 'block', user: 'ana', path: join(home, '.claude') });
      expect(folder.host).not.toBe('');
      expect(folder.os).toMatch(/^linux|^darwin|^win32/);

      const extensions = join(home, '.vscode', 'extensions');
      const extension = await expectReported(
        watcher,
        'anthropic.claude-code-2.0.1',
        () => {
          writeTree(extensions, { 'anthropic.claude-code-2.0.1/package.json': '{"name":"claude-code","publisher":"anthropic","version":"2.0.1"}' });
          writeFileSync(join(extensions, 'extensions.json'), extensionsManifest(extensions, ['anthropic.claude-code@2.0.1']));
        },
        (line) => line.signature === 'claude-code/vscode-extension' && line.type === 'found',
      );
      expect(extension).toMatchObject({ source: 'extensions', verdict: 'block', extensionId: 'anthropic.claude-code', path: join(extensions, 'anthropic.claude-code-2.0.1') });

      const memory = await expectReported(
        watcher,
        'CLAUDE.md',
        () => writeFileSync(join(repository, 'CLAUDE.md'), '# memory\n'),
        (line) => line.signature === 'claude-code/claude-md' && line.type === 'found',
      );
      expect(memory).toMatchObject({ source: 'repositories', verdict: 'block', repository, path: 'CLAUDE.md' });

      // Churn: folders made and removed under both targets, deeper than and beside what is watched.
      for (let round = 0; round < 5; round++) {
        mkdirSync(join(tree, 'scratch', `r${round}`, 'a', 'b'), { recursive: true });
        writeFileSync(join(tree, 'scratch', `r${round}`, 'a', 'b', 'notes.txt'), 'x');
        mkdirSync(join(home, '.claude', 'projects', `p${round}`), { recursive: true });
        mkdirSync(join(home, 'Downloads', `d${round}`), { recursive: true });
        rmSync(join(tree, 'scratch'), { recursive: true, force: true });
        rmSync(join(home, 'Downloads'), { recursive: true, force: true });
      }

      // The repository (a subfolder of the watched root) deleted and re-created: gone, then found again.
      await expectReported(watcher, 'the deleted repository', () => rmSync(join(tree, 'team'), { recursive: true, force: true }), (line) => line.signature === 'claude-code/claude-md' && line.type === 'removed');
      const again = await expectReported(
        watcher,
        'CLAUDE.md in the re-created repository',
        () => makeRepository(repository, { 'CLAUDE.md': '# memory again\n' }),
        (line) => line.signature === 'claude-code/claude-md' && line.type === 'found',
      );
      expect(again.path).toMatch(/CLAUDE\.md$/);

      // The watched folders themselves deleted and re-created (chokidar needs a filter that lets it re-watch).
      await expectReported(watcher, 'the deleted home', () => rmSync(home, { recursive: true, force: true }), (line) => line.signature === 'claude-code/home-dir' && line.type === 'removed');
      mkdirSync(home);
      await expectReported(watcher, '~/.claude in the re-created home', () => mkdirSync(join(home, '.claude')), (line) => line.signature === 'claude-code/home-dir' && line.type === 'found');
      rmSync(tree, { recursive: true, force: true });
      await expectReported(
        watcher,
        'CLAUDE.md in the re-created root',
        () => writeTree(tree, { 'CLAUDE.md': '# back\n' }),
        (line) => line.signature === 'claude-code/claude-md' && line.type === 'found' && line.path === 'CLAUDE.md',
      );

      expect(watcher.isRunning()).toBe(true);
      expect(watcher.stderr).not.toMatch(/error|exception/i);
    } finally {
      const code = await watcher.stop();
      // SIGTERM is the documented way to stop it: a clean exit, not a crash.
      expect(code).toBe(0);
    }
  });

  it('ignores node_modules and ordinary files, and never reports a path twice', async () => {
    const home = join(root, 'home', 'bo');
    const tree = join(root, 'quiet');
    mkdirSync(home, { recursive: true });
    makeRepository(join(tree, 'app'), { 'README.md': '# app\n' });
    const watcher = await startWatch(['--home', home, '--root', tree, '--format', 'ndjson']);
    try {
      writeTree(tree, { 'app/node_modules/some-pkg/CLAUDE.md': 'vendored', 'app/src/index.ts': 'export {};\n', 'app/docs/notes.md': 'notes' });
      writeTree(home, { 'Documents/claude/readme.txt': 'not the tool', '.claude-backup-old/x': 'a different folder' });
      // A marker after the noise: once it is reported, the noise (made earlier) would have been too.
      await expectReported(watcher, 'CLAUDE.md after the noise', () => writeFileSync(join(tree, 'app', 'CLAUDE.md'), 'x'), (line) => line.signature === 'claude-code/claude-md');
      writeFileSync(join(tree, 'app', 'CLAUDE.md'), 'edited');
      await expectReported(watcher, '~/.claude after the noise', () => mkdirSync(join(home, '.claude')), (line) => line.signature === 'claude-code/home-dir');
      const records = watcher.lines.map((text) => JSON.parse(text) as WatchLine);
      expect(records.map((line) => `${line.type} ${line.signature} ${line.path}`)).toEqual(['found claude-code/claude-md CLAUDE.md', `found claude-code/home-dir ${join(home, '.claude')}`]);
    } finally {
      await watcher.stop();
    }
  });
});

describe('aiguard watch --format text', () => {
  it('prints one line naming the verdict, the assistant and the path', async () => {
    const home = join(root, 'home', 'cy');
    mkdirSync(home, { recursive: true });
    const watcher = await startWatch(['--home', home]);
    try {
      mkdirSync(join(home, '.claude'));
      const line = await watcher.waitFor((text) => text.includes('claude-code'));
      expect(line).toMatch(new RegExp(`^\\d{4}-\\d\\d-\\d\\dT\\S+ BLOCK claude-code ${join(home, '.claude').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(user cy\\): ~/.claude$`));
    } finally {
      await watcher.stop();
    }
  });
});
