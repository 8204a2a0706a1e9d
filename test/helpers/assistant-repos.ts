/** @fileoverview Fixture repositories for the `aiguard scan` end-to-end tests: several assistants' footprints, and look-alikes that must stay silent. */
import { createRepo, type FixtureRepo } from './git-fixture.js';

/** Git identity flags for commands (notes, merges) that record a committer but are not fixture commits. */
export const TOOL_IDENTITY = ['-c', 'user.name=Fixture Tool', '-c', 'user.email=tool@example.com'] as const;

/** The commits of {@link createAssistantsRepo} by what they carry. */
export interface AssistantsRepo extends FixtureRepo {
  readonly commits: {
    readonly human: string;
    readonly claude: string;
    readonly cursor: string;
    readonly aider: string;
    readonly copilotAgent: string;
    readonly qwen: string;
    readonly amp: string;
    readonly agentsMd: string;
    readonly humanCoAuthors: string;
    readonly prose: string;
  };
}

/**
 * A work tree whose history, refs and files carry Claude Code, Cursor, Aider, Copilot coding agent, Qwen Code
 * and Amp footprints, plus AGENTS.md and commits that only look AI-related (human co-authors at AI vendors, prose).
 */
export function createAssistantsRepo(): AssistantsRepo {
  const repo = createRepo();
  const human = repo.commit({ message: 'Initial commit\n', files: { 'README.md': '# demo\n' } });
  const claude = repo.commit({
    message: 'Add parser\n\nParses the config.\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)\n\nCo-Authored-By: Claude Opus 4.6 <noreply@anthropic.com>\n',
    files: { 'CLAUDE.md': '# memory\n' },
  });
  const cursor = repo.commit({ message: 'Add rules\n\nCo-authored-by: Cursor <cursoragent@cursor.com>\n', files: { '.cursor/rules/x.mdc': 'rule\n' } });
  const aider = repo.commit({ message: 'Fix off-by-one\n\nCo-authored-by: aider (gpt-5) <aider@aider.chat>\n', author: 'Ana (aider) <ana@example.com>' });
  const copilotAgent = repo.commit({
    message: 'Add instructions\n',
    author: 'copilot-swe-agent[bot] <198982749+Copilot@users.noreply.github.com>',
    files: { '.github/copilot-instructions.md': 'be nice\n' },
  });
  const qwen = repo.commit({ message: 'Tune cache\n\nCo-authored-by: Qwen-Coder <qwen-coder@alibabacloud.com>\n' });
  const amp = repo.commit({
    message: 'Speed up indexing\n\nAmp-Thread-ID: https://ampcode.com/threads/T-5b6c1a2e-8f3d-4c9a-b1e2-0d4f6a7b8c9d\nCo-authored-by: Amp <amp@ampcode.com>\n',
  });
  const agentsMd = repo.commit({ message: 'Document agents\n', files: { 'AGENTS.md': '# agents\n' } });
  const humanCoAuthors = repo.commit({
    message:
      'Pair on the release\n\nCo-authored-by: Jeff Dean <jeff@google.com>\nCo-authored-by: Sam Example <sam@openai.com>\nCo-authored-by: Satya Example <satya@microsoft.com>\nCo-authored-by: Dario Example <dario@anthropic.com>\n',
  });
  const prose = repo.commit({
    message: 'docs: compare assistants\n\nWe tried Claude and GitHub Copilot for this refactor and wrote it by hand.\nClaude Code was not used; noreply@anthropic.com is their bot address.\n',
  });
  repo.git('branch', 'claude/add-readme-3T29K', claude);
  repo.git('branch', 'copilot/fix-login', cursor);
  repo.git(...TOOL_IDENTITY, 'notes', '--ref=ai', 'add', '-m', '{"schema":"authorship/3.0.0"}', claude);
  repo.git(...TOOL_IDENTITY, 'notes', '--ref=ai-attribution', 'add', '-m', 'qwen', qwen);
  return Object.assign(repo, { commits: { human, claude, cursor, aider, copilotAgent, qwen, amp, agentsMd, humanCoAuthors, prose } });
}

/** A repository with one Claude Code commit (footer and co-author) and nothing else: the smallest positive case. */
export function createClaudeRepo(): FixtureRepo & { readonly claudeCommit: string } {
  const repo = createRepo();
  repo.commit({ message: 'Initial commit\n', files: { 'README.md': '# demo\n' } });
  const claudeCommit = repo.commit({
    message: 'Add parser\n\n🤖 Generated with [Claude Code](https://claude.ai/code)\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n',
    files: { 'src/parser.ts': 'export {};\n' },
  });
  return Object.assign(repo, { claudeCommit });
}
