/** @fileoverview Tests detectRef and branchName: branch and notes ref names against the real catalog. */
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../catalog/index.js';
import { compileCatalog } from './compiled-catalog.js';
import { branchName, detectRef } from './refs.js';

const catalog = compileCatalog(CATALOG);
const ids = (ref: string): string[] => detectRef(ref, catalog).map((e) => e.signature.id);

describe('detectRef', () => {
  it('matches a claude/ branch, local or remote-tracking', () => {
    expect(ids('refs/heads/claude/add-readme-3T29K')).toEqual(['claude-code/branch']);
    expect(ids('refs/remotes/origin/claude/add-readme-3T29K')).toEqual(['claude-code/branch']);
  });

  it('matches a copilot/ branch', () => {
    expect(ids('refs/heads/copilot/fix-login')).toEqual(['copilot-coding-agent/branch']);
  });

  it("matches git-ai's refs/notes/ai and Qwen's refs/notes/ai-attribution", () => {
    expect(detectRef('refs/notes/ai', catalog).map((e) => e.assistant)).toEqual(['git-ai']);
    expect(detectRef('refs/notes/ai-attribution', catalog).map((e) => e.assistant)).toEqual(['qwen-code']);
  });

  it('does not read a tag or a notes-like branch name as a notes ref', () => {
    expect(ids('refs/tags/claude/add-readme-3T29K')).toEqual([]);
    expect(ids('refs/heads/notes/ai')).toEqual([]);
  });

  it('stays silent on ordinary branches that merely mention an assistant', () => {
    expect(ids('refs/heads/feature/claude')).toEqual([]);
    expect(ids('refs/heads/main')).toEqual([]);
  });
});

describe('branchName', () => {
  it('strips refs/heads/ and refs/remotes/<remote>/', () => {
    expect(branchName('refs/heads/a/b')).toBe('a/b');
    expect(branchName('refs/remotes/upstream/a/b')).toBe('a/b');
  });

  it('has no branch for HEAD, tags or a remote without a branch', () => {
    expect(branchName('refs/remotes/origin/HEAD')).toBeUndefined();
    expect(branchName('refs/tags/v1')).toBeUndefined();
    expect(branchName('refs/remotes/origin')).toBeUndefined();
  });
});
