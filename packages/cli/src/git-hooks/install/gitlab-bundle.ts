/**
 * @fileoverview `aiguard hook gitlab-bundle DIR`: the server hook for GitLab's Gitaly as a `custom_hooks/` folder
 * (`pre-receive.d/aiguard`) and the `custom_hooks.tar` that `gitaly hooks set` takes on stdin.
 */
import { execFile } from 'node:child_process';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { renderHookScript, type Launcher } from './hook-script.js';

/** The files written, absolute. */
export interface GitLabBundle {
  readonly script: string;
  readonly tarball: string;
}

/**
 * Writes `dir/custom_hooks/pre-receive.d/aiguard` (executable; it calls this aiguard by absolute path, so generate
 * the bundle on the Gitaly server where aiguard is installed) and `dir/custom_hooks.tar`. Gitaly runs every
 * executable in `pre-receive.d/` with git's stdin, so the bundle sits beside other hooks.
 */
export async function writeGitLabBundle(dir: string, launcher: Launcher): Promise<GitLabBundle> {
  const folder = join(dir, 'custom_hooks', 'pre-receive.d');
  await mkdir(folder, { recursive: true });
  const script = join(folder, 'aiguard');
  await writeFile(script, renderHookScript({ hook: 'pre-receive', launcher }));
  await chmod(script, 0o755);
  const tarball = join(dir, 'custom_hooks.tar');
  // A plain tar of the folder (owner and times kept), as `gitaly hooks set --storage S --repository R < custom_hooks.tar` expects.
  await promisify(execFile)('tar', ['-cf', tarball, '-C', dir, 'custom_hooks']);
  return { script, tarball };
}
