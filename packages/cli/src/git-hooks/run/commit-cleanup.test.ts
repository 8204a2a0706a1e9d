/** @fileoverview Tests which lines of a commit-msg file count as the message git will store, per cleanup mode and command line. */
import { describe, expect, it } from 'vitest';
import { cleanupMode, parseCommitArguments, storedLines } from './commit-cleanup.js';
import { subcommandArguments } from './commit-invocation.js';

const VERBOSE_FILE = 'Subject\n\nBody\n# Please enter the commit message\n# ------------------------ >8 ------------------------\n+Co-Authored-By: Claude <noreply@anthropic.com>\n';

describe('storedLines', () => {
  it('blanks comment lines and everything from the scissors line down under strip with -v, keeping line numbers', () => {
    expect(storedLines(VERBOSE_FILE, 'strip', true, '#')).toEqual(['Subject', '', 'Body', '', '', '', '']);
  });

  it('keeps comment lines under whitespace and verbatim (git commit -m keeps them)', () => {
    expect(storedLines('Subject\n# Co-Authored-By: x\n', 'whitespace', false, '#')).toEqual(['Subject', '# Co-Authored-By: x', '']);
    expect(storedLines('Subject\n# note\n', 'verbatim', false, '#')).toEqual(['Subject', '# note', '']);
  });

  it('keeps the text below a scissors line when git does not cut there (no -v, not scissors mode)', () => {
    expect(storedLines(VERBOSE_FILE, 'whitespace', false, '#').at(-2)).toBe('+Co-Authored-By: Claude <noreply@anthropic.com>');
  });

  it('honours another comment character, and judges every line when the mode is unknown', () => {
    expect(storedLines('Subject\n; note\n# kept\n', 'strip', false, ';')).toEqual(['Subject', '', '# kept', '']);
    expect(storedLines('Subject\n# kept by scissors\n', 'scissors', false, '#')).toEqual(['Subject', '# kept by scissors', '']);
    expect(storedLines('Subject\n# note\n', 'unknown', true, '#')).toEqual(['Subject', '# note', '']);
  });

  it('keeps comment-looking lines under core.commentChar=auto but still cuts at its scissors line', () => {
    expect(storedLines('S\n; c\n; ------------------------ >8 ------------------------\nd\n', 'strip', true, undefined)).toEqual(['S', '; c', '', '', '']);
  });
});

describe('cleanupMode', () => {
  it('follows git: default is strip with an editor and whitespace without; scissors needs an editor', () => {
    expect(cleanupMode({ verbose: false, usesEditor: true }, undefined)).toBe('strip');
    expect(cleanupMode({ verbose: false, usesEditor: false }, undefined)).toBe('whitespace');
    expect(cleanupMode({ cleanup: 'scissors', verbose: false, usesEditor: false }, undefined)).toBe('whitespace');
    expect(cleanupMode({ verbose: false, usesEditor: true }, 'verbatim')).toBe('verbatim');
    expect(cleanupMode({ cleanup: 'strip', verbose: false, usesEditor: false }, 'verbatim')).toBe('strip');
    expect(cleanupMode(undefined, 'strip')).toBe('unknown');
  });
});

describe('parseCommitArguments', () => {
  it('reads clustered short options, long options with and without =, and editor use', () => {
    expect(parseCommitArguments(['-vam', 'msg'])).toEqual({ verbose: true, usesEditor: false });
    expect(parseCommitArguments(['--cleanup', 'verbatim', '-F', '-'])).toEqual({ cleanup: 'verbatim', verbose: false, usesEditor: false });
    expect(parseCommitArguments(['--cleanup=scissors', '-e', '-mX'])).toEqual({ cleanup: 'scissors', verbose: false, usesEditor: true });
    expect(parseCommitArguments(['--amend'])).toEqual({ verbose: false, usesEditor: true });
    expect(parseCommitArguments(['--amend', '--no-edit'])).toEqual({ verbose: false, usesEditor: false });
    expect(parseCommitArguments(['-m', '-v is a message, not a flag'])).toEqual({ verbose: false, usesEditor: false });
  });

  it('finds the subcommand after git global options', () => {
    expect(subcommandArguments(['-c', 'commit.cleanup=verbatim', '-C', 'dir', '--no-pager', 'commit', '-m', 'x'])).toEqual({ command: 'commit', args: ['-m', 'x'] });
  });
});
