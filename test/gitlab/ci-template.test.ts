/**
 * @fileoverview The GitLab CI template's job script run as a GitLab runner runs it (one sh session, stopping at the
 * first failing line) on real repositories: a branch pipeline and a merge request pipeline, Code Quality output.
 */
import { execa } from 'execa';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BLOCK_CLAUDE, CLAUDE_TRAILER, createHookSandbox, type HookSandbox } from '../helpers/hook-sandbox.js';
import { REPO_ROOT } from '../helpers/release-build.js';
import { CLI_PATH } from '../helpers/run-cli.js';

interface Job {
  variables: Record<string, string>;
  before_script: string[];
  script: string[];
  artifacts: { when: string; reports: { codequality: string } };
}
const TEMPLATE = parse(readFileSync(join(REPO_ROOT, 'ci', 'gitlab', 'aiguard.gitlab-ci.yml'), 'utf8')) as { aiguard: Job };

describe('the GitLab CI template', () => {
  let sandbox: HookSandbox;
  let repo: string;
  let mergeBase: string;
  let bin: string;

  beforeAll(async () => {
    sandbox = createHookSandbox();
    repo = sandbox.initRepo('project');
    sandbox.commit(repo, 'Add the policy\n', { '.aiguard.json': BLOCK_CLAUDE });
    mergeBase = sandbox.commit(repo, `Old generated work\n\n${CLAUDE_TRAILER}\n`);
    sandbox.gitOk(repo, 'switch', '-q', '-c', 'feature');
    sandbox.commit(repo, 'Clean work\n', { 'src/a.ts': 'export {};\n' });
    // `aiguard` on PATH, as the template's before_script (npm install --global) leaves it.
    bin = join(sandbox.root, 'bin');
    sandbox.write(join(bin, 'aiguard'), `#!/bin/sh\nexec '${process.execPath}' '${CLI_PATH}' "$@"\n`);
    await execa('chmod', ['+x', join(bin, 'aiguard')]);
  });
  afterAll(() => sandbox.cleanup());

  /** Runs the job's script lines in one sh -e session with the job's variables and GitLab's predefined ones. */
  const runJob = (predefined: Record<string, string>) => {
    rmSync(join(repo, TEMPLATE.aiguard.artifacts.reports.codequality), { force: true });
    return execa('sh', ['-e', '-c', TEMPLATE.aiguard.script.join('\n')], {
      cwd: repo,
      env: { ...sandbox.env, PATH: `${bin}:${sandbox.env.PATH}`, ...TEMPLATE.aiguard.variables, CI: 'true', GITLAB_CI: 'true', CI_PROJECT_DIR: repo, ...predefined },
      extendEnv: false,
      reject: false,
    });
  };

  it('fetches the whole history and keeps the report when the job fails', () => {
    expect(TEMPLATE.aiguard.variables.GIT_DEPTH).toBe('0');
    expect(TEMPLATE.aiguard.artifacts.when).toBe('always');
    expect(TEMPLATE.aiguard.before_script.join('\n')).toContain('"$AIGUARD_PACKAGE"');
  });

  it('in a merge request pipeline scans only the commits the merge request adds', async () => {
    const run = await runJob({ CI_PIPELINE_SOURCE: 'merge_request_event', CI_MERGE_REQUEST_DIFF_BASE_SHA: mergeBase });
    expect(run.exitCode, String(run.stderr)).toBe(0);
    expect(JSON.parse(readFileSync(join(repo, 'gl-code-quality-report.json'), 'utf8'))).toEqual([]);
  });

  it('in a branch pipeline scans the whole history, fails the job and writes Code Quality issues', async () => {
    const run = await runJob({ CI_PIPELINE_SOURCE: 'push', CI_COMMIT_BRANCH: 'feature' });
    expect(run.exitCode).toBe(1);
    const file = join(repo, 'gl-code-quality-report.json');
    expect(existsSync(file)).toBe(true);
    const issues = JSON.parse(readFileSync(file, 'utf8')) as { check_name: string; severity: string; location: { path: string } }[];
    expect(issues).toContainEqual(expect.objectContaining({ check_name: 'claude-code/co-author-trailer', severity: 'blocker' }));
  });

  it('fails a merge request that adds a Claude commit', async () => {
    sandbox.commit(repo, `Generated\n\n${CLAUDE_TRAILER}\n`);
    const run = await runJob({ CI_PIPELINE_SOURCE: 'merge_request_event', CI_MERGE_REQUEST_DIFF_BASE_SHA: mergeBase });
    expect(run.exitCode).toBe(1);
    sandbox.gitOk(repo, 'reset', '-q', '--hard', 'HEAD~1');
  });
});
