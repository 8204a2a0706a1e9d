// `aiguard policy export vscode|claude-code`: vendor controls from the policy, checked against their documented formats and read back by the audit.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOG, compileCatalog, type Assistant } from '@aiguard/core';
import { detectMessage } from '../../packages/core/src/detectors/commit-message.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseXml } from '../helpers/report/xml-check.js';
import { makeTempFolder, removeFixture } from '../fixtures/workstations/build-workstation.js';
import { runCli } from '../helpers/run-cli.js';

let base: string;
let policy: string;
const EXPECTED = { '*': true, 'anthropic.claude-code': false, 'saoudrizwan.claude-dev': false };

beforeAll(() => {
  base = makeTempFolder('policy-export');
  policy = join(base, 'policy.json');
  writeFileSync(policy, JSON.stringify({ assistants: { 'claude-code': 'block', cline: 'block', cursor: 'warn' }, default: 'allow' }));
});
afterAll(() => removeFixture(base));

interface Control {
  control: string;
  state: string;
  excludesBanned?: boolean;
  notExcluded?: string[];
}

async function vscodeControl(systemRoot: string): Promise<Control> {
  const result = await runCli(['audit', '--home', join(base, 'empty-home'), '--platform', 'linux', '--only', 'controls', '--system-root', systemRoot, '--policy', policy, '--format', 'json']);
  const report = JSON.parse(result.stdout) as { audit: { controls: Control[] } };
  return report.audit.controls.find((control) => control.control === 'VS Code AllowedExtensions policy')!;
}

describe('aiguard policy export vscode', () => {
  it('blocks every extension id of every banned assistant and allows the rest; the audit then finds the control in place', async () => {
    mkdirSync(join(base, 'empty-home'), { recursive: true });
    const systemRoot = join(base, 'system');
    mkdirSync(join(systemRoot, 'etc', 'vscode'), { recursive: true });
    writeFileSync(join(systemRoot, 'etc', 'vscode', 'policy.json'), JSON.stringify({ AllowedExtensions: { '*': true } }));
    const before = await vscodeControl(systemRoot);
    expect(before.excludesBanned).toBe(false);
    const result = await runCli(['policy', 'export', 'vscode', '--policy', policy, '--output', join(systemRoot, 'etc', 'vscode', 'policy.json')]);
    expect(result.exitCode).toBe(0);
    const written = JSON.parse(readFileSync(join(systemRoot, 'etc', 'vscode', 'policy.json'), 'utf8'));
    // Every banned assistant's VS Code extension ids, straight from the catalog; the warned Cursor's are not blocked.
    const assistants: readonly Assistant[] = CATALOG;
    const catalogIds = assistants
      .filter((a) => a.id === 'claude-code' || a.id === 'cline')
      .flatMap((a) => a.signatures)
      .flatMap((s) => (s.kind === 'editor-extension' && s.editor === 'vscode' ? s.ids.map((id) => id.toLowerCase()) : []));
    expect(Object.keys(written.AllowedExtensions).filter((key) => key !== '*').sort()).toEqual([...new Set(catalogIds)].sort());
    expect(written.AllowedExtensions).toMatchObject(EXPECTED);
    // The documented format: keys are `publisher.name` ids (or "*"), values booleans.
    for (const [key, value] of Object.entries(written.AllowedExtensions)) {
      expect(key === '*' || /^[a-z0-9-]+\.[a-z0-9-]+$/.test(key), key).toBe(true);
      expect(typeof value).toBe('boolean');
    }
    const after = await vscodeControl(systemRoot);
    expect(after).toMatchObject({ state: 'present', excludesBanned: true, notExcluded: [] });
  });

  it('writes the settings.json, registry and macOS profile forms with the same value', async () => {
    const settings = JSON.parse((await runCli(['policy', 'export', 'vscode', '--policy', policy, '--format', 'settings'])).stdout);
    expect(settings['extensions.allowed']).toMatchObject(EXPECTED);
    const regFile = join(base, 'vscode.reg');
    expect((await runCli(['policy', 'export', 'vscode', '--policy', policy, '--format', 'reg', '--output', regFile])).exitCode).toBe(0);
    const bytes = readFileSync(regFile);
    expect([...bytes.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    const lines = bytes.subarray(2).toString('utf16le').split('\r\n');
    expect(lines.slice(0, 3)).toEqual(['Windows Registry Editor Version 5.00', '', '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\VSCode]']);
    const value = /^"AllowedExtensions"="(.*)"$/.exec(lines[3]!)![1]!.replace(/\\(["\\])/g, '$1');
    expect(JSON.parse(value)).toMatchObject(EXPECTED);
    const profile = parseXml((await runCli(['policy', 'export', 'vscode', '--policy', policy, '--format', 'mobileconfig'])).stdout);
    const dictValue = (dict: typeof profile, key: string) => dict.children[dict.children.findIndex((child) => child.name === 'key' && child.text === key) + 1]!;
    const top = profile.children[0]!;
    expect(dictValue(top, 'PayloadType').text).toBe('Configuration');
    const payload = dictValue(top, 'PayloadContent').children[0]!;
    expect(dictValue(payload, 'PayloadType').text).toBe('com.microsoft.VSCode');
    expect(dictValue(payload, 'PayloadUUID').text).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-A[0-9A-F]{3}-[0-9A-F]{12}$/);
    expect(JSON.parse(dictValue(payload, 'AllowedExtensions').text)).toMatchObject(EXPECTED);
  });

  it('rejects an unknown format in one line', async () => {
    const result = await runCli(['policy', 'export', 'vscode', '--format', 'yaml']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('--format');
  });
});

describe('aiguard policy export claude-code', () => {
  it('forces the attribution that aiguard itself detects as Claude Code evidence', async () => {
    const allow = join(base, 'allow.json');
    writeFileSync(allow, JSON.stringify({ assistants: { 'claude-code': 'warn' } }));
    const result = await runCli(['policy', 'export', 'claude-code', '--policy', allow]);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe('');
    const settings = JSON.parse(result.stdout) as { attribution: { commit: string; pr: string }; includeCoAuthoredBy: boolean };
    expect(settings.includeCoAuthoredBy).toBe(true);
    expect(settings.attribution.pr).not.toBe('');
    const found = detectMessage(`Fix the parser\n\n${settings.attribution.commit}\n`, compileCatalog(CATALOG));
    expect(found.map((match) => match.entry.assistant)).toContain('claude-code');
  });

  it('keeps the other keys of an existing managed-settings.json with --merge, overriding attribution switched off', async () => {
    const existing = join(base, 'managed-settings.json');
    writeFileSync(existing, JSON.stringify({ permissions: { deny: ['WebFetch'] }, attribution: { commit: '', pr: '', sessionUrl: false } }));
    const result = await runCli(['policy', 'export', 'claude-code', '--policy', policy, '--merge', existing]);
    expect(result.stderr).toContain('the policy bans Claude Code');
    const settings = JSON.parse(result.stdout);
    expect(settings.permissions).toEqual({ deny: ['WebFetch'] });
    expect(settings.attribution.commit).toContain('Co-Authored-By: Claude <noreply@anthropic.com>');
    expect(settings.attribution.sessionUrl).toBe(true);
    writeFileSync(existing, '[1]');
    const bad = await runCli(['policy', 'export', 'claude-code', '--merge', existing]);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr.trim()).toBe(`aiguard: --merge ${existing} must hold a JSON object`);
  });
});
