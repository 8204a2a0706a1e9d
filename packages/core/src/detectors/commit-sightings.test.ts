/** @fileoverview One finding per commit and tool, attributed to the tool the line names, with model and provider. */
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../catalog/index.js';
import type { CommitRecord } from '../model/records.js';
import { mergedBranches } from './commit-sightings.js';
import { compileCatalog } from './compiled-catalog.js';
import { detectCommitEvidence, detectMessageEvidence } from './repository-evidence.js';

const catalog = compileCatalog(CATALOG);

function commit(message: string, overrides: Partial<CommitRecord> = {}): CommitRecord {
  return {
    id: 'b'.repeat(40),
    parents: [],
    authorName: 'Ana Human',
    authorEmail: 'ana@example.com',
    authorDate: '2026-01-05T10:00:00+00:00',
    committerName: 'Ana Human',
    committerEmail: 'ana@example.com',
    committerDate: '2026-01-05T10:00:00+00:00',
    message,
    ...overrides,
  };
}

const found = (message: string, overrides: Partial<CommitRecord> = {}) =>
  detectCommitEvidence(commit(message, overrides), catalog).map((e) => ({ assistant: e.assistant, model: e.model?.id, provider: e.provider, signatures: e.signatures?.map((s) => s.signature) }));

describe('detectCommitEvidence attribution', () => {
  it('counts a Claude Code commit once, with every signature it carries', () => {
    const evidence = found('Add cache\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)\n\nCo-Authored-By: Claude Opus 4.6 <noreply@anthropic.com>\nAssisted-by: Claude:claude-opus-4-6\n');
    expect(evidence).toEqual([
      {
        assistant: 'claude-code',
        model: 'claude-opus-4.6',
        provider: 'anthropic',
        signatures: ['claude-code/co-author-trailer', 'claude-code/assisted-by-trailer', 'claude-code/generated-with-footer', 'any-agent/assisted-by-trailer'],
      },
    ]);
  });

  it('reports Assisted-by: <model> via Crush as Crush running an Anthropic model, not Claude Code', () => {
    expect(found('Fix\n\nAssisted-by: Claude Opus 4.6 via Crush\n')).toEqual([
      { assistant: 'crush', model: 'claude-opus-4.6', provider: 'anthropic', signatures: ['crush/assisted-by-trailer', 'claude-code/assisted-by-trailer', 'any-agent/assisted-by-trailer'] },
    ]);
  });

  it('reads the provider from Crush:<provider>/<model>', () => {
    expect(found('Fix\n\nAssisted-by: Crush:anthropic/claude-opus-5\n')).toMatchObject([{ assistant: 'crush', model: 'claude-opus-5', provider: 'anthropic' }]);
  });

  it('names the tool of a generic Assisted-by trailer when the catalog knows it, and keeps "some agent" otherwise', () => {
    expect(found('x\n\nAssisted-by: OpenCode:kimi-k2\n')).toMatchObject([{ assistant: 'opencode', model: 'kimi-k2', provider: 'moonshot' }]);
    expect(found('x\n\nAssisted-by: gpt-5-high (planning) && gemini-2.5-pro (coding)\n')).toMatchObject([{ assistant: 'any-agent', model: 'gpt-5-high', provider: 'openai' }]);
    const [multi] = detectCommitEvidence(commit('x\n\nAssisted-by: gpt-5-high (planning) && gemini-2.5-pro (coding)\n'), catalog);
    expect(multi!.models?.map((m) => m.provider)).toEqual(['openai', 'google']);
  });

  it('reads the ASF Generated-by trailer for the tool or the model it names', () => {
    expect(found('x\n\nGenerated-by: GitHub Copilot\n')).toMatchObject([{ assistant: 'github-copilot' }]);
    expect(found('x\n\nGenerated-by: ChatGPT 5\n')).toMatchObject([{ assistant: 'any-agent', model: 'chatgpt-5', provider: 'openai' }]);
    expect(found('x\n\nGenerated-by: protoc 3.21\n')).toEqual([]);
  });

  it('gives a tool with one provider that provider when no model is named', () => {
    expect(found('x\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n')).toMatchObject([{ assistant: 'claude-code', provider: 'anthropic' }]);
    expect(found('x\n\nAssisted-by: Crush\n')).toEqual([{ assistant: 'crush', model: undefined, provider: undefined, signatures: expect.any(Array) }]);
  });

  it('reads the model in a co-author name such as Codex (gpt-5.4)', () => {
    expect(found('x\n\nCo-authored-by: Codex (gpt-5.4) <noreply@openai.com>\n')).toMatchObject([{ assistant: 'openai-codex', model: 'gpt-5.4', provider: 'openai' }]);
  });

  it('finds a catalogued bot address in any *-by trailer, whatever the display name', () => {
    expect(found('x\n\nReviewed-by: Helper <158243242+devin-ai-integration[bot]@users.noreply.github.com>\n')).toMatchObject([{ assistant: 'devin' }]);
    expect(found('x\n\nCo-authored-by: Anyone <209825114+claude@users.noreply.github.com>\n')).toMatchObject([{ assistant: 'claude-code' }]);
    expect(found('x\n\nCo-authored-by: Claude Fan <12345+claude@users.noreply.github.com>\n')).toEqual([]);
  });

  it('reads messages as people write them: literal \\n, HTML-escaped addresses', () => {
    expect(found('fix: x\\n\\nCo-Authored-By: Claude <noreply@anthropic.com>')).toMatchObject([{ assistant: 'claude-code' }]);
    expect(found('fix\n\nCo-authored-by: opencode &lt;noreply@opencode.ai&gt;\n')).toMatchObject([{ assistant: 'opencode' }]);
  });

  it('grades branches named in merge messages as the branch signatures are', () => {
    const [copilot] = detectCommitEvidence(commit("Merge branch 'main' into copilot/fix-login\n"), catalog);
    expect(copilot).toMatchObject({ assistant: 'copilot-coding-agent', kind: 'branch', strength: 'weak', location: { line: 1 } });
    expect(found('Merge pull request #12 from acme/codex/add-tests\n\nAdd tests')).toMatchObject([{ assistant: 'openai-codex' }]);
    expect(found("Merge remote-tracking branch 'origin/main' into codex/refactor-x\n")).toMatchObject([{ assistant: 'openai-codex' }]);
    expect(found('Merge pull request #3 from acme/feature/login\n')).toEqual([]);
  });
});

describe('detectMessageEvidence (the commit-msg hook and the editor\'s commit box)', () => {
  it('gives a message about to be committed the same one-per-tool evidence, with model and provider', () => {
    const evidence = detectMessageEvidence('Fix\n\n💘 Generated with Crush\n\nAssisted-by: Claude Opus 4.6 via Crush\n', catalog);
    expect(evidence.map((e) => ({ assistant: e.assistant, model: e.model?.id, provider: e.provider, line: e.location.line }))).toEqual([
      { assistant: 'crush', model: 'claude-opus-4.6', provider: 'anthropic', line: 5 },
    ]);
    expect(evidence[0]!.signatures?.map((s) => s.signature)).toContain('crush/generated-with-footer');
  });
});

describe('mergedBranches', () => {
  it('reads the branches of each merge subject form', () => {
    expect(mergedBranches('Merge pull request #7 from owner/claude/x-1')).toEqual(['claude/x-1']);
    expect(mergedBranches("Merge branch 'main' into copilot/fix")).toEqual(['main', 'copilot/fix']);
    expect(mergedBranches("Merge remote-tracking branch 'origin/main' into codex/y")).toEqual(['main', 'codex/y']);
    expect(mergedBranches("Merge branch 'devin/1700000000-x' into 'main'")).toEqual(['devin/1700000000-x', 'main']);
    expect(mergedBranches('Merged the fix')).toEqual([]);
  });
});
