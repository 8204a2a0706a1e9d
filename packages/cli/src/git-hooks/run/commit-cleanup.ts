/**
 * @fileoverview What git will store of a commit-msg file: which lines its cleanup mode drops (comments, everything
 * below the scissors line), decided as `git commit` decides it from its options and config. The hook judges that,
 * not the file: `git commit -m` keeps `#` lines, `--cleanup=verbatim` keeps everything, and the comment character
 * can be any character.
 */

/** How git cleans the message; `unknown` when the invoking `git commit` could not be read. */
export type CleanupMode = 'verbatim' | 'whitespace' | 'strip' | 'scissors' | 'unknown';

/** The parts of a `git commit` command line that decide the cleanup. */
export interface CommitInvocation {
  /** `--cleanup=<mode>` as given (last one wins), if any. */
  readonly cleanup?: string;
  /** `-v` given (and not undone by `--no-verbose`). */
  readonly verbose: boolean;
  /** Whether git opens an editor: no with -m/-F/-C unless -e; --no-edit forces no. */
  readonly usesEditor: boolean;
}

/** The effective mode, as builtin/commit.c computes it from `--cleanup` (or `commit.cleanup`) and editor use. */
export function cleanupMode(invocation: CommitInvocation | undefined, configured: string | undefined): CleanupMode {
  if (!invocation) return 'unknown';
  const asked = invocation.cleanup ?? configured ?? 'default';
  switch (asked) {
    case 'verbatim':
      return 'verbatim';
    case 'whitespace':
      return 'whitespace';
    case 'strip':
      return 'strip';
    case 'scissors':
      return invocation.usesEditor ? 'scissors' : 'whitespace';
    case 'default':
      return invocation.usesEditor ? 'strip' : 'whitespace';
    default:
      // git refuses an unknown mode itself; judging everything is the safe reading.
      return 'verbatim';
  }
}

/** The characters core.commentChar=auto picks from, in git's order. */
const AUTO_COMMENT_CHARS = '#;@!$%^&|:';

/** The scissors line git writes: the comment string, a space, then this. */
const CUT_LINE = '------------------------ >8 ------------------------';

/**
 * The file's lines with the ones git will drop blanked (line numbers stay those of the file). With an unknown mode
 * nothing is dropped: a `#` line or a text below a scissors line may well be stored, so it is judged.
 */
export function storedLines(text: string, mode: CleanupMode, verbose: boolean, commentChar: string | undefined): string[] {
  const lines = text.split('\n');
  let end = lines.length;
  if (mode === 'scissors' || (mode !== 'unknown' && verbose)) {
    // wt_status_locate_end: the first line that is exactly `<comment> ------------------------ >8 ------------------------`.
    // With core.commentChar=auto git picked the character itself; any of its candidates may start the line.
    const cut = lines.findIndex((line) => (commentChar === undefined ? AUTO_COMMENT_CHARS.includes(line[0] ?? '') : line.startsWith(commentChar)) && line.slice(1) === ` ${CUT_LINE}`);
    if (cut >= 0) end = cut;
  }
  // Comment lines go only under strip (scissors keeps them, as whitespace does) and when the character is known
  // (`auto` picks one per message, which the hook cannot see).
  const dropsComments = mode === 'strip' && commentChar !== undefined;
  return lines.map((line, index) => (index >= end || (dropsComments && line.startsWith(commentChar!)) ? '' : line));
}

/**
 * Reads a `git commit` argument list (what follows `commit`). Short options may be clustered (`-vam msg`); the
 * value of `-m`, `-F`, `-C`, `-c` and `-t` is the rest of the cluster or the next argument.
 */
export function parseCommitArguments(args: readonly string[]): CommitInvocation {
  let cleanup: string | undefined;
  let verbose = false;
  let edit: boolean | undefined;
  let hasMessage = false;
  let reedit = false;
  const withValue = new Set(['m', 'F', 'C', 'c', 't', 'S']);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') break;
    if (arg.startsWith('--')) {
      const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
      const value = (): string | undefined => inline ?? args[++i];
      if (name === '--cleanup') cleanup = value();
      else if (name === '--verbose') verbose = true;
      else if (name === '--no-verbose') verbose = false;
      else if (name === '--edit') edit = true;
      else if (name === '--no-edit') edit = false;
      else if (name === '--message' || name === '--file' || name === '--reuse-message') (hasMessage = true), inline === undefined && i++;
      else if (name === '--reedit-message') (reedit = true), inline === undefined && i++;
      else if (['--template', '--author', '--date', '--fixup', '--squash', '--trailer', '--pathspec-from-file'].includes(name) && inline === undefined) i++;
      continue;
    }
    if (!arg.startsWith('-') || arg === '-') continue;
    for (let j = 1; j < arg.length; j++) {
      const flag = arg[j]!;
      if (flag === 'v') verbose = true;
      else if (flag === 'e') edit = true;
      if (withValue.has(flag)) {
        if (flag === 'm' || flag === 'F' || flag === 'C') hasMessage = true;
        if (flag === 'c') reedit = true;
        if (j === arg.length - 1) i++;
        break;
      }
    }
  }
  const usesEditor = edit ?? (reedit || !hasMessage);
  return { ...(cleanup !== undefined ? { cleanup } : {}), verbose, usesEditor };
}
