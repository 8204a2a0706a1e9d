/** @fileoverview Tests findTrailerLines: `Key: value` lines anywhere in a message, decorated, doubled or folded. */
import { describe, expect, it } from 'vitest';
import { findTrailerLines } from './message-lines.js';

const lines = (text: string): string[] => text.split('\n');

describe('findTrailerLines', () => {
  it('finds a trailer in the last paragraph with a lower-cased key and its 1-based line', () => {
    expect(findTrailerLines(lines('Fix it\n\nBody.\n\nCo-Authored-By: Claude <noreply@anthropic.com>'))).toEqual([
      { key: 'co-authored-by', value: 'Claude <noreply@anthropic.com>', line: 5, text: 'Co-Authored-By: Claude <noreply@anthropic.com>' },
    ]);
  });

  it('finds trailers buried in the body of a squash merge, not only the last paragraph', () => {
    const found = findTrailerLines(lines('Squash (#4)\n\n* one\n\nCo-authored-by: Cursor <cursoragent@cursor.com>\n\n* two\n\nSigned-off-by: Ana <ana@example.com>'));
    expect(found.map((t) => [t.key, t.line])).toEqual([
      ['co-authored-by', 5],
      ['signed-off-by', 9],
    ]);
  });

  it('reads a lower-case key and blanks before the colon', () => {
    expect(findTrailerLines(['co-authored-by  : x <x@y>'])[0]).toMatchObject({ key: 'co-authored-by', value: 'x <x@y>' });
  });

  it('strips list bullets, quote marks and bold markdown around a trailer', () => {
    const found = findTrailerLines(['* Co-authored-by: A <a@b>', '> Assisted-by: Claude', '**Generated-by: Claude Code**', '- Made-with: Cursor']);
    expect(found.map((t) => [t.key, t.value])).toEqual([
      ['co-authored-by', 'A <a@b>'],
      ['assisted-by', 'Claude'],
      ['generated-by', 'Claude Code'],
      ['made-with', 'Cursor'],
    ]);
  });

  it('reads a doubled key once, taking the inner value', () => {
    expect(findTrailerLines(['Co-authored-by: Co-authored-by: Claude <noreply@anthropic.com>'])[0]!.value).toBe('Claude <noreply@anthropic.com>');
  });

  it('keeps a different inner key as part of the value', () => {
    expect(findTrailerLines(['Reviewed-by: Note: later'])[0]!.value).toBe('Note: later');
  });

  it('joins folded continuation lines to the value, as git folds them', () => {
    const found = findTrailerLines(['Co-authored-by: Claude', '  Sonnet 4.6', '\t<noreply@anthropic.com>', 'Next: line']);
    expect(found).toHaveLength(2);
    expect(found[0]).toMatchObject({ value: 'Claude Sonnet 4.6 <noreply@anthropic.com>', line: 1 });
    expect(found[1]).toMatchObject({ key: 'next', line: 4 });
  });

  it('does not fold an indented line that is itself a trailer', () => {
    const found = findTrailerLines(['Co-authored-by: A <a@b>', '  Signed-off-by: B <b@c>']);
    expect(found.map((t) => t.key)).toEqual(['co-authored-by', 'signed-off-by']);
    expect(found[0]!.value).toBe('A <a@b>');
  });

  it('ignores prose whose words before a colon are not one key', () => {
    expect(findTrailerLines(['We asked Claude: it helped.', 'Note to self - Copilot: fine', 'no colon here'])).toEqual([]);
  });

  it('reads an indented bullet after a trailer as a folded continuation, as git does', () => {
    const found = findTrailerLines(['Generated-by: Claude Code', '  - Made-with: Cursor']);
    expect(found).toHaveLength(1);
    expect(found[0]!.value).toBe('Claude Code - Made-with: Cursor');
  });

  it('returns an empty value for a key with nothing after the colon', () => {
    expect(findTrailerLines(['Claude-Generated-By:'])[0]).toMatchObject({ key: 'claude-generated-by', value: '' });
  });
});
