import picomatch from 'picomatch';
import { describe, expect, test } from 'vitest';
import { CATALOG } from '../catalog/index.js';
import { compileGlobs, requiredLiteral } from './glob-matcher.js';

describe('requiredLiteral', () => {
  test('takes the longest plain stretch of any segment', () => {
    expect(requiredLiteral('**/CLAUDE.md')).toBe('CLAUDE.md');
    expect(requiredLiteral('.continue/**/*.{yaml,yml,json}')).toBe('.continue');
    expect(requiredLiteral('Library/Application Support/Claude/**')).toBe('Application Support');
  });

  test('gives none when the glob has no two plain characters in a row', () => {
    expect(requiredLiteral('**/*')).toBeUndefined();
    expect(requiredLiteral('?/[ab]')).toBeUndefined();
    expect(requiredLiteral('!**/CLAUDE.md')).toBeUndefined();
  });
});

describe('compileGlobs', () => {
  // Every glob in the catalog against paths that share or lack its literal: same answers as plain picomatch.
  const globs = [...new Set(CATALOG.flatMap((a) => a.signatures.flatMap((s) => ('globs' in s ? s.globs : []))))];
  const paths = [
    'CLAUDE.md', 'docs/CLAUDE.md', 'CLAUDE.md.bak', 'claude.md', '.claude/settings.json', 'src/.claude/agents/x.md',
    '.cursor/rules/a.mdc', '.cursorrules', 'AGENTS.md', 'a/b/AGENTS.md', '.aider.conf.yml', 'x/.aider.conf.yml',
    '.continue/models/a.yaml', '.continue/models/a.txt', 'Library/Application Support/Claude/config.json',
    '.gemini/settings.json', 'src/index.ts', 'README.md', '.github/copilot-instructions.md', 'opencode.json',
  ];

  test.each(globs)('%s answers as picomatch does', (glob) => {
    const fast = compileGlobs([glob]);
    const plain = picomatch(glob, { dot: true });
    for (const path of paths) expect(fast(path), path).toBe(plain(path));
  });

  test('matches when any glob of the list matches', () => {
    const matches = compileGlobs(['**/CLAUDE.md', '.claude/**']);
    expect(['CLAUDE.md', '.claude/x', 'src/a.ts'].map(matches)).toEqual([true, true, false]);
  });
});
