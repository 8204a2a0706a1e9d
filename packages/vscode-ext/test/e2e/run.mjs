// Runs dist/test/suite.js inside a real, headless VS Code (code-server's VS Code server + Debian chromium via playwright-core).
// Usage: node test/e2e/run.mjs [--workspace DIR] [--out DIR] [--vsix FILE] [--timeout SECONDS]
//   (or env AIGUARD_E2E_WORKSPACE / AIGUARD_E2E_OUT / AIGUARD_E2E_VSIX / AIGUARD_E2E_TIMEOUT; AIGUARD_E2E_VERBOSE=1 echoes
//   the workbench log). Exit 0 = suite passed.
import { execFileSync, spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const EXT_DIR = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const REPO = resolve(EXT_DIR, '../..');
const VSCODE = join(REPO, '.tools/cs/node_modules/code-server/lib/vscode');
const SERVER_MAIN = join(VSCODE, 'out/server-main.js');
const SUITE = join(EXT_DIR, 'dist/test/suite.js');
const CHROMIUM = '/usr/bin/chromium';
const REPORT_PREFIX = '[aiguard-e2e] '; // suite/runner.ts marks its report lines with it
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const { values: args } = parseArgs({
  options: { workspace: { type: 'string' }, out: { type: 'string' }, vsix: { type: 'string' }, timeout: { type: 'string' } },
});
const env = process.env;
const vsix = args.vsix ?? env.AIGUARD_E2E_VSIX;
const outDir = resolve(args.out ?? env.AIGUARD_E2E_OUT ?? join(REPO, 'test-output/vscode-e2e'));
const timeoutMs = Number(args.timeout ?? env.AIGUARD_E2E_TIMEOUT ?? 120) * 1000;
if (!(timeoutMs > 0)) throw new Error(`--timeout must be a positive number of seconds, got "${args.timeout ?? env.AIGUARD_E2E_TIMEOUT}"`);

const tmp = mkdtempSync(join(tmpdir(), 'aiguard-e2e-'));
const dir = (name) => (mkdirSync(join(tmp, name), { recursive: true }), join(tmp, name));
const requestDir = dir('screenshot-requests');
// Everything VS Code and chromium write goes below tmp, never into the real home.
const childEnv = { ...env, HOME: dir('home'), XDG_CONFIG_HOME: dir('xdg-config'), XDG_DATA_HOME: dir('xdg-data'),
  XDG_CACHE_HOME: dir('xdg-cache'), TMPDIR: dir('tmp'), AIGUARD_E2E_SCREENSHOT_DIR: requestDir };
const extensionsDir = dir('extensions');
const serverDirs = ['--server-data-dir', dir('server-data'), '--user-data-dir', dir('user-data'), '--extensions-dir', extensionsDir];

let server;
let context;
let page;
let poller;
let exitCode = 1;
let failRun; // rejects the whole run early: timeout, server death, page crash

function preflight() {
  if (process.versions.node.split('.')[0] !== '24') throw new Error(`need Node 24 (VS Code 1.139 server), got ${process.version}; put <repo>/node_modules/.bin first on PATH`);
  if (!existsSync(SERVER_MAIN)) throw new Error(`no VS Code server at ${SERVER_MAIN}; run: bash packages/vscode-ext/scripts/setup-e2e.sh`);
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing; run: apt-get update && apt-get install -y chromium`);
  if (!existsSync(SUITE)) throw new Error(`no test suite at ${SUITE}; run: npm run build:e2e -w aiguard-vscode`);
}

function fixtureWorkspace() {
  const ws = dir('workspace');
  writeFileSync(join(ws, 'README.md'), '# e2e fixture\n\nWorkspace opened by packages/vscode-ext/test/e2e/run.mjs.\n');
  writeFileSync(join(ws, 'index.js'), 'console.log("hello");\n');
  return ws;
}

function freePort() {
  return new Promise((ok, fail) => {
    const srv = createServer().on('error', fail);
    srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => ok(port)); });
  });
}

function startServer(port) {
  server = spawn(process.execPath, [SERVER_MAIN, '--host', '127.0.0.1', '--port', String(port), '--without-connection-token',
    '--accept-server-license-terms', '--enable-smoke-test-driver', '--telemetry-level', 'off', ...serverDirs],
  { env: childEnv, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`VS Code server not listening after 30 s; see ${join(outDir, 'server.log')}`)), 30_000);
    const onData = (chunk) => {
      appendFileSync(join(outDir, 'server.log'), chunk);
      output += chunk;
      if (output.includes('Extension host agent listening')) { clearTimeout(timer); ok(); }
    };
    server.stdout.on('data', onData);
    server.stderr.on('data', onData);
    server.on('exit', (code, sig) => {
      clearTimeout(timer);
      const error = new Error(`VS Code server exited (${code ?? sig}); last output:\n${output.slice(-2000)}`);
      fail(error);
      failRun(error);
    });
  });
}

// The suite writes <requestDir>/<name> and waits for <name>.done; we save <outDir>/<name>.png in between.
function pollScreenshotRequests(page) {
  const busy = new Set();
  poller = setInterval(() => {
    for (const name of readdirSync(requestDir)) {
      if (name.endsWith('.done') || busy.has(name) || !/^[\w.-]+$/.test(name)) continue;
      busy.add(name);
      page.screenshot({ path: join(outDir, `${name}.png`) })
        .then(() => writeFileSync(join(requestDir, `${name}.done`), ''))
        .catch((err) => console.error(`e2e: screenshot "${name}" failed: ${err.message}`));
    }
  }, 200);
}

function writeVscodeLogs(logs) {
  for (const { relativePath, contents } of logs ?? []) {
    const file = resolve(outDir, 'vscode-logs', relativePath);
    if (!file.startsWith(join(outDir, 'vscode-logs'))) continue;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, contents);
  }
}

async function runSuite() {
  preflight();
  const workspace = resolve(args.workspace ?? env.AIGUARD_E2E_WORKSPACE ?? fixtureWorkspace());
  childEnv.AIGUARD_E2E_WORKSPACE = workspace;
  childEnv.AIGUARD_E2E_EXTENSION_ROOT = vsix ? extensionsDir : EXT_DIR;
  if (vsix) {
    console.log(`e2e: installing ${vsix}`);
    // The output is mostly spdlog binding noise; execFileSync's error carries it when the install really fails.
    execFileSync(process.execPath, [SERVER_MAIN, '--accept-server-license-terms', ...serverDirs, '--install-extension', resolve(vsix)],
      { env: childEnv, stdio: 'pipe' });
  }
  const port = await freePort();
  await startServer(port);
  const auth = `127.0.0.1:${port}`;
  // Without extensionDevelopmentPath VS Code would not treat the window as an extension test run (see test/e2e/README.md),
  // so in vsix mode it points at an empty folder: the extension under test then comes from the installed .vsix.
  const devPath = vsix ? dir('no-dev-extension') : EXT_DIR;
  const payload = [['extensionDevelopmentPath', `vscode-remote://${auth}${devPath}`], ['extensionTestsPath', `vscode-remote://${auth}${SUITE}`]];

  context = await chromium.launchPersistentContext(dir('chromium-profile'),
    { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, env: childEnv, viewport: { width: 1440, height: 900 },
      // Playwright's own handlers would exit(130) before our cleanup has killed the server.
      handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false });
  page = context.pages()[0] ?? (await context.newPage());
  page.on('crash', () => failRun(new Error('the chromium page crashed')));
  let onExit;
  const exited = new Promise((ok) => (onExit = ok));
  await page.exposeFunction('codeAutomationExit', (code, logs) => { writeVscodeLogs(logs); onExit(code); });
  await page.exposeFunction('codeAutomationLog', (level, message) => {
    const text = String(message);
    if (text.startsWith(REPORT_PREFIX)) console.log(text.slice(REPORT_PREFIX.length));
    else appendFileSync(join(outDir, 'workbench.log'), `[${level}] ${text}\n`);
    if (env.AIGUARD_E2E_VERBOSE) console.log(`[vscode ${level}] ${text}`);
  });
  pollScreenshotRequests(page);
  await page.goto(`http://${auth}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
  const code = await exited;
  await page.screenshot({ path: join(outDir, 'workbench.png') });
  console.log(`e2e: extension tests exited with code ${code}; screenshots and logs in ${outDir}`);
  return code === 0 ? 0 : 1;
}

async function cleanup() {
  clearInterval(poller);
  // On timeout or error, still show what the workbench looked like.
  if (!existsSync(join(outDir, 'workbench.png'))) await page?.screenshot({ path: join(outDir, 'workbench.png') }).catch(() => {});
  await context?.close().catch(() => {});
  killServerAndRemoveTmp();
}

// Synchronous, so it also runs from process.on('exit') after a crash.
function killServerAndRemoveTmp() {
  try { if (server) process.kill(-server.pid, 'SIGKILL'); } catch { /* already gone */ }
  rmSync(tmp, { recursive: true, force: true });
}

process.on('exit', killServerAndRemoveTmp);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(sig, () => cleanup().finally(() => process.exit(1)));

mkdirSync(outDir, { recursive: true });
for (const stale of ['workbench.png', 'workbench.log', 'server.log', 'vscode-logs']) rmSync(join(outDir, stale), { recursive: true, force: true });
let timer;
try {
  const aborted = new Promise((_, fail) => {
    failRun = fail;
    timer = setTimeout(() => fail(new Error(`timed out after ${timeoutMs / 1000} s; see ${outDir}/workbench.png and workbench.log`)), timeoutMs);
  });
  exitCode = await Promise.race([runSuite(), aborted]);
} catch (err) {
  console.error(`e2e: ${err.message}`);
} finally {
  clearTimeout(timer);
  await cleanup();
}
process.exit(exitCode);
