/** @fileoverview Tests for the command kind: reading terminal command lines the way a shell starts programs. */
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../catalog/index.js';
import { compileCatalog } from '../compiled-catalog.js';
import { detectCommandEvidence, detectCommandLine } from './command.js';

const catalog = compileCatalog(CATALOG);
const assistants = (line: string) => detectCommandLine(line, catalog).map((match) => match.entry.assistant);

describe('detectCommandLine', () => {
  it('finds each assistant once across segments joined by ;, &&, | and &', () => {
    expect(assistants('claude; claude && gemini | cat & aider')).toEqual(['claude-code', 'gemini-cli', 'aider']);
  });

  it('does not flag ordinary commands that mention an assistant', () => {
    for (const line of ['git commit -m "ask claude later"', 'echo claude', 'ls ~/.claude', 'code .', '']) expect(assistants(line), line).toEqual([]);
  });

  it('reads package runners with options before the package', () => {
    expect(assistants('npx -y @google/gemini-cli')).toEqual(['gemini-cli']);
    expect(assistants('uv tool run aider-chat')).toEqual(['aider']);
    expect(assistants('bun x @anthropic-ai/claude-code@2.1.0')).toEqual(['claude-code']);
  });
});

describe('detectCommandEvidence', () => {
  it('gives command evidence with the signature\'s strength, the command line without secrets, and a fingerprint of the program', () => {
    const [evidence, ...rest] = detectCommandEvidence('ANTHROPIC_API_KEY=sk-ant-123 claude --resume', catalog);
    expect(rest).toEqual([]);
    expect(evidence).toMatchObject({ assistant: 'claude-code', signature: 'claude-code/cli-command', kind: 'command', strength: 'strong', location: {} });
    expect(evidence!.excerpt).toBe('ANTHROPIC_API_KEY=*** claude --resume');
    expect(evidence!.fingerprint).toBe(detectCommandEvidence('claude', catalog)[0]!.fingerprint);
  });

  it('marks generic program names weak, as the catalog says', () => {
    expect(detectCommandEvidence('goose session', catalog)[0]).toMatchObject({ assistant: 'goose', strength: 'weak' });
  });
});
