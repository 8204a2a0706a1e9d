/** @fileoverview Tests detectRepoPath: repository files against the real catalog's repo-path globs. */
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../catalog/index.js';
import { compileCatalog } from './compiled-catalog.js';
import { detectRepoPath } from './repo-paths.js';

const catalog = compileCatalog(CATALOG);
const found = (path: string): [string, string][] => detectRepoPath(path, catalog).map((e) => [e.assistant, e.signature.strength]);

describe('detectRepoPath', () => {
  it('attributes CLAUDE.md to Claude Code, at the root and nested', () => {
    expect(found('CLAUDE.md')).toContainEqual(['claude-code', 'strong']);
    expect(found('packages/api/CLAUDE.md')).toContainEqual(['claude-code', 'strong']);
  });

  it('attributes .cursor/rules files to Cursor', () => {
    expect(found('.cursor/rules/x.mdc')).toEqual([['cursor', 'strong']]);
  });

  it('attributes .github/copilot-instructions.md to GitHub Copilot', () => {
    expect(found('.github/copilot-instructions.md').map(([a]) => a)).toContain('github-copilot');
  });

  it('never attributes AGENTS.md alone to one specific tool as strong evidence', () => {
    expect(found('AGENTS.md')).toEqual([['any-agent', 'shared']]);
    expect(found('services/api/AGENTS.md')).toEqual([['any-agent', 'shared']]);
  });

  it('stays silent on look-alike names that no tool reads', () => {
    expect(found('docs/claude.md')).toEqual([]);
    expect(found('CLAUDE.md.bak')).toEqual([]);
    expect(found('src/cursor/rules.ts')).toEqual([]);
  });
});

describe('detectRepoPath on hostile names', () => {
  it('still finds CLAUDE.md inside a folder whose name holds a newline', () => {
    expect(found('odd\nname/CLAUDE.md')).toContainEqual(['claude-code', 'strong']);
  });

  it('still finds a Cursor rule whose file name holds a line break', () => {
    expect(found('.cursor/rules/x\ry\u2028z.mdc')).toEqual([['cursor', 'strong']]);
  });

  it('does not read a newline as a path separator', () => {
    expect(found('notes\nCLAUDE.md')).toEqual([]);
  });
});
