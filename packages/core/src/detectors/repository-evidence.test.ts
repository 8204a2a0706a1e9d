/** @fileoverview Tests detectCommitEvidence, detectRefEvidence and detectPathEvidence: evidence shape, locations and fingerprints. */
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../catalog/index.js';
import type { CommitRecord } from '../model/records.js';
import { compileCatalog } from './compiled-catalog.js';
import { detectCommitEvidence, detectPathEvidence, detectRefEvidence, fingerprint } from './repository-evidence.js';

const catalog = compileCatalog(CATALOG);

function commit(overrides: Partial<CommitRecord>): CommitRecord {
  return {
    id: 'a'.repeat(40),
    parents: [],
    authorName: 'Ana Human',
    authorEmail: 'ana@example.com',
    authorDate: '2026-01-05T10:00:00+00:00',
    committerName: 'Ana Human',
    committerEmail: 'ana@example.com',
    committerDate: '2026-01-05T10:00:00+00:00',
    message: 'Plain change\n',
    ...overrides,
  };
}

describe('detectCommitEvidence', () => {
  it('dates commit evidence by the later of author and committer date, so a back-dated author date does not make it history (issue 10)', () => {
    const message = 'x\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n';
    const backDated = detectCommitEvidence(commit({ message, authorDate: '2020-01-01T00:00:00+00:00', committerDate: '2026-03-01T09:00:00+00:00' }), catalog, '/r');
    expect(backDated[0]?.date).toBe('2026-03-01T09:00:00+00:00');
    const rebased = detectCommitEvidence(commit({ message, authorDate: '2026-03-01T09:00:00+00:00', committerDate: '2020-01-01T00:00:00+00:00' }), catalog, '/r');
    expect(rebased[0]?.date).toBe('2026-03-01T09:00:00+00:00');
  });

  it('reports a trailer with commit, line, excerpt and the author date', () => {
    const [evidence, ...rest] = detectCommitEvidence(commit({ message: 'x\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n' }), catalog, '/r');
    expect(rest).toEqual([]);
    expect(evidence).toMatchObject({
      assistant: 'claude-code',
      signature: 'claude-code/co-author-trailer',
      kind: 'commit-trailer',
      strength: 'strong',
      location: { repository: '/r', commit: 'a'.repeat(40), line: 3 },
      excerpt: 'Co-Authored-By: Claude <noreply@anthropic.com>',
      date: '2026-01-05T10:00:00+00:00',
    });
    expect(evidence!.fingerprint).toMatch(/^[0-9a-f]{32}$/);
  });

  it('reports an identity once with the role it was seen in, even when author and committer both match', () => {
    const found = detectCommitEvidence(
      commit({ authorName: 'Claude', authorEmail: 'noreply@anthropic.com', committerName: 'Claude', committerEmail: 'noreply@anthropic.com' }),
      catalog,
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ signature: 'claude-code/web-identity', location: { role: 'author' }, excerpt: 'Author: Claude <noreply@anthropic.com>' });
    expect(found[0]!.location).not.toHaveProperty('repository');
  });

  it('reports a committer-only identity with the committer role', () => {
    const found = detectCommitEvidence(commit({ committerName: 'copilot-swe-agent[bot]', committerEmail: '198982749+Copilot@users.noreply.github.com' }), catalog);
    expect(found.map((e) => [e.assistant, e.location.role])).toEqual([['copilot-coding-agent', 'committer']]);
  });

  it('gives a rebased copy of a commit (new id, same author and date) the same fingerprint', () => {
    const message = 'x\n\nCo-authored-by: Cursor <cursoragent@cursor.com>\n';
    const [before] = detectCommitEvidence(commit({ message }), catalog);
    const [after] = detectCommitEvidence(commit({ message, id: 'b'.repeat(40), committerDate: '2026-02-01T00:00:00+00:00' }), catalog);
    expect(after!.fingerprint).toBe(before!.fingerprint);
  });

  it('gives different commits by different authors different fingerprints', () => {
    const message = 'x\n\nCo-authored-by: Cursor <cursoragent@cursor.com>\n';
    const [one] = detectCommitEvidence(commit({ message }), catalog);
    const [two] = detectCommitEvidence(commit({ message, authorEmail: 'bo@example.org' }), catalog);
    expect(two!.fingerprint).not.toBe(one!.fingerprint);
  });

  it('escapes control characters from a hostile author name in the excerpt', () => {
    const [found] = detectCommitEvidence(commit({ authorName: 'Evil\x1b[31m (aider)' }), catalog);
    expect(found!.excerpt).toBe('Author: Evil\\u{1b}[31m (aider) <ana@example.com>');
  });

  it('finds nothing in a plain human commit', () => {
    expect(detectCommitEvidence(commit({}), catalog)).toEqual([]);
  });
});

describe('detectRefEvidence', () => {
  it('reports a branch by its full ref name, with no date', () => {
    const [evidence] = detectRefEvidence({ name: 'refs/heads/claude/add-readme-3T29K', target: 'c'.repeat(40) }, catalog, '/r');
    expect(evidence).toMatchObject({ assistant: 'claude-code', location: { repository: '/r', ref: 'refs/heads/claude/add-readme-3T29K' }, excerpt: 'refs/heads/claude/add-readme-3T29K' });
    expect(evidence).not.toHaveProperty('date');
    expect(evidence!.fingerprint).toBe(fingerprint('claude-code/branch', 'refs/heads/claude/add-readme-3T29K'));
  });
});

describe('detectPathEvidence', () => {
  it('reports AGENTS.md as shared any-agent evidence only', () => {
    expect(detectPathEvidence({ path: 'AGENTS.md', origin: 'worktree' }, catalog).map((e) => [e.assistant, e.strength])).toEqual([['any-agent', 'shared']]);
  });

  it('keeps the adding commit for a path seen in a commit', () => {
    const [evidence] = detectPathEvidence({ path: 'CLAUDE.md', origin: 'commit', commit: 'd'.repeat(40) }, catalog, '/r');
    expect(evidence!.location).toEqual({ repository: '/r', path: 'CLAUDE.md', commit: 'd'.repeat(40) });
  });

  it('shows a file name with a newline as one escaped line', () => {
    const [evidence] = detectPathEvidence({ path: 'odd\nname/CLAUDE.md', origin: 'worktree' }, catalog);
    expect(evidence!.excerpt).toBe('odd ⏎ name/CLAUDE.md');
  });
});
