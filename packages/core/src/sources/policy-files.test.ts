/** @fileoverview Tests for policy discovery: real files at every layer in temp folders, never the machine's own. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { CATALOG } from '../catalog/index.js';
import { loadPolicy, managedPolicyPaths, policyCandidates, userPolicyPath, type PolicyLocations } from './policy-files.js';

const IDS = CATALOG.map((a) => a.id);
let root: string;
let locations: PolicyLocations;

function write(file: string, content: unknown): string {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'aiguard-policy-'));
  locations = { repositoryRoot: join(root, 'repo'), home: join(root, 'home'), managedFiles: [join(root, 'etc/aiguard/policy.json')], platform: 'linux', env: {} };
  mkdirSync(join(root, 'repo'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('loadPolicy', () => {
  test('reads managed, user, repository and --policy files, strongest first', async () => {
    write(join(root, 'etc/aiguard/policy.json'), { vendors: { Anthropic: 'block' } });
    write(join(root, 'home/.config/aiguard/policy.json'), { default: 'warn' });
    write(join(root, 'repo/.aiguard.json'), { assistants: { 'claude-code': 'allow' } });
    const cli = write(join(root, 'cli.json'), { minStrength: 'shared' });
    const policy = await loadPolicy({ ...locations, policyFile: cli }, IDS);
    expect(policy.layers.map((l) => [l.layer, l.file])).toEqual([
      ['managed', join(root, 'etc/aiguard/policy.json')],
      ['user', join(root, 'home/.config/aiguard/policy.json')],
      ['repository', join(root, 'repo/.aiguard.json')],
      ['cli', cli],
    ]);
  });

  test('AIGUARD_MANAGED_POLICY adds a managed layer beside the system file, never instead of it', async () => {
    write(join(root, 'etc/aiguard/policy.json'), { default: 'warn' });
    const extra = write(join(root, 'mdm.json'), { assistants: { cursor: 'block' } });
    const policy = await loadPolicy({ ...locations, env: { AIGUARD_MANAGED_POLICY: extra } }, IDS);
    expect(policy.layers.map((l) => [l.layer, l.file])).toEqual([
      ['managed', join(root, 'etc/aiguard/policy.json')],
      ['managed', extra],
    ]);
  });

  test('a missing AIGUARD_MANAGED_POLICY or --policy file fails closed', async () => {
    await expect(loadPolicy({ ...locations, env: { AIGUARD_MANAGED_POLICY: join(root, 'nope.json') } }, IDS)).rejects.toThrow(`${join(root, 'nope.json')}: $: file not found`);
    await expect(loadPolicy({ ...locations, policyFile: join(root, 'nope.json') }, IDS)).rejects.toThrow('file not found');
  });

  test('an unparsable user file is an error, not "no policy"', async () => {
    write(join(root, 'home/.config/aiguard/policy.json'), '{ nope');
    await expect(loadPolicy(locations, IDS)).rejects.toThrow(/\.config\/aiguard\/policy\.json: \$: not valid JSON/);
  });

  test('a locked managed policy leaves every lower layer out and lists it as locked out', async () => {
    write(join(root, 'etc/aiguard/policy.json'), { locked: true, vendors: { Anthropic: 'block' } });
    write(join(root, 'repo/.aiguard.json'), { default: 'block' });
    const policy = await loadPolicy(locations, IDS);
    expect(policy.layers.map((l) => l.layer)).toEqual(['managed']);
    expect(policy.lockedOut?.map((l) => l.layer)).toEqual(['repository']);
  });

  test('only a managed file may lock', async () => {
    write(join(root, 'repo/.aiguard.json'), { locked: true });
    await expect(loadPolicy(locations, IDS)).rejects.toThrow('$.locked: only a managed policy can lock; this is the repository layer');
  });

  test('XDG_CONFIG_HOME moves the user file', async () => {
    write(join(root, 'xdg/aiguard/policy.json'), { default: 'warn' });
    const policy = await loadPolicy({ ...locations, env: { XDG_CONFIG_HOME: join(root, 'xdg') } }, IDS);
    expect(policy.layers.map((l) => l.file)).toEqual([join(root, 'xdg/aiguard/policy.json')]);
  });
});

describe('policy paths', () => {
  test('names the managed file IT writes on each platform', () => {
    expect(managedPolicyPaths('linux', {})).toEqual(['/etc/aiguard/policy.json']);
    expect(managedPolicyPaths('darwin', {})).toEqual(['/Library/Application Support/aiguard/policy.json']);
    expect(managedPolicyPaths('win32', { ProgramData: 'D:\\ProgramData' })).toEqual(['D:\\ProgramData\\aiguard\\policy.json']);
  });

  test('names the user file on each platform', () => {
    expect(userPolicyPath('darwin', {}, '/Users/ana')).toBe('/Users/ana/.config/aiguard/policy.json');
    expect(userPolicyPath('win32', { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, 'C:\\Users\\ana')).toBe('C:\\Users\\ana\\AppData\\Roaming\\aiguard\\policy.json');
  });

  test('skips the user layer when home is null', () => {
    expect(policyCandidates({ ...locations, home: null }).map((c) => c.layer)).toEqual(['managed', 'repository']);
  });
});
