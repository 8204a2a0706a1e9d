/** @fileoverview `aiguard scan` on a repository with several assistants' trailers, identities, refs and files, and look-alikes that must stay silent. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssistantsRepo, type AssistantsRepo } from '../helpers/assistant-repos.js';
import { findingsFor, scanJson, signaturesIn, type JsonReport } from '../helpers/scan-report.js';

describe('aiguard scan across assistants', () => {
  let repo: AssistantsRepo;
  let report: JsonReport;

  beforeAll(async () => {
    repo = createAssistantsRepo();
    report = await scanJson(repo.path);
  });
  afterAll(() => repo.cleanup());

  const signaturesOf = (commit: string): string[] => signaturesIn(report, commit).map((s) => s.signature).sort();

  it('finds the Claude Code footer and co-author trailer on their message lines', () => {
    const found = signaturesIn(report, repo.commits.claude);
    expect(findingsFor(report, repo.commits.claude)).toHaveLength(1);
    expect(found.map((s) => [s.signature, s.line])).toEqual(
      expect.arrayContaining([
        ['claude-code/generated-with-footer', 5],
        ['claude-code/co-author-trailer', 7],
      ]),
    );
  });

  it("finds Cursor's co-author trailer", () => {
    expect(signaturesOf(repo.commits.cursor)).toEqual(['cursor/co-author-trailer']);
  });

  it("finds Aider's author name suffix and co-author trailer", () => {
    expect(signaturesOf(repo.commits.aider)).toEqual(['aider/co-author-trailer', 'aider/name-suffix']);
    expect(signaturesIn(report, repo.commits.aider).find((s) => s.kind === 'commit-identity')!.role).toBe('author');
  });

  it("finds the Copilot coding agent's author identity", () => {
    expect(signaturesOf(repo.commits.copilotAgent)).toContain('copilot-coding-agent/identity');
  });

  it("finds Qwen Code's co-author trailer and Amp's two trailers", () => {
    expect(signaturesOf(repo.commits.qwen)).toEqual(['qwen-code/co-author-trailer']);
    expect(signaturesOf(repo.commits.amp)).toEqual(['amp/co-author-trailer', 'amp/thread-link', 'amp/thread-trailer']);
  });

  it('finds claude/ and copilot/ branches and both notes refs', () => {
    const refs = Object.fromEntries(report.findings.filter((f) => f.location.ref).map((f) => [f.location.ref, f.assistant]));
    expect(refs).toEqual({
      'refs/heads/claude/add-readme-3T29K': 'claude-code',
      'refs/heads/copilot/fix-login': 'copilot-coding-agent',
      'refs/notes/ai': 'git-ai',
      'refs/notes/ai-attribution': 'qwen-code',
    });
  });

  it('finds CLAUDE.md, a .cursor rule and the Copilot instructions file in the working tree', () => {
    const paths = report.findings.filter((f) => f.location.path).map((f) => [f.location.path, f.assistant]);
    expect(paths).toEqual(
      expect.arrayContaining([
        ['CLAUDE.md', 'claude-code'],
        ['.cursor/rules/x.mdc', 'cursor'],
        ['.github/copilot-instructions.md', 'github-copilot'],
      ]),
    );
  });

  it('attributes AGENTS.md to any-agent with shared strength only, never to a specific tool', () => {
    const agents = report.findings.filter((f) => f.location.path === 'AGENTS.md');
    expect(agents.map((f) => [f.assistant, f.strength])).toEqual([['any-agent', 'shared']]);
    expect(findingsFor(report, repo.commits.agentsMd)).toEqual([]);
  });

  it('stays silent on human co-authors at google.com, openai.com, microsoft.com and anthropic.com', () => {
    expect(findingsFor(report, repo.commits.humanCoAuthors)).toEqual([]);
  });

  it('stays silent on a message that only talks about Claude and Copilot in prose', () => {
    expect(findingsFor(report, repo.commits.prose)).toEqual([]);
  });

  it('stays silent on the plain human commit, and counts every commit and ref it scanned', () => {
    expect(findingsFor(report, repo.commits.human)).toEqual([]);
    // Ten commits on the branches plus the two commits that hold the notes: without --range every ref's history is read.
    expect(report.summary.commitsScanned).toBe(12);
    // main, the two AI branches and the two notes refs.
    expect(report.summary.refsScanned).toBe(5);
  });
});
