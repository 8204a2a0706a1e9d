/** @fileoverview Redacts an audit result so it can leave the machine: user names, host name and home paths hashed. */
import { createHmac } from 'node:crypto';
import type { AuditDetails } from './model/audit.js';
import type { Finding } from './model/finding.js';
import type { ScanResult } from './model/scan-result.js';

/** The environment variable holding the per-organisation salt when `--redact-salt` is not given. */
export const REDACT_SALT_ENV = 'AIGUARD_REDACT_SALT';

/** A 16-hex HMAC-SHA256 of `value` keyed by `salt`: the same input and salt give the same token across a fleet. */
export function redactValue(value: string, salt: string, kind: 'user' | 'host' | 'machine' | 'person' | 'email'): string {
  return `${kind}-${createHmac('sha256', salt).update(`${kind}\n${value}`).digest('hex').slice(0, 16)}`;
}

/**
 * Returns `result` with the host name, user names and every path under an audited home replaced by salted hashes
 * (`/home/ana/.claude` becomes `~user-1a2b…/.claude`: what was found stays readable, whose it was does not).
 * Homes are those the audit recorded (`result.audit.homes`). The run's host, machine id and user, and the author
 * and committer names and e-mails of commit findings are hashed too (dates, subjects and refs stay: they say
 * what happened, not who did it).
 */
export function redactAuditResult(result: ScanResult, salt: string): ScanResult {
  if (result.target.kind !== 'workstation') return result;
  const homes = new Map((result.audit?.homes ?? []).map((home) => [home.home, home.user]));
  const user = (name: string): string => redactValue(name, salt, 'user');
  // Longest homes first, so /home/ana-admin is not rewritten as /home/ana + "-admin".
  const homeList = [...homes].sort((a, b) => b[0].length - a[0].length);
  const path = (text: string): string => {
    let out = text;
    for (const [home, name] of homeList) out = out.split(home).join(`~${user(name)}`);
    for (const [, name] of homeList) out = out.replace(new RegExp(`(?<![\\w.-])${escape(name)}(?![\\w.-])`, 'g'), user(name));
    return out;
  };
  const finding = (item: Finding): Finding => {
    const location = { ...item.location };
    for (const key of ['path', 'repository'] as const) if (location[key] !== undefined) location[key] = path(location[key]!);
    if (location.user !== undefined) location.user = user(location.user);
    // An identity that matched a signature is the assistant's (`Claude <noreply@anthropic.com>`), not a person's: it stays.
    const matched = item.location.role;
    const commit = item.commit && {
      ...item.commit,
      ...(matched === 'author'
        ? {}
        : { authorName: redactValue(item.commit.authorName, salt, 'person'), authorEmail: redactValue(item.commit.authorEmail.toLowerCase(), salt, 'email') }),
      ...(matched === 'committer'
        ? {}
        : { committerName: redactValue(item.commit.committerName, salt, 'person'), committerEmail: redactValue(item.commit.committerEmail.toLowerCase(), salt, 'email') }),
    };
    let excerpt = path(item.excerpt);
    if (item.commit && commit) {
      // A trailer line can quote the human author too (`Signed-off-by: Ana <ana@example.com>`).
      for (const key of ['authorEmail', 'committerEmail', 'authorName', 'committerName'] as const) {
        if (item.commit[key] !== '' && item.commit[key] !== commit[key]) excerpt = excerpt.split(item.commit[key]).join(commit[key]);
      }
    }
    return { ...item, location, excerpt, ...(commit ? { commit } : {}) };
  };
  const audit: AuditDetails | undefined = result.audit && {
    ...result.audit,
    notes: result.audit.notes.map((note) => ({ ...note, message: path(note.message), ...(note.path !== undefined ? { path: path(note.path) } : {}) })),
    repositories: result.audit.repositories.map(path),
    homes: result.audit.homes.map((home) => ({ user: user(home.user), home: `~${user(home.user)}` })),
  };
  return {
    ...result,
    target: {
      ...result.target,
      host: redactValue(result.target.host, salt, 'host'),
      users: result.target.users.map(user),
      roots: result.target.roots.map(path),
    },
    policy: { ...result.policy, layers: result.policy.layers.map((layer) => ({ ...layer, file: path(layer.file) })) },
    findings: result.findings.map(finding),
    ...(audit ? { audit } : {}),
    ...(result.run
      ? {
          run: {
            ...result.run,
            host: redactValue(result.run.host, salt, 'host'),
            user: user(result.run.user),
            ...(result.run.machineId ? { machineId: redactValue(result.run.machineId, salt, 'machine') } : {}),
          },
        }
      : {}),
  };
}

function escape(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
