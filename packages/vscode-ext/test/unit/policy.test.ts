import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decideAction, PolicyError } from '@aiguard/core';
import { afterEach, describe, expect, it } from 'vitest';
import { combinePolicies, describeLayers, loadWorkspacePolicy } from '../../src/policy';

let dir: string;
const write = (name: string, policy: unknown): string => {
  const file = join(dir, name);
  writeFileSync(file, typeof policy === 'string' ? policy : JSON.stringify(policy));
  return file;
};

describe('loadWorkspacePolicy', () => {
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('a settings policy cannot allow what the repository policy blocks', async () => {
    dir = mkdtempSync(join(tmpdir(), 'aiguard-ext-policy-'));
    write('.aiguard.json', { assistants: { 'claude-code': 'block' } });
    const setting = write('loose.json', { default: 'allow', assistants: { 'claude-code': 'allow' } });
    const policy = await loadWorkspacePolicy(dir, setting);
    expect(decideAction('claude-code', policy)).toMatchObject({ action: 'block' });
    expect(decideAction('claude-code', policy).decidedBy).toMatchObject({ layer: 'repository' });
    expect(describeLayers(policy, dir)).toEqual(['repository policy .aiguard.json', 'settings policy loose.json']);
  });

  it('a settings policy can add a ban on top of an allowing repository policy', async () => {
    dir = mkdtempSync(join(tmpdir(), 'aiguard-ext-policy-'));
    write('.aiguard.json', { assistants: { 'claude-code': 'allow' } });
    const setting = write('strict.json', { assistants: { 'claude-code': 'block' } });
    const policy = await loadWorkspacePolicy(dir, setting);
    expect(decideAction('claude-code', policy)).toMatchObject({ action: 'block' });
  });

  it('fails closed on a broken repository policy', async () => {
    dir = mkdtempSync(join(tmpdir(), 'aiguard-ext-policy-'));
    write('.aiguard.json', '{ "assistants": ');
    await expect(loadWorkspacePolicy(dir)).rejects.toBeInstanceOf(PolicyError);
  });

  it('combining folders keeps the strictest action (used for extensions and the terminal)', async () => {
    dir = mkdtempSync(join(tmpdir(), 'aiguard-ext-policy-'));
    const a = await loadWorkspacePolicy(dir, write('a.json', { assistants: { cursor: 'allow' } }));
    const b = await loadWorkspacePolicy(dir, write('b.json', { assistants: { cursor: 'warn' } }));
    expect(decideAction('cursor', combinePolicies([a, b])).action).toBe('warn');
  });
});
