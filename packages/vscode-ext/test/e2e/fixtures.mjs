// Builds the e2e fixture workspaces: a git repository with Claude Code footprints under a policy that blocks or allows it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The scenarios run.mjs knows: which policy the fixture repository carries and whether the workspace is trusted. */
export const SCENARIOS = {
  // Claude Code banned by the repository policy: diagnostics, status, commits view, commit box and terminal all warn.
  block: { policy: 'block', trusted: true },
  // The same footprints, allowed: nothing shows.
  allow: { policy: 'allow', trusted: true },
  // Banned, but the workspace is in Restricted Mode: files and git metadata are still read (no workspace code runs).
  restricted: { policy: 'block', trusted: false },
  // The repository allows Claude Code, but IT's managed policy bans it: the stronger layer wins and is named. The
  // repository's .vscode/settings.json also tries to switch aiguard off and to read no history: both are ignored.
  managed: { policy: 'allow', trusted: true, managed: 'block', workspaceSettings: { 'aiguard.enable': false, 'aiguard.historyDepth': 0 } },
  // A plain folder (no git) with no policy file: footprints are warnings, found by VS Code's file search.
  plain: { policy: undefined, trusted: true, git: false },
  // As block, plus an ordinary source file and a git identity for the editor's own commits: a scripted editing session
  // whose scans and commit-box reads are counted.
  session: { policy: 'block', trusted: true, session: true },
};

/** The commit whose trailer the tests look for. */
export const CLAUDE_COMMIT_SUBJECT = 'Add the greeting module';

function git(cwd, args, env) {
  execFileSync('git', ['-c', 'user.name=Dana Developer', '-c', 'user.email=dana@example.com', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    env: { ...env, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_DATE: '2026-11-01T10:00:00Z', GIT_COMMITTER_DATE: '2026-11-01T10:00:00Z' },
    stdio: 'pipe',
  });
}

/** Writes the fixture repository for `scenario` into `dir` and returns `dir`. */
export function createFixtureRepository(dir, scenario, env) {
  const { policy, git: isRepository = true } = SCENARIOS[scenario];
  mkdirSync(dir, { recursive: true });
  if (!isRepository) {
    writeFileSync(join(dir, 'README.md'), '# e2e fixture (no git)\n');
    writeFileSync(join(dir, 'CLAUDE.md'), '# CLAUDE.md\n');
    writeFileSync(join(dir, '.cursorrules'), 'Always answer in French.\n');
    mkdirSync(join(dir, 'node_modules', 'some-package'), { recursive: true });
    writeFileSync(join(dir, 'node_modules', 'some-package', 'CLAUDE.md'), '# ignored: dependencies are not the workspace\n');
    return dir;
  }
  git(dir, ['init', '--quiet', '--initial-branch=main'], env);
  const { workspaceSettings } = SCENARIOS[scenario];
  if (workspaceSettings) {
    mkdirSync(join(dir, '.vscode'), { recursive: true });
    writeFileSync(join(dir, '.vscode', 'settings.json'), `${JSON.stringify(workspaceSettings, null, 2)}\n`);
  }
  writeFileSync(join(dir, 'README.md'), '# e2e fixture\n\nWorkspace opened by packages/vscode-ext/test/e2e/run.mjs.\n');
  writeFileSync(join(dir, '.aiguard.json'), `${JSON.stringify({ assistants: { 'claude-code': policy } }, null, 2)}\n`);
  git(dir, ['add', '.'], env);
  git(dir, ['commit', '--quiet', '-m', 'Initial commit'], env);
  writeFileSync(join(dir, 'CLAUDE.md'), '# CLAUDE.md\n\nThis file gives Claude Code guidance for this repository.\n');
  writeFileSync(join(dir, 'greeting.js'), 'export const greet = (name) => `Hello, ${name}!`;\n');
  git(dir, ['add', '.'], env);
  git(dir, ['commit', '--quiet', '-m', `${CLAUDE_COMMIT_SUBJECT}\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)\n\nCo-Authored-By: Claude <noreply@anthropic.com>`], env);
  writeFileSync(join(dir, 'notes.txt'), 'work in progress\n');
  if (SCENARIOS[scenario].session) {
    mkdirSync(join(dir, 'src'), { recursive: true });
    writeFileSync(join(dir, 'src', 'app.ts'), 'export const app = 1;\n');
    git(dir, ['add', 'src/app.ts'], env);
    git(dir, ['commit', '--quiet', '-m', 'Add the app'], env);
    // The Git extension commits with the repository's own identity (the temp home has none).
    git(dir, ['config', 'user.name', 'Dana Developer'], env);
    git(dir, ['config', 'user.email', 'dana@example.com'], env);
    git(dir, ['config', 'commit.gpgsign', 'false'], env);
  }
  return dir;
}
