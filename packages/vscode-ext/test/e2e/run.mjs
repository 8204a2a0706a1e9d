// Runs dist/test/suite.js inside a real, headless VS Code (code-server's VS Code server + Debian chromium via playwright-core).
// Usage: node test/e2e/run.mjs [--scenario block,allow,restricted] [--workspace DIR] [--out DIR] [--vsix FILE] [--timeout SECONDS]
//   (or env AIGUARD_E2E_SCENARIO / AIGUARD_E2E_WORKSPACE / AIGUARD_E2E_OUT / AIGUARD_E2E_VSIX / AIGUARD_E2E_TIMEOUT;
//   AIGUARD_E2E_VERBOSE=1 echoes the workbench log). Each scenario is one fresh VS Code (own server, profile and fixture
//   repository from fixtures.mjs), run one after another; the suite reads AIGUARD_E2E_SCENARIO to pick its tests.
//   Exit 0 = every scenario passed.
import { execFileSync, spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { createFixtureRepository, SCENARIOS } from './fixtures.mjs';
import { createStubExtension } from './stub-extension.mjs';

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
  options: { scenario: { type: 'string' }, workspace: { type: 'string' }, out: { type: 'string' }, vsix: { type: 'string' }, timeout: { type: 'string' } },
});
const env = process.env;
const vsix = args.vsix ?? env.AIGUARD_E2E_VSIX;
const outRoot = resolve(args.out ?? env.AIGUARD_E2E_OUT ?? join(REPO, 'test-output/vscode-e2e'));
const timeoutMs = Number(args.timeout ?? env.AIGUARD_E2E_TIMEOUT ?? 120) * 1000;
if (!(timeoutMs > 0)) throw new Error(`--timeout must be a positive number of seconds, got "${args.timeout ?? env.AIGUARD_E2E_TIMEOUT}"`);
const customWorkspace = args.workspace ?? env.AIGUARD_E2E_WORKSPACE;
const scenarioNames = (args.scenario ?? env.AIGUARD_E2E_SCENARIO ?? (customWorkspace ? 'smoke' : Object.keys(SCENARIOS).join(',')))
  .split(',').map((s) => s.trim()).filter(Boolean);
for (const name of scenarioNames) {
  if (!(name in SCENARIOS) && !(name === 'smoke' && customWorkspace)) {
    throw new Error(`--scenario: unknown scenario "${name}"; known: ${Object.keys(SCENARIOS).join(', ')} (smoke only with --workspace)`);
  }
}

/** The run in progress; module-level so signal and exit handlers can clean it up. */
let run;

function preflight() {
  if (process.versions.node.split('.')[0] !== '24') throw new Error(`need Node 24 (VS Code 1.139 server), got ${process.version}; put <repo>/node_modules/.bin first on PATH`);
  if (!existsSync(SERVER_MAIN)) throw new Error(`no VS Code server at ${SERVER_MAIN}; run: bash packages/vscode-ext/scripts/setup-e2e.sh`);
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing; run: apt-get update && apt-get install -y chromium`);
  if (!existsSync(SUITE)) throw new Error(`no test suite at ${SUITE}; run: npm run build:e2e -w aiguard-vscode`);
}

function freePort() {
  return new Promise((ok, fail) => {
    const srv = createServer().on('error', fail);
    srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => ok(port)); });
  });
}

function newRun(scenario) {
  const tmp = mkdtempSync(join(tmpdir(), `aiguard-e2e-${scenario}-`));
  const dir = (name) => (mkdirSync(join(tmp, name), { recursive: true }), join(tmp, name));
  const requestDir = dir('screenshot-requests');
  const outDir = join(outRoot, scenario);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  // Everything VS Code and chromium write goes below tmp, never into the real home.
  const childEnv = { ...env, HOME: dir('home'), XDG_CONFIG_HOME: dir('xdg-config'), XDG_DATA_HOME: dir('xdg-data'),
    XDG_CACHE_HOME: dir('xdg-cache'), TMPDIR: dir('tmp'), AIGUARD_E2E_SCREENSHOT_DIR: requestDir, AIGUARD_E2E_SCENARIO: scenario,
    AIGUARD_E2E_STATUS_ITEM_FILE: join(tmp, 'status-item-shown-at') };
  const extensionsDir = dir('extensions');
  const serverDirs = ['--server-data-dir', dir('server-data'), '--user-data-dir', dir('user-data'), '--extensions-dir', extensionsDir];
  return { scenario, tmp, dir, requestDir, outDir, childEnv, extensionsDir, serverDirs, server: undefined, context: undefined, page: undefined, poller: undefined, failRun: undefined };
}

function startServer(r, port, trusted) {
  const server = spawn(process.execPath, [SERVER_MAIN, '--host', '127.0.0.1', '--port', String(port), '--without-connection-token',
    '--accept-server-license-terms', '--enable-smoke-test-driver', '--telemetry-level', 'off', ...(trusted ? ['--disable-workspace-trust'] : []), ...r.serverDirs],
  { env: r.childEnv, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  r.server = server;
  let output = '';
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`VS Code server not listening after 30 s; see ${join(r.outDir, 'server.log')}`)), 30_000);
    const onData = (chunk) => {
      appendFileSync(join(r.outDir, 'server.log'), chunk);
      output += chunk;
      if (output.includes('Extension host agent listening')) { clearTimeout(timer); ok(); }
    };
    server.stdout.on('data', onData);
    server.stderr.on('data', onData);
    server.on('exit', (code, sig) => {
      clearTimeout(timer);
      const error = new Error(`VS Code server exited (${code ?? sig}); last output:\n${output.slice(-2000)}`);
      fail(error);
      r.failRun?.(error);
    });
  });
}

// The suite writes <requestDir>/<name> and waits for <name>.done; we save <outDir>/<name>.png in between.
function pollScreenshotRequests(r) {
  const busy = new Set();
  r.poller = setInterval(() => {
    for (const name of readdirSync(r.requestDir)) {
      if (name.endsWith('.done') || busy.has(name) || !/^[\w.-]+$/.test(name)) continue;
      busy.add(name);
      r.page.screenshot({ path: join(r.outDir, `${name}.png`) })
        .then(() => writeFileSync(join(r.requestDir, `${name}.done`), ''))
        .catch((err) => console.error(`e2e: screenshot "${name}" failed: ${err.message}`));
    }
  }, 200);
}

// When aiguard's status bar item first shows, in epoch ms (the page's clock is this machine's): the suite compares it
// with the time activate() ran.
function watchForStatusItem(r) {
  r.page.waitForFunction(() => {
    const item = [...document.querySelectorAll('.statusbar-item')].find((el) => el.id.includes('aiguard.status') || /\baiguard\b/.test(el.textContent ?? ''));
    return item ? Date.now() : false;
  }, undefined, { polling: 20, timeout: 0 })
    .then((handle) => handle.jsonValue())
    .then((shownAt) => writeFileSync(r.childEnv.AIGUARD_E2E_STATUS_ITEM_FILE, String(shownAt)))
    .catch(() => undefined); // the page closed first: the suite reports the missing time
}

function writeVscodeLogs(outDir, logs) {
  for (const { relativePath, contents } of logs ?? []) {
    const file = resolve(outDir, 'vscode-logs', relativePath);
    if (!file.startsWith(join(outDir, 'vscode-logs'))) continue;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, contents);
  }
}

async function runSuite(r) {
  const spec = SCENARIOS[r.scenario] ?? { trusted: false };
  const workspace = resolve(customWorkspace ?? createFixtureRepository(r.dir('workspace'), r.scenario, r.childEnv));
  r.childEnv.AIGUARD_E2E_WORKSPACE = workspace;
  if (spec.managed) {
    // A managed layer through the MDM variable: the system file (/etc/aiguard) stays untouched.
    const file = join(r.dir('managed'), 'policy.json');
    writeFileSync(file, `${JSON.stringify({ assistants: { 'claude-code': spec.managed } })}\n`);
    r.childEnv.AIGUARD_MANAGED_POLICY = file;
  }
  r.childEnv.AIGUARD_E2E_EXTENSION_ROOT = vsix ? r.extensionsDir : EXT_DIR;
  const install = (what) =>
    // The output is mostly spdlog binding noise; execFileSync's error carries it when the install really fails.
    execFileSync(process.execPath, [SERVER_MAIN, '--accept-server-license-terms', ...r.serverDirs, '--install-extension', what], { env: r.childEnv, stdio: 'pipe' });
  if (vsix) {
    console.log(`e2e: installing ${vsix}`);
    install(resolve(vsix));
  }
  // A stand-in for a banned assistant's extension (same id as Claude Code's), so the installed-extensions check sees one.
  if (r.scenario !== 'smoke') install(await createStubExtension(r.dir('stub-extension'), 'anthropic', 'claude-code'));
  const port = await freePort();
  await startServer(r, port, spec.trusted);
  const auth = `127.0.0.1:${port}`;
  // Without extensionDevelopmentPath VS Code would not treat the window as an extension test run (see test/e2e/README.md),
  // so in vsix mode it points at an empty folder: the extension under test then comes from the installed .vsix.
  const devPath = vsix ? r.dir('no-dev-extension') : EXT_DIR;
  const payload = [['extensionDevelopmentPath', `vscode-remote://${auth}${devPath}`], ['extensionTestsPath', `vscode-remote://${auth}${SUITE}`]];

  r.context = await chromium.launchPersistentContext(r.dir('chromium-profile'),
    { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, env: r.childEnv, viewport: { width: 1440, height: 900 },
      // Playwright's own handlers would exit(130) before our cleanup has killed the server.
      handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false });
  r.page = r.context.pages()[0] ?? (await r.context.newPage());
  r.page.on('crash', () => r.failRun?.(new Error('the chromium page crashed')));
  let onExit;
  const exited = new Promise((ok) => (onExit = ok));
  await r.page.exposeFunction('codeAutomationExit', (code, logs) => { writeVscodeLogs(r.outDir, logs); onExit(code); });
  await r.page.exposeFunction('codeAutomationLog', (level, message) => {
    const text = String(message);
    if (text.startsWith(REPORT_PREFIX)) console.log(text.slice(REPORT_PREFIX.length));
    else appendFileSync(join(r.outDir, 'workbench.log'), `[${level}] ${text}\n`);
    if (env.AIGUARD_E2E_VERBOSE) console.log(`[vscode ${level}] ${text}`);
  });
  pollScreenshotRequests(r);
  await r.page.goto(`http://${auth}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
  watchForStatusItem(r); // after the navigation, which would destroy a wait started before it
  const code = await exited;
  await r.page.screenshot({ path: join(r.outDir, 'workbench.png') });
  console.log(`e2e: [${r.scenario}] extension tests exited with code ${code}; screenshots and logs in ${r.outDir}`);
  return code === 0 ? 0 : 1;
}

async function cleanup(r) {
  clearInterval(r.poller);
  // On timeout or error, still show what the workbench looked like.
  if (!existsSync(join(r.outDir, 'workbench.png'))) await r.page?.screenshot({ path: join(r.outDir, 'workbench.png') }).catch(() => {});
  await r.context?.close().catch(() => {});
  killServerAndRemoveTmp(r);
}

// Synchronous, so it also runs from process.on('exit') after a crash.
function killServerAndRemoveTmp(r) {
  if (!r) return;
  try { if (r.server) process.kill(-r.server.pid, 'SIGKILL'); } catch { /* already gone */ }
  rmSync(r.tmp, { recursive: true, force: true });
}

async function runScenario(scenario) {
  run = newRun(scenario);
  const r = run;
  const started = Date.now();
  console.log(`e2e: scenario ${scenario}`);
  let timer;
  let exitCode = 1;
  try {
    const aborted = new Promise((_, fail) => {
      r.failRun = fail;
      timer = setTimeout(() => fail(new Error(`timed out after ${timeoutMs / 1000} s; see ${r.outDir}/workbench.png and workbench.log`)), timeoutMs);
    });
    exitCode = await Promise.race([runSuite(r), aborted]);
  } catch (err) {
    console.error(`e2e: [${scenario}] ${err.message}`);
  } finally {
    clearTimeout(timer);
    await cleanup(r);
    run = undefined;
  }
  console.log(`e2e: scenario ${scenario} ${exitCode === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return exitCode;
}

process.on('exit', () => killServerAndRemoveTmp(run));
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(sig, () => (run ? cleanup(run) : Promise.resolve()).finally(() => process.exit(1)));

let failed = 0;
try {
  preflight();
  mkdirSync(outRoot, { recursive: true });
  for (const scenario of scenarioNames) failed += await runScenario(scenario);
} catch (err) {
  console.error(`e2e: ${err.message}`);
  failed++;
}
console.log(`e2e: ${scenarioNames.length - failed} of ${scenarioNames.length} scenario run(s) passed`);
process.exit(failed === 0 ? 0 : 1);
