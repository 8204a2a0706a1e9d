import { describe, expect, it } from 'vitest';
import { findMessageViolations, stripViolations } from '../../src/commit-message-data';
import { catalog, enforcerOf } from './fixtures';

const block = enforcerOf({ assistants: { 'claude-code': 'block' } });
const TRAILER = 'Co-Authored-By: Claude <noreply@anthropic.com>';
const FOOTER = '🤖 Generated with [Claude Code](https://claude.com/claude-code)';

describe('findMessageViolations', () => {
  it('finds the Claude Code trailer with its line and the deciding layer', () => {
    const [violation, ...rest] = findMessageViolations(`Fix\n\n${TRAILER}`, catalog, block);
    expect(rest).toEqual([]);
    expect(violation).toMatchObject({ assistant: 'claude-code', signature: 'claude-code/co-author-trailer', line: 3, text: TRAILER, verdict: 'block' });
    expect(violation?.decidedBy).toMatchObject({ layer: 'repository' });
  });

  it('says nothing when the policy allows the assistant, or for an empty box', () => {
    expect(findMessageViolations(`Fix\n\n${TRAILER}`, catalog, enforcerOf({ assistants: { 'claude-code': 'allow' } }))).toEqual([]);
    expect(findMessageViolations('   ', catalog, block)).toEqual([]);
  });

  it('ignores human co-authors', () => {
    expect(findMessageViolations('Fix\n\nCo-authored-by: Dana <dana@example.com>', catalog, block)).toEqual([]);
  });
});

describe('stripViolations', () => {
  it('removes only the banned trailer line and keeps human trailers', () => {
    const message = `Fix the greeting\n\nCo-authored-by: Dana <dana@example.com>\n${TRAILER}\n`;
    expect(stripViolations(message, catalog, block)).toBe('Fix the greeting\n\nCo-authored-by: Dana <dana@example.com>\n');
  });

  it('removes footers and trailers together and the blank lines they leave at the end', () => {
    expect(stripViolations(`Add tests\n\n${FOOTER}\n\n${TRAILER}`, catalog, block)).toBe('Add tests');
  });

  it('removes a trailer repeated on several lines (core reports each signature once)', () => {
    expect(stripViolations(`Fix\n\n${TRAILER}\nCo-Authored-By: Claude Opus 4.6 <noreply@anthropic.com>`, catalog, block)).toBe('Fix');
  });

  it('returns the message unchanged when nothing is banned', () => {
    const message = `Fix\n\n${TRAILER}\n\n`;
    expect(stripViolations(message, catalog, enforcerOf({ assistants: { 'claude-code': 'allow' } }))).toBe(message);
  });
});
