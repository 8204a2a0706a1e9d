/**
 * @fileoverview Path globs as cheap matchers: each glob is compiled by picomatch only the first time a path could
 * match it, judged by a literal the glob requires (`CLAUDE.md` for `**\/CLAUDE.md`). Most paths in a repository
 * share no such literal with any signature, so a git hook compiles and runs almost no glob at all.
 */
import picomatch from 'picomatch';

const OPEN = new Set(['{', '[', '(']);
const CLOSE = new Set(['}', ']', ')']);
// Outside a group, these stand for characters that vary (or, for `\`, escape the next one).
const WILDCARDS = new Set(['*', '?', '!', '+', '@', '|', '\\']);

/**
 * The longest stretch of plain characters inside one path segment of `glob`, outside any `{…}`, `[…]` or `(…)`
 * group (whose alternatives are optional), which every matching path contains; undefined when no stretch of two or
 * more characters exists (such a glob is always tried).
 */
export function requiredLiteral(glob: string): string | undefined {
  if (glob.startsWith('!')) return undefined; // a negated glob matches the paths that lack its literals
  let best = '';
  let piece = '';
  let depth = 0;
  const end = (): void => {
    if (piece.length > best.length) best = piece;
    piece = '';
  };
  for (const char of glob) {
    if (OPEN.has(char)) depth++;
    if (depth > 0 || char === '/' || WILDCARDS.has(char)) end();
    else piece += char;
    if (CLOSE.has(char) && depth > 0) depth--;
  }
  end();
  return best.length >= 2 ? best : undefined;
}

/** One matcher for `globs` (any may match), with dot files matched as picomatch's `dot: true` does. */
export function compileGlobs(globs: readonly string[]): (path: string) => boolean {
  const matchers = globs.map((glob) => {
    const literal = requiredLiteral(glob);
    let test: ((path: string) => boolean) | undefined;
    return (path: string): boolean => (literal === undefined || path.includes(literal)) && (test ??= picomatch(glob, { dot: true }))(path);
  });
  return (path) => matchers.some((matches) => matches(path));
}
