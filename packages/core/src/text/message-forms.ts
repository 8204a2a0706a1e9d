/**
 * @fileoverview Undoes the ways people mangle commit messages before matching: one-line messages with literal `\n`
 * sequences, HTML-escaped addresses (`&lt;noreply@opencode.ai&gt;`) and a footer link broken across two lines.
 */

const LITERAL_NEWLINE = /(?:\\r)?\\n/g;
const ENTITIES: Readonly<Record<string, string>> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };
const ENTITY = /&(?:lt|gt|amp|quot|#39|#x27);/g;
// A Markdown link whose target starts on this line and does not close on it: `[Cursor](https://cur`.
const OPEN_LINK = /\]\(\s*https?:\/\/[^\s)]*$/;

/**
 * Returns `message` as its author meant it. Lines keep their numbers where the input had real line breaks: a
 * broken link's second half moves up and leaves an empty line behind. Returns `message` itself when nothing changes.
 */
export function restoreMessageForm(message: string): string {
  let text = message;
  // Only a message with no real body takes `\n` as a line break: elsewhere it is code quoted in prose.
  if (text.includes('\\n') && !/\n\s*\S/.test(text.trimEnd())) text = text.replace(LITERAL_NEWLINE, '\n');
  if (text.includes('&')) text = text.replace(ENTITY, (entity) => ENTITIES[entity] ?? entity);
  if (text.includes('](')) {
    const lines = text.split('\n');
    let joined = false;
    for (let i = 0; i + 1 < lines.length; i++) {
      if (!OPEN_LINK.test(lines[i]!)) continue;
      lines[i] = `${lines[i]}${lines[i + 1]!.trim()}`;
      lines[i + 1] = '';
      joined = true;
    }
    if (joined) text = lines.join('\n');
  }
  return text;
}
