/** @fileoverview Tests for the installed-packages source on recorded layouts: global npm, pipx venvs, Homebrew, PATH links. */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readInstalledPackages } from './installed-packages.js';

describe('readInstalledPackages', () => {
  let root: string;
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('reads npm (scoped too), pipx, Homebrew formulae and casks, and PATH binaries with the npm package they link into', () => {
    root = mkdtempSync(join(tmpdir(), 'aiguard-packages-'));
    const prefix = join(root, 'usr');
    const cli = join(prefix, 'lib', 'node_modules', '@anthropic-ai', 'claude-code');
    mkdirSync(cli, { recursive: true });
    writeFileSync(join(cli, 'cli.js'), '');
    mkdirSync(join(prefix, 'lib', 'node_modules', 'npm'), { recursive: true });
    mkdirSync(join(prefix, 'lib', 'node_modules', '.hidden'), { recursive: true });
    mkdirSync(join(prefix, 'Cellar', 'gemini-cli'), { recursive: true });
    mkdirSync(join(prefix, 'Caskroom', 'claude-code'), { recursive: true });
    const bin = join(prefix, 'bin');
    mkdirSync(bin);
    symlinkSync(join(cli, 'cli.js'), join(bin, 'claude'));
    symlinkSync(join(root, 'gone'), join(bin, 'dangling'));
    const home = join(root, 'home', 'ana');
    mkdirSync(join(home, '.local', 'share', 'pipx', 'venvs', 'aider-chat'), { recursive: true });
    const records = readInstalledPackages({ platform: 'linux', homes: [{ user: 'ana', home }], prefixes: [prefix], pathFolders: [bin] });
    const summary = records.map(({ ecosystem, name, user }) => `${ecosystem}:${name}${user ? ` (${user})` : ''}`).sort();
    expect(summary).toEqual(['binary:claude', 'brew-cask:claude-code', 'brew:gemini-cli', 'npm:@anthropic-ai/claude-code', 'npm:@anthropic-ai/claude-code', 'npm:npm', 'pypi:aider-chat (ana)']);
    expect(records.find((record) => record.ecosystem === 'binary')).toMatchObject({ path: join(bin, 'claude'), resolvedPath: join(cli, 'cli.js') });
  });

  it('reads only the given home with system: false (an audit of a mounted disk)', () => {
    root = mkdtempSync(join(tmpdir(), 'aiguard-packages-'));
    const home = join(root, 'home', 'ana');
    mkdirSync(join(home, '.npm-global', 'lib', 'node_modules', '@openai', 'codex'), { recursive: true });
    const records = readInstalledPackages({ platform: 'linux', homes: [{ user: 'ana', home }], system: false, prefixes: [join(root, 'never-read')] });
    expect(records.map(({ ecosystem, name, user }) => [ecosystem, name, user])).toEqual([['npm', '@openai/codex', 'ana']]);
  });
});
