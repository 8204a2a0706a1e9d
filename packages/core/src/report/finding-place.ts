/** @fileoverview Says in a few words where a finding's evidence is, for reports that give it one cell or one name. */
import type { Finding } from '../model/finding.js';

/** How to describe a place. */
export interface PlaceOptions {
  /** Characters of a commit id to show; 40 keeps it whole. */
  readonly commitLength: number;
  /** Prefix the repository, for audits that span the repositories under `--root`. */
  readonly withRepository: boolean;
}

/**
 * `CLAUDE.md:3`, `CLAUDE.md @ 3f2a9c1d0e4b` (a file in a commit), `commit 3f2a9c1d0e4b line 5`,
 * `refs/heads/claude/x`, `extension anthropic.claude-code`, `pid 4242`, or `environment`. Raw text: the
 * caller escapes it for its format.
 */
export function describePlace(finding: Pick<Finding, 'location'>, options: PlaceOptions): string {
  const { repository, commit, ref, path, line, pid, extensionId } = finding.location;
  const shortCommit = commit?.slice(0, options.commitLength);
  const lineSuffix = line !== undefined ? `:${line}` : '';
  let place: string;
  if (extensionId !== undefined) place = `extension ${extensionId}`;
  else if (pid !== undefined) place = `pid ${pid}`;
  else if (path !== undefined) place = `${path}${lineSuffix}${shortCommit !== undefined ? ` @ ${shortCommit}` : ''}`;
  else if (shortCommit !== undefined) place = `commit ${shortCommit}${line !== undefined ? ` line ${line}` : ''}`;
  else if (ref !== undefined) place = ref;
  // Audit evidence in the audit's own environment belongs to no file and no process.
  else place = 'environment';
  return options.withRepository && repository !== undefined ? `${repository}: ${place}` : place;
}
