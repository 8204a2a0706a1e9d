/** @fileoverview The pre-receive break-glass path: the push option that asks for it, and the audit record it leaves. */
import { appendFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { describeDecidedBy, type Finding, type RefUpdate } from '@aiguard/core/git-hooks';

/** The push option: `git push -o aiguard.breakglass="reason"`. */
export const BREAK_GLASS_OPTION = 'aiguard.breakglass';

/** The environment variable that moves the audit log (default: `<git dir>/aiguard-breakglass.log`). */
export const AUDIT_LOG_ENV = 'AIGUARD_AUDIT_LOG';

/** The break-glass reason from git's push options (GIT_PUSH_OPTION_COUNT / GIT_PUSH_OPTION_<i>); undefined when absent or empty. */
export function breakGlassReason(env: NodeJS.ProcessEnv): string | undefined {
  const count = Number(env.GIT_PUSH_OPTION_COUNT ?? 0);
  for (let index = 0; index < count && index < 100; index++) {
    const option = env[`GIT_PUSH_OPTION_${index}`] ?? '';
    if (!option.startsWith(`${BREAK_GLASS_OPTION}=`)) continue;
    const reason = option.slice(BREAK_GLASS_OPTION.length + 1).trim();
    if (reason !== '') return reason;
  }
  return undefined;
}

/** Who pushed, as the hosting server says: GitLab, Gitea/Forgejo, a web server's auth, else the OS user. */
export function pusher(env: NodeJS.ProcessEnv): string {
  return env.GL_USERNAME || env.GITEA_PUSHER_NAME || env.REMOTE_USER || env.USER || env.LOGNAME || osUserName() || 'unknown';
}

/**
 * Every name the hosting server gives the pusher, for `breakGlassPushers`: the e-mail where the server reports one
 * (Gitea/Forgejo), and the logins (GitLab, Gitea, a web server's auth, the OS user).
 */
export function pusherIdentities(env: NodeJS.ProcessEnv): string[] {
  return [env.GITEA_PUSHER_EMAIL, env.GL_USERNAME, env.GITEA_PUSHER_NAME, env.REMOTE_USER, pusher(env)].filter((name): name is string => name !== undefined && name !== '');
}

function osUserName(): string | undefined {
  try {
    return userInfo().username;
  } catch {
    return undefined; // a uid with no passwd entry (containers)
  }
}

/** Appends one JSON line to the audit log and returns its path. */
export async function recordBreakGlass(event: {
  readonly env: NodeJS.ProcessEnv;
  readonly gitDir: string;
  readonly reason: string;
  readonly updates: readonly RefUpdate[];
  readonly commits: readonly string[];
  readonly blocked: readonly Finding[];
}): Promise<string> {
  const file = event.env[AUDIT_LOG_ENV] || join(event.gitDir, 'aiguard-breakglass.log');
  const record = {
    time: new Date().toISOString(),
    event: 'breakglass',
    reason: event.reason,
    pusher: pusher(event.env),
    repository: event.gitDir,
    refs: event.updates.map((update) => ({ ref: update.ref, old: update.oldId, new: update.newId })),
    commits: event.commits,
    blocked: event.blocked.map((finding) => ({ commit: finding.location.commit, ref: finding.location.ref, path: finding.location.path, signature: finding.signature, assistant: finding.assistant, decidedBy: describeDecidedBy(finding.decidedBy) })),
  };
  await appendFile(file, `${JSON.stringify(record)}\n`);
  return file;
}
