/** @fileoverview Keeps a Markdown report under a size, for pull-request comments (GitHub takes at most 65,536 characters). */

/** The most characters a GitHub pull-request or issue comment body may hold. */
export const GITHUB_COMMENT_LIMIT = 65_536;

/**
 * `markdown` cut to at most `maxSize` characters by dropping rows from the end of its Findings table (the least
 * severe, as findings are sorted block first) and saying how many were left out. Headings, the summary table and
 * the footer stay whole, so the counts are always right. Unchanged when it already fits; when even no rows would
 * not fit, the table goes and the note stays.
 *
 * @example
 * ```markdown
 * | WARN | Cursor (Anysphere) | cursor/co-author-trailer | commit 2908b14616 | Co-authored-by: Cursor … | … |
 *
 * _1,412 more findings are not shown to keep this comment under 65,536 characters; run `aiguard scan --format json` for all of them._
 * ```
 */
export function boundMarkdown(markdown: string, maxSize: number): string {
  if (markdown.length <= maxSize) return markdown;
  const lines = markdown.split('\n');
  const heading = lines.indexOf('## Findings');
  // The table starts after the heading's blank line: header row, alignment row, then one row per finding.
  const firstRow = heading + 4;
  let end = firstRow;
  while (heading !== -1 && end < lines.length && lines[end]!.startsWith('| ')) end++;
  const rows = end - firstRow;
  if (heading === -1 || rows <= 0) return markdown;
  const before = lines.slice(0, firstRow);
  const after = lines.slice(end);
  const note = (dropped: number): string =>
    `\n_${dropped.toLocaleString('en-US')} more finding${dropped === 1 ? ' is' : 's are'} not shown to keep this comment under ${maxSize.toLocaleString('en-US')} characters; run \`aiguard scan --format json\` for all of them._`;
  // Rows are short and many: count down from the full table by characters, not by re-rendering.
  let size = markdown.length;
  let kept = rows;
  while (kept > 0 && size + note(rows - kept).length > maxSize) {
    size -= lines[firstRow + kept - 1]!.length + 1;
    kept--;
  }
  if (kept === 0) return [...lines.slice(0, heading + 2), note(rows).trimStart(), '', ...after.slice(after[0] === '' ? 1 : 0)].join('\n');
  return [...before, ...lines.slice(firstRow, firstRow + kept), note(rows - kept), ...after].join('\n');
}
