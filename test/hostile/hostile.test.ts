/** @fileoverview Runs every row of the hostile table (cases.ts) on the surface it names, with real git and the built CLI. */
import { afterEach, describe, expect, it } from 'vitest';
import { CASES, ROWS, type HostileRow } from './cases.js';
import { createHostileWorld, type HostileWorld } from './hostile-world.js';

async function tryRow(world: HostileWorld, row: HostileRow): Promise<{ exitCode: number; evidence: string }> {
  const hostile = CASES[row.case]!;
  if (row.surface === 'commit-msg') {
    const result = await world.commitWithHook(['--cleanup=verbatim', '-F', '-'], { input: hostile.message! });
    return { exitCode: result.exitCode, evidence: `${result.stderr}\n${signaturesNamed(result.stderr)}` };
  }
  if (row.surface === 'commit-msg-strip') {
    const result = await world.commitWithHook(['--cleanup=verbatim', '-F', '-'], { input: hostile.message!, install: ['--mode', 'strip'] });
    // A commit strip mode let through must carry nothing of the assistant's.
    const clean = result.stored !== undefined && !/anthropic\.com|Claude Code/i.test(result.stored) ? 'STORED-CLEAN' : '';
    return { exitCode: result.exitCode, evidence: `${result.stderr}\n${clean}` };
  }
  const refspecs = hostile.build(world);
  switch (row.surface) {
    case 'scan': {
      const extra = hostile.scanWith?.(world) ?? {};
      const result = await world.scan(extra.path ?? world.work, extra.args ?? [], extra.env ?? {});
      return { exitCode: result.exitCode, evidence: `${result.signatures.join('\n')}\n${result.stderr}` };
    }
    case 'scan-bare': {
      const bare = `${world.sandbox.root}/bare-clone.git`;
      world.sandbox.gitOk(world.sandbox.root, 'clone', '-q', '--mirror', world.work, bare);
      const result = await world.scan(bare);
      return { exitCode: result.exitCode, evidence: `${result.signatures.join('\n')}\n${result.stderr}` };
    }
    case 'pre-receive': {
      const result = await world.pushToServer(refspecs);
      return { exitCode: result.exitCode, evidence: `${result.stderr}\n${signaturesNamed(result.stderr)}` };
    }
    case 'pre-push': {
      const result = await world.pushWithPrePush(refspecs);
      return { exitCode: result.exitCode, evidence: `${result.stderr}\n${signaturesNamed(result.stderr)}` };
    }
  }
}

/** Hooks name the rule in words; the signature id is in the rule text (`claude-code/co-author-trailer`). */
function signaturesNamed(stderr: string): string {
  return [...stderr.matchAll(/[a-z0-9-]+\/[a-z0-9-]+/g)].map((m) => m[0]).join('\n');
}

describe('hostile cases (issue 10)', () => {
  let world: HostileWorld | undefined;
  afterEach(() => {
    world?.cleanup();
    world = undefined;
  });

  const title = (row: HostileRow): string => `${row.case} | ${row.surface} | exit ${row.exit} | ${row.finding}`;
  const check = async (row: HostileRow): Promise<void> => {
    world = createHostileWorld();
    const { exitCode, evidence } = await tryRow(world, row);
    expect(exitCode, evidence).toBe(row.exit);
    expect(evidence).toContain(row.finding);
  };
  for (const row of ROWS) {
    if (row.open) it.fails(`open: ${title(row)}`, () => check(row), 120_000);
    else it(title(row), () => check(row), 120_000);
  }
});
