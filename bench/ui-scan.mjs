// Benchmark: `aiguard scan` in a real pseudo-terminal (live progress) against the plain text report to a pipe and against the same pseudo-terminal with the view off (CI=true), as alternating paired runs, plus the time to the first frame.
// Usage: node bench/ui-scan.mjs [--commits N] [--small-commits N] [--runs R] [--repo PATH] [--small-repo PATH] [--cli FILE (default packages/cli/bin/aiguard.js)]
// Needs `script` (util-linux) for the pseudo-terminal. Every run scans the whole history (--no-cache), so both sides do the same work.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateHistory } from './generate-history.mjs';

const { values } = parseArgs({
  options: {
    commits: { type: 'string', default: '100000' },
    'small-commits': { type: 'string', default: '300' },
    runs: { type: 'string', default: '7' },
    repo: { type: 'string' },
    'small-repo': { type: 'string' },
    cli: { type: 'string' },
  },
});
const cli = values.cli ? resolve(values.cli) : fileURLToPath(new URL('../packages/cli/bin/aiguard.js', import.meta.url));
const cache = (count) => fileURLToPath(new URL(`./.cache/history-${count}`, import.meta.url));
const repos = [
  values.repo ?? (await generateHistory(cache(values.commits), Number(values.commits))),
  values['small-repo'] ?? (await generateHistory(cache(values['small-commits']), Number(values['small-commits']))),
];
const runs = Number(values.runs);
const quote = (text) => `'${text.replaceAll("'", `'\\''`)}'`;
// CI unset and a real terminal type: the only difference between the two sides is where stdout goes.
const ENV = { ...process.env, CI: '', NO_COLOR: '', TERM: 'xterm-256color' };

/** Runs `argv`, optionally in a 120x30 pseudo-terminal; resolves wall time, time to the first output byte, exit code and output. */
function run(argv, { tty, env = {} }) {
  return new Promise((resolve, reject) => {
    const command = tty ? 'script' : argv[0];
    const args = tty ? ['-qec', `stty cols 120 rows 30; exec ${argv.map(quote).join(' ')}`, '/dev/null'] : argv.slice(1);
    const started = process.hrtime.bigint();
    let firstByteMs;
    // stdin stays an open pipe: `script` ends its session when its stdin reaches end of file.
    const child = spawn(command, args, { env: { ...ENV, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    let stderr = '';
    const onData = (chunk) => {
      firstByteMs ??= Number(process.hrtime.bigint() - started) / 1e6;
      output += chunk;
    };
    child.stdout.on('data', onData);
    // Plain runs write progress nowhere; the first byte they write is the report (stdout) or an error (stderr).
    child.stderr.on('data', (chunk) => {
      firstByteMs ??= Number(process.hrtime.bigint() - started) / 1e6;
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (code !== 0 && code !== 1) return reject(new Error(`${command} ${args.join(' ')} exited ${code}: ${stderr}${output.slice(-500)}`));
      resolve({ ms, firstByteMs, code, output });
    });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x) => Math.round(x);
const ratio = (x) => Number(x.toFixed(2));
/** The report's closing totals (a terminal report fits rows to its width, so only these lines compare across the two). */
const totalsOf = (text) => text.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').split(/\r?\n/).filter((line) => /^(Scanned [\d,]+ commits|Findings:)/.test(line)).join('\n');

async function benchRepo(repo) {
  const plain = () => run([process.execPath, cli, 'scan', repo, '--no-cache', '--format', 'text'], { tty: false });
  const terminal = () => run([process.execPath, cli, 'scan', repo, '--no-cache'], { tty: true });
  // The same pseudo-terminal with the live view off (CI=true): what the view itself costs, script(1) and the pty aside.
  const terminalPlain = () => run([process.execPath, cli, 'scan', repo, '--no-cache'], { tty: true, env: { CI: 'true' } });
  // Node's own start-up in the same pseudo-terminal: the floor under the first frame.
  const nodeInTerminal = () => run([process.execPath, '-e', 'process.stdout.write(".")'], { tty: true });
  const warm = [await plain(), await terminal()];
  if (warm[0].code !== warm[1].code) throw new Error(`exit codes differ: plain ${warm[0].code}, terminal ${warm[1].code}`);
  if (!totalsOf(warm[0].output) || totalsOf(warm[1].output) !== totalsOf(warm[0].output)) throw new Error(`the terminal run reported other totals than the plain run: ${totalsOf(warm[1].output)} / ${totalsOf(warm[0].output)}`);
  const pairs = [];
  for (let i = 0; i < runs; i++) {
    // Alternate the order so drift in machine load hits both sides alike.
    const [p, t] = i % 2 === 0 ? [await plain(), await terminal()] : (([b, a]) => [a, b])([await terminal(), await plain()]);
    const node = await nodeInTerminal();
    const [tp, t2] = i % 2 === 0 ? [await terminalPlain(), await terminal()] : (([b, a]) => [a, b])([await terminal(), await terminalPlain()]);
    pairs.push({ plain: p.ms, terminal: t.ms, firstFrame: t.firstByteMs, node: node.firstByteMs, ratio: t.ms / p.ms, terminalPlain: tp.ms, viewRatio: t2.ms / tp.ms });
  }
  const commits = Number(/Scanned ([\d,]+) commits/.exec(warm[0].output)?.[1].replaceAll(',', '') ?? NaN);
  return {
    repo,
    commits,
    runs,
    plainMs: round(median(pairs.map((p) => p.plain))),
    terminalMs: round(median(pairs.map((p) => p.terminal))),
    // The target: terminal UI scan / plain-output scan <= 1.1.
    medianPairedRatio: ratio(median(pairs.map((p) => p.ratio))),
    pairedRatios: pairs.map((p) => ratio(p.ratio)),
    // The view alone: live view / CI=true in the same pseudo-terminal, paired separately.
    terminalWithoutViewMs: round(median(pairs.map((p) => p.terminalPlain))),
    medianViewRatio: ratio(median(pairs.map((p) => p.viewRatio))),
    // The target: the first frame within 100 ms of starting aiguard.
    firstFrameMs: round(median(pairs.map((p) => p.firstFrame))),
    firstFrameMaxMs: round(Math.max(...pairs.map((p) => p.firstFrame))),
    nodeFirstByteInTerminalMs: round(median(pairs.map((p) => p.node))),
  };
}

const results = [];
for (const repo of repos) results.push(await benchRepo(repo));
console.log(JSON.stringify({ results }, null, 2));
