// Benchmark: what aiguard's git hooks add to a real `git push`, as alternating paired runs.
//
// pre-push: a clone with a 200-commit history pushes 10 new commits to a local bare remote, once with the hooks
// `aiguard hook install` wrote and once with core.hooksPath pointed at an empty folder (no hook). Each pair is also
// paired with `node -e 0`, the floor any Node-based hook pays. Reported ratio: (hook push - plain push) / (node -e 0),
// the hook's cost in units of a bare Node start (issue 14's target: <= 1.5).
// pre-receive: the same clone pushes a 1,000-commit branch over file:// to a bare server with
// `aiguard hook install --server` and to one without; reported: both times and the difference.
// Before every push the remote ref (and the clone's remote-tracking ref) is reset, so each push sends the same
// commits. The policy (.aiguard.json) blocks claude-code, which these human commits do not carry: every push is
// accepted, after the full check. Medians over --runs pairs; the order inside a pair alternates so drift in machine
// load hits both sides alike.
// One extra untimed push of each kind counts the Node and git processes it starts (bench/process-count.mjs).
// Usage: node bench/hook.mjs [--runs R] [--keep]
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { countProcesses } from './process-count.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '11' }, keep: { type: 'boolean', default: false } } });
const runs = Number(values.runs);
const cli = fileURLToPath(new URL('../packages/cli/bin/aiguard.js', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'aiguard-bench-hook-'));
const home = join(root, 'home');
mkdirSync(home);
// Git reads no user or system config, and the benchmark leaves nothing outside its temp folder.
const env = { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_CACHE_HOME: join(home, '.cache'), GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: join(home, '.gitconfig'), GIT_TERMINAL_PROMPT: '0' };
delete env.NODE_COMPILE_CACHE;
const git = (cwd, ...args) => execFileSync('git', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

/** Appends `count` human commits, each changing one file, to `ref` of the repository at `dir` with git fast-import. */
function importCommits(dir, ref, count, { from, start }) {
  let stream = '';
  for (let i = 0; i < count; i++) {
    const message = `Change module ${start + i}\n\nKeep the retry budget in the request context (${start + i}).\n`;
    const when = 1_700_000_000 + (start + i) * 60;
    stream += `commit ${ref}\ncommitter Ana Human <ana@example.com> ${when} +0000\ndata ${Buffer.byteLength(message)}\n${message}`;
    if (i === 0 && from) stream += `from ${from}\n`;
    const body = `export const value${start + i} = ${start + i};\n`;
    stream += `M 100644 inline src/module-${(start + i) % 50}.ts\ndata ${Buffer.byteLength(body)}\n${body}\n`;
  }
  execFileSync('git', ['fast-import', '--quiet'], { cwd: dir, env, input: stream });
  return git(dir, 'rev-parse', ref);
}

const work = join(root, 'work');
git(root, 'init', '-q', '-b', 'main', work);
const base = importCommits(work, 'refs/heads/main', 200, { start: 0 });
git(work, 'reset', '-q', '--hard', 'main');
writeFileSync(join(work, '.aiguard.json'), JSON.stringify({ assistants: { 'claude-code': 'block' } }));
const tenTip = importCommits(work, 'refs/heads/ten', 10, { from: base, start: 200 });
const thousandTip = importCommits(work, 'refs/heads/thousand', 1000, { from: base, start: 210 });

const remote = join(root, 'remote.git');
git(root, 'init', '-q', '--bare', remote);
git(work, 'remote', 'add', 'origin', remote);
git(work, 'push', '-q', 'origin', 'main');
const emptyHooks = join(root, 'no-hooks');
mkdirSync(emptyHooks);
execFileSync(process.execPath, [cli, 'hook', 'install', '--hooks', 'pre-push'], { cwd: work, env, stdio: 'ignore' });

const servers = {};
for (const name of ['hooked', 'plain']) {
  servers[name] = join(root, `server-${name}.git`);
  git(root, 'init', '-q', '--bare', servers[name]);
  git(work, 'push', '-q', '--no-verify', `file://${servers[name]}`, 'main');
}
writeFileSync(join(servers.hooked, '.aiguard.json'), JSON.stringify({ assistants: { 'claude-code': 'block' } }));
execFileSync(process.execPath, [cli, 'hook', 'install', '--server'], { cwd: servers.hooked, env, stdio: 'ignore' });

function time(command, args, cwd) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => (code === 0 ? resolve(Number(process.hrtime.bigint() - started) / 1e6) : reject(new Error(`${command} ${args.join(' ')} exited ${code}: ${stderr}`))));
  });
}

/** Puts the remote (and the clone's view of it) back where the 10 commits are new to it. */
function resetRemote() {
  git(remote, 'update-ref', 'refs/heads/main', base);
  git(work, 'update-ref', 'refs/remotes/origin/main', base);
}
const node = () => time(process.execPath, ['-e', '0'], root);
const hookPush = () => (resetRemote(), time('git', ['push', '-q', 'origin', `${tenTip}:refs/heads/main`], work));
const plainPush = () => (resetRemote(), time('git', ['-c', `core.hooksPath=${emptyHooks}`, 'push', '-q', 'origin', `${tenTip}:refs/heads/main`], work));
const serverPush = (name) => {
  git(servers[name], 'update-ref', 'refs/heads/main', base);
  return time('git', ['push', '-q', '--no-verify', `file://${servers[name]}`, `${thousandTip}:refs/heads/main`], work);
};

/** Node and git processes of one hooked 10-commit push (git push itself and its children included). */
function pushProcesses() {
  resetRemote();
  const { node, git, perNode } = countProcesses('git', ['push', '-q', 'origin', `${tenTip}:refs/heads/main`], { cwd: work, env });
  return { node, git, commonJsFiles: perNode.map((p) => p.files), extraBuiltinModules: perNode.map((p) => p.builtins) };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => Math.round(x * 10) / 10;

// Warm the page cache, the compile cache and git's own files once.
await node();
await hookPush();
await plainPush();
await serverPush('hooked');
await serverPush('plain');

const prePush = [];
for (let i = 0; i < runs; i++) {
  const order = i % 2 === 0 ? ['hook', 'plain', 'node'] : ['node', 'plain', 'hook'];
  const result = {};
  for (const side of order) result[side] = await (side === 'hook' ? hookPush() : side === 'plain' ? plainPush() : node());
  prePush.push({ ...result, ratio: (result.hook - result.plain) / result.node });
}
const preReceive = [];
for (let i = 0; i < runs; i++) {
  const [first, second] = i % 2 === 0 ? ['hooked', 'plain'] : ['plain', 'hooked'];
  const result = { [first]: await serverPush(first), [second]: await serverPush(second) };
  preReceive.push({ ...result, added: result.hooked - result.plain });
}

console.log(
  JSON.stringify(
    {
      runs,
      prePush: {
        commitsPushed: 10,
        nodeEmptyMs: ms(median(prePush.map((p) => p.node))),
        plainPushMs: ms(median(prePush.map((p) => p.plain))),
        hookPushMs: ms(median(prePush.map((p) => p.hook))),
        hookCostMs: ms(median(prePush.map((p) => p.hook - p.plain))),
        medianRatio: Number(median(prePush.map((p) => p.ratio)).toFixed(2)),
        target: 1.5,
        processes: pushProcesses(),
        pairedRatios: prePush.map((p) => Number(p.ratio.toFixed(2))),
      },
      preReceive: {
        commitsPushed: 1000,
        plainPushMs: ms(median(preReceive.map((p) => p.plain))),
        hookPushMs: ms(median(preReceive.map((p) => p.hooked))),
        hookCostMs: ms(median(preReceive.map((p) => p.added))),
      },
    },
    null,
    2,
  ),
);
if (values.keep) console.error(`kept ${root}`);
else rmSync(root, { recursive: true, force: true });
