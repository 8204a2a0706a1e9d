/** @fileoverview Says where a policy or baseline file's JSON breaks, as line and column, the way editors count. */

/**
 * One phrase for a `JSON.parse` failure on `text`: `line 2, column 3: expected property name or '}'`, with a hint
 * when the file carries comments (JSON has none; people copy them from JSONC examples). The position comes from
 * V8's message, whose byte offset alone says nothing to a person.
 */
export function describeJsonSyntaxError(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const offset = /at position (\d+)/.exec(message);
  const problem = message
    .replace(/\s*in JSON at position \d+.*$/s, '')
    .replace(/,\s*".*" is not valid JSON$/s, '')
    .replace(/^./, (first) => first.toLowerCase());
  const where = offset ? `${lineAndColumn(text, Number(offset[1]))}: ` : '';
  const comment = /^\s*(\/\/|\/\*)/m.test(text) ? ' (JSON has no comments: remove the // and /* */ lines)' : '';
  return `not valid JSON: ${where}${problem}${comment}`;
}

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}
