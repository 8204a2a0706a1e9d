import { describe, expect, it } from 'vitest';
import { decideRescan, isEvidencePath } from '../../src/rescan-trigger-data';
import { catalog } from './fixtures';

const none = new Set<string>();

describe('decideRescan', () => {
  it('ignores a save of an ordinary source file', () => {
    expect(decideRescan('src/app.ts', 'changed', catalog, none)).toBe('ignore');
    expect(decideRescan('README.md', 'changed', catalog, none)).toBe('ignore');
  });

  it('rescans when a signature file is created, changed or deleted, at any depth', () => {
    expect(decideRescan('CLAUDE.md', 'created', catalog, none)).toBe('rescan');
    expect(decideRescan('packages/api/CLAUDE.md', 'deleted', catalog, none)).toBe('rescan');
    expect(decideRescan('.claude/settings.json', 'changed', catalog, none)).toBe('rescan');
    expect(decideRescan('.github/copilot-instructions.md', 'created', catalog, none)).toBe('rescan');
  });

  it('rescans when a config file whose lines can be evidence changes', () => {
    expect(decideRescan('.aider.conf.yml', 'changed', catalog, none)).toBe('rescan');
  });

  it('rescans when the policy, the baseline or a .gitignore changes, and not for a same-named file deeper down', () => {
    expect(decideRescan('.aiguard.json', 'changed', catalog, none)).toBe('rescan');
    expect(decideRescan('.aiguard-baseline.json', 'created', catalog, none)).toBe('rescan');
    expect(decideRescan('docs/.gitignore', 'changed', catalog, none)).toBe('rescan');
    expect(decideRescan('docs/.aiguard.json', 'changed', catalog, none)).toBe('ignore');
  });

  it('rescans when HEAD, a ref or the packed refs move, but not for lock files, objects or the index', () => {
    expect(decideRescan('.git/HEAD', 'changed', catalog, none)).toBe('rescan');
    expect(decideRescan('.git/refs/heads/main', 'created', catalog, none)).toBe('rescan');
    expect(decideRescan('.git/refs/heads/claude/fix', 'created', catalog, none)).toBe('rescan');
    expect(decideRescan('.git/packed-refs', 'changed', catalog, none)).toBe('rescan');
    expect(decideRescan('.git/refs/heads/main.lock', 'created', catalog, none)).toBe('ignore');
    expect(decideRescan('.git/index', 'changed', catalog, none)).toBe('ignore');
    expect(decideRescan('.git/objects/ab/cdef', 'created', catalog, none)).toBe('ignore');
    expect(decideRescan('.git/COMMIT_EDITMSG', 'changed', catalog, none)).toBe('ignore');
  });

  it('ignores dependencies, even their signature files', () => {
    expect(decideRescan('node_modules/pkg/CLAUDE.md', 'created', catalog, none)).toBe('ignore');
    expect(decideRescan('web/node_modules/pkg/CLAUDE.md', 'created', catalog, none)).toBe('ignore');
  });

  it('asks whether a created path is a folder, since a folder moved in arrives as one event', () => {
    expect(decideRescan('vendor-docs', 'created', catalog, none)).toBe('if-directory');
  });

  it('rescans when a deleted folder held a finding, and not when it held none', () => {
    const found = new Set(['docs/agents/CLAUDE.md']);
    expect(decideRescan('docs', 'deleted', catalog, found)).toBe('rescan');
    expect(decideRescan('docs/agents', 'deleted', catalog, found)).toBe('rescan');
    expect(decideRescan('doc', 'deleted', catalog, found)).toBe('ignore');
    expect(decideRescan('src', 'deleted', catalog, found)).toBe('ignore');
  });

  it('ignores paths outside the scanned root', () => {
    expect(decideRescan('../other/CLAUDE.md', 'created', catalog, none)).toBe('ignore');
    expect(decideRescan('', 'changed', catalog, none)).toBe('ignore');
  });
});

describe('isEvidencePath', () => {
  it('follows the catalog: every strong marker the activation events name is an evidence path', () => {
    for (const path of ['CLAUDE.md', 'GEMINI.md', 'QWEN.md', '.cursor/mcp.json', '.windsurfrules', 'AGENTS.md']) expect(isEvidencePath(path, catalog), path).toBe(true);
    for (const path of ['src/app.ts', 'docs/claude.md', 'package.json']) expect(isEvidencePath(path, catalog), path).toBe(false);
  });
});
