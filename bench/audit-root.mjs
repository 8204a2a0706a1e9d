// Benchmark: `aiguard audit --root` over many small repositories against the floor the issue names: a pruned `find`
// for the repositories plus one `git log -1` in each, one after another. Paired, alternating runs; reports wall time
// and CPU time (user+sys of the process tree) for: the floor, a first audit (--no-cache) and a repeat audit (cached).
// Where strace is installed it also counts the git processes each audit starts per repository (the issue asks <= 1).
// Usage: node bench/audit-root.mjs [--repos N] [--runs R]
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { repos: { type: 'string', default: '500' }, runs: { type: 'string', default: '5' } } });
const count = Number(values.repos);
const cli = fileURLToPath(new URL('../packages/cli/bin/aiguard.cjs', import.meta.url));
const root = fileURLToPath(new URL(`./.cache/audit-root-${count}`, import.meta.url));
const cacheHome = mkdtempSync(join(tmpdir(), 'aiguard-bench-audit-'));
const env = { ...process.env, CI: 'true', XDG_CACHE_HOME: cacheHome, GIT_AUTHOR_NAME: 'Ana', GIT_AUTHOR_EMAIL: 'ana@example.com', GIT_COMMITTER_NAME: 'Ana', GIT_COMMITTER_EMAIL: 'ana@example.com' };

if (!existsSync(join(root, '.generated'))) {
  rmSync(root, { recursive: true, force: true });
  for (let i = 0; i < count; i++) {
    // Spread over team folders with some depth and noise, as under a real home.
    const repo = join(root, `team-${i % 20}`, `project-${i}`);
    mkdirSync(join(repo, 'src', 'lib'), { recursive: true });
    mkdirSync(join(repo, 'node_modules', 'dep'), { recursive: true });
    writeFileSync(join(repo, 'src', 'lib', 'index.ts'), `export const n = ${i};\n`);
    execFileSync('git', ['init', '-q', '-b', 'main', repo]);
    execFileSync('git', ['-C', repo, 'add', 'src'], { env });
    for (let c = 0; c < 5; c++) execFileSync('git', ['-C', repo, 'commit', '-q', '--allow-empty', '-m', `change ${c}${i % 10 === 0 && c === 4 ? '\n\nCo-Authored-By: Claude <noreply@anthropic.com>' : ''}`], { env });
  }
  writeFileSync(join(root, '.generated'), '');
}

/** Runs a shell command; resolves wall ms and the CPU ms of its whole process tree (bash `times`). */
function run(script) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn('bash', ['-c', `${script} >/dev/null; code=$?; times >&2; exit $code`], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => {
      if (code !== 0 && code !== 1) return reject(new Error(`${script} exited ${code}: ${stderr}`));
      const wall = Number(process.hrtime.bigint() - started) / 1e6;
      // `times` prints the shell's then its children's user/system times: take the children line.
      const line = stderr.trim().split('\n').at(-1);
      const cpu = [...line.matchAll(/(\d+)m([\d.]+)s/g)].reduce((sum, m) => sum + Number(m[1]) * 60000 + Number(m[2]) * 1000, 0);
      resolve({ wall, cpu });
    });
  });
}
const q = (text) => `'${text.replaceAll("'", "'\\''")}'`;
const floor = () => run(`find ${q(root)} -name node_modules -prune -o -name .git -prune -print | while read -r d; do git -C "$(dirname "$d")" log -1 --format=%H; done`);
const audit = (...extra) => run(`${q(process.execPath)} ${q(cli)} audit --only repositories --root ${q(root)} --format json ${extra.join(' ')}`);
/** git processes per repository of one audit, counted from its execve calls; undefined without strace. */
async function gitProcessesPerRepository(...extra) {
  if (!existsSync('/usr/bin/strace')) return undefined;
  const trace = join(cacheHome, 'execve.txt');
  await run(`/usr/bin/strace -f -qq -e trace=execve -e signal=none -o ${q(trace)} ${q(process.execPath)} ${q(cli)} audit --only repositories --root ${q(root)} --format json ${extra.join(' ')}`);
  const gits = readFileSync(trace, 'utf8').split('\n').filter((line) => /execve\("[^"]*\/git", .*= 0$/.test(line)).length;
  return Number((gits / count).toFixed(2));
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

try {
  await audit(); // fills the cache for the repeat runs
  const rows = [];
  for (let i = 0; i < Number(values.runs); i++) {
    const order = i % 2 === 0 ? ['floor', 'first', 'repeat'] : ['repeat', 'first', 'floor'];
    const row = {};
    for (const name of order) row[name] = await (name === 'floor' ? floor() : name === 'first' ? audit('--no-cache') : audit());
    rows.push(row);
  }
  const processes = { first: await gitProcessesPerRepository('--no-cache'), repeat: await gitProcessesPerRepository() };
  const pick = (name, key) => Math.round(median(rows.map((row) => row[name][key])));
  const ratio = (name, key) => Number(median(rows.map((row) => row[name][key] / row.floor[key])).toFixed(2));
  console.log(JSON.stringify({
    repositories: count,
    runs: rows.length,
    floor: { wallMs: pick('floor', 'wall'), cpuMs: pick('floor', 'cpu') },
    firstAudit: { wallMs: pick('first', 'wall'), cpuMs: pick('first', 'cpu'), wallRatio: ratio('first', 'wall'), cpuRatio: ratio('first', 'cpu') },
    repeatAudit: { wallMs: pick('repeat', 'wall'), cpuMs: pick('repeat', 'cpu'), wallRatio: ratio('repeat', 'wall'), cpuRatio: ratio('repeat', 'cpu') },
    ...(processes.first !== undefined ? { gitProcessesPerRepository: processes } : {}),
  }, null, 2));
} finally {
  rmSync(cacheHome, { recursive: true, force: true });
}
