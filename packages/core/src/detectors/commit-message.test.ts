/** @fileoverview Tests detectMessage against the real catalog: trailers and markers found, prose and human co-authors left alone. */
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../catalog/index.js';
import { detectMessage } from './commit-message.js';
import { compileCatalog } from './compiled-catalog.js';

const catalog = compileCatalog(CATALOG);
const ids = (message: string): string[] => detectMessage(message, catalog).map((m) => m.entry.signature.id);

describe('detectMessage', () => {
  it('finds Claude Code footer and co-author trailer on their own lines', () => {
    const found = detectMessage('Add tests\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)\n\nCo-Authored-By: Claude Opus 4.6 <noreply@anthropic.com>\n', catalog);
    expect(found.map((m) => [m.entry.signature.id, m.line])).toEqual(
      expect.arrayContaining([
        ['claude-code/co-author-trailer', 5],
        ['claude-code/generated-with-footer', 3],
      ]),
    );
    expect(found.find((m) => m.line === 5)!.text).toBe('Co-Authored-By: Claude Opus 4.6 <noreply@anthropic.com>');
  });

  it('finds a model-suffixed co-author name', () => {
    expect(ids('x\n\nCo-Authored-By: Claude Sonnet 4.6 (1M context) <noreply@anthropic.com>')).toContain('claude-code/co-author-trailer');
  });

  it('finds a lower-case trailer key', () => {
    expect(ids('x\n\nco-authored-by: Cursor <cursoragent@cursor.com>')).toEqual(['cursor/co-author-trailer']);
  });

  it('finds Assisted-by naming Claude, and reports the tool-neutral Assisted-by as well', () => {
    expect(ids('x\n\nAssisted-by: Claude Opus 4.6')).toEqual(expect.arrayContaining(['claude-code/assisted-by-trailer', 'any-agent/assisted-by-trailer']));
  });

  it('finds a Cyrillic а in the email and reports the original line', () => {
    const [match] = detectMessage('x\n\nCo-Authored-By: Claude <noreply@\u0430nthropic.com>', catalog);
    expect(match!.entry.signature.id).toBe('claude-code/co-author-trailer');
    expect(match!.text).toContain('\u0430nthropic');
  });

  it('finds a trailer whose key hides a zero-width space', () => {
    expect(ids('x\n\nCo-Authored\u200B-By: Claude <noreply@anthropic.com>')).toContain('claude-code/co-author-trailer');
  });

  it('finds Aider, Qwen, Amp and Copilot coding agent co-authors', () => {
    expect(ids('x\n\nCo-authored-by: aider (gpt-5) <aider@aider.chat>')).toEqual(['aider/co-author-trailer']);
    expect(ids('x\n\nCo-authored-by: Qwen-Coder <qwen-coder@alibabacloud.com>')).toEqual(['qwen-code/co-author-trailer']);
    expect(ids('x\n\nAmp-Thread-ID: https://ampcode.com/threads/T-5b6a1c2d\nCo-authored-by: Amp <amp@ampcode.com>')).toEqual(['amp/thread-trailer', 'amp/co-author-trailer', 'amp/thread-link']);
    expect(ids('x\n\nCo-authored-by: copilot-swe-agent[bot] <198982749+Copilot@users.noreply.github.com>')).toContain('copilot-coding-agent/squash-co-author-trailer');
  });

  it('reports each signature once, at its first line', () => {
    const found = detectMessage('x\n\nCo-Authored-By: Claude <noreply@anthropic.com>\nCo-Authored-By: Claude Opus <noreply@anthropic.com>', catalog);
    expect(found).toHaveLength(1);
    expect(found[0]!.line).toBe(3);
  });

  it('stays silent on human co-authors at AI vendors', () => {
    for (const human of ['Dario Example <dario@anthropic.com>', 'Sam <sam@openai.com>', 'Satya <satya@microsoft.com>', 'Jeff <jeff@google.com>']) {
      expect(ids(`Pair work\n\nCo-authored-by: ${human}`)).toEqual([]);
    }
  });

  it('stays silent on prose that merely talks about Claude or Copilot', () => {
    expect(ids('docs: compare Claude Code and GitHub Copilot\n\nWe tried Claude and Copilot; noreply@anthropic.com was cc-ed.\nCopilot is fine.')).toEqual([]);
  });
});

describe('detectMessage on repeated trailers (answers remembered per catalog)', () => {
  it('answers per catalog: a catalog without the signature does not get the other catalog’s answer', () => {
    const trailer = 'x\n\nCo-Authored-By: Claude Opus 4.6 <noreply@anthropic.com>';
    const withoutClaude = compileCatalog(CATALOG.filter((assistant) => assistant.id !== 'claude-code'));
    expect(ids(trailer)).toContain('claude-code/co-author-trailer');
    expect(detectMessage(trailer, withoutClaude).map((m) => m.entry.signature.id)).not.toContain('claude-code/co-author-trailer');
    expect(ids(trailer)).toContain('claude-code/co-author-trailer');
  });

  it('still finds a trailer whose value is too long to remember', () => {
    const long = `Co-Authored-By: Claude Opus 4.6 ${'(a very long note) '.repeat(40)}<noreply@anthropic.com>`;
    expect(long.length).toBeGreaterThan(512);
    expect(ids(`x\n\n${long}`)).toContain('claude-code/co-author-trailer');
    expect(ids(`x\n\n${long}`)).toContain('claude-code/co-author-trailer');
  });
});
