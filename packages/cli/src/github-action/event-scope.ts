/** @fileoverview Which commits `scope: pull-request` scans, from the event payload GitHub writes to GITHUB_EVENT_PATH. */
import { readFile } from 'node:fs/promises';
import { usageError } from '../output/cli-error.js';

/** The revision range to scan (undefined: everything) and a sentence for the log saying why. */
export interface EventScope {
  readonly range?: string;
  readonly reason: string;
}

const NO_COMMIT = /^0+$/;
const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

interface EventPayload {
  pull_request?: { base?: { sha?: string }; head?: { sha?: string }; number?: number };
  before?: string;
  after?: string;
}

/**
 * The commits a pull request adds (`base.sha..head.sha`), or a push adds (`before..after`). A new branch's push
 * (before is all zeros) and any other event have no "added" range: everything is scanned, and the reason says so.
 */
export async function scopeFromEvent(eventName: string | undefined, eventPath: string | undefined): Promise<EventScope> {
  if (!eventPath) throw usageError('scope pull-request needs GITHUB_EVENT_PATH, which GitHub Actions sets; it is unset here');
  let payload: EventPayload;
  try {
    payload = JSON.parse(await readFile(eventPath, 'utf8')) as EventPayload;
  } catch (error) {
    throw usageError(`GITHUB_EVENT_PATH ${eventPath}: cannot read the event payload (${(error as Error).message.split('\n')[0]})`);
  }
  if (eventName === 'pull_request' || eventName === 'pull_request_target') {
    const base = payload.pull_request?.base?.sha;
    const head = payload.pull_request?.head?.sha;
    if (!base || !head || !SHA.test(base) || !SHA.test(head)) throw usageError(`GITHUB_EVENT_PATH ${eventPath}: the ${eventName} payload has no pull_request.base.sha and head.sha`);
    return { range: `${base}..${head}`, reason: `pull request #${payload.pull_request?.number ?? '?'}: the commits it adds (${base.slice(0, 12)}..${head.slice(0, 12)})` };
  }
  if (eventName === 'push') {
    const { before, after } = payload;
    if (before && after && SHA.test(before) && SHA.test(after) && !NO_COMMIT.test(before) && !NO_COMMIT.test(after)) {
      return { range: `${before}..${after}`, reason: `push: the commits it adds (${before.slice(0, 12)}..${after.slice(0, 12)})` };
    }
    return { reason: 'push of a new branch: the whole history' };
  }
  return { reason: `event ${eventName ?? '(none)'} has no pull request: the whole history` };
}
