/** @fileoverview Tests for the editor extension source on recorded layouts: VS Code-family folders, extensions.json, JetBrains plugins. */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditNote } from '../model/audit.js';
import { parseExtensionFolderName, readEditorExtensions, readManifest } from './editor-extensions.js';

const RECORDED = fileURLToPath(new URL('../../../../test/fixtures/workstations/recorded/', import.meta.url));

describe('parseExtensionFolderName', () => {
  it.each([
    ['anthropic.claude-code-2.1.190-linux-x64', { id: 'anthropic.claude-code', version: '2.1.190' }],
    ['github.copilot-chat-0.33.2025112401', { id: 'github.copilot-chat', version: '0.33.2025112401' }],
    ['ms-python.python-2025.20.0', { id: 'ms-python.python', version: '2025.20.0' }],
    ['.obsolete', undefined],
    ['extensions.json', undefined],
  ])('%s', (name, expected) => {
    expect(parseExtensionFolderName(name)).toEqual(expected);
  });
});

describe('readManifest', () => {
  it('reads ids, versions and locations from a recorded VS Code extensions.json, skipping entries without an id', () => {
    expect(readManifest(join(RECORDED, 'extensions.json'))).toEqual([
      { id: 'anthropic.claude-code', version: '2.1.190', path: '/home/ana/.vscode/extensions/anthropic.claude-code-2.1.190-linux-x64' },
      { id: 'ms-python.python', version: '2025.20.0', path: '/home/ana/.vscode/extensions/ms-python.python-2025.20.0' },
    ]);
  });
});

describe('readEditorExtensions', () => {
  let home: string;
  afterEach(() => rmSync(home, { recursive: true, force: true }));

  it('lists folders and manifest entries per product once, and JetBrains plugins by their plugin.xml id', () => {
    home = mkdtempSync(join(tmpdir(), 'aiguard-ext-home-'));
    const vscode = join(home, '.vscode', 'extensions');
    mkdirSync(join(vscode, 'anthropic.claude-code-2.1.190-linux-x64'), { recursive: true });
    mkdirSync(join(vscode, '.obsolete-folder'));
    copyFileSync(join(RECORDED, 'extensions.json'), join(vscode, 'extensions.json'));
    mkdirSync(join(home, '.cursor', 'extensions', 'saoudrizwan.claude-dev-3.40.0'), { recursive: true });
    const plugin = join(home, '.local', 'share', 'JetBrains', 'IntelliJIdea2025.3', 'tabnine-intellij', 'META-INF');
    mkdirSync(plugin, { recursive: true });
    writeFileSync(join(plugin, 'plugin.xml'), '<idea-plugin>\n  <id>com.tabnine.TabNine</id>\n</idea-plugin>\n');
    const records = readEditorExtensions({ user: 'ana', home }, 'linux');
    expect(records.map(({ product, id, version }) => [product, id, version])).toEqual([
      ['VS Code', 'anthropic.claude-code', '2.1.190'],
      ['VS Code', 'ms-python.python', '2025.20.0'],
      ['Cursor', 'saoudrizwan.claude-dev', '3.40.0'],
      ['IntelliJIdea2025.3', 'com.tabnine.TabNine', undefined],
    ]);
    expect(records[0]!.path).toBe(join(vscode, 'anthropic.claude-code-2.1.190-linux-x64'));
  });

  it('notes a broken manifest instead of failing', () => {
    home = mkdtempSync(join(tmpdir(), 'aiguard-ext-home-'));
    mkdirSync(join(home, '.vscode', 'extensions'), { recursive: true });
    writeFileSync(join(home, '.vscode', 'extensions', 'extensions.json'), '[{"identifier":');
    const notes: AuditNote[] = [];
    expect(readEditorExtensions({ user: 'ana', home }, 'linux', notes)).toEqual([]);
    expect(notes[0]).toMatchObject({ source: 'extensions', message: 'cannot be read as JSON (invalid JSON)' });
  });
});
