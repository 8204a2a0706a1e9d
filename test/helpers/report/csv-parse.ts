/** @fileoverview A strict RFC 4180 parser for tests: rows of fields, failing on anything the RFC does not allow. */

/** Parses CSV whose every row ends with CRLF; throws on a bare CR or LF outside quotes, a stray quote, or a missing final CRLF. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let index = 0;
  while (index < text.length) {
    if (text[index] === '"' && field === '') {
      // A quoted field runs to the next quote that is not doubled.
      index++;
      for (;;) {
        const quote = text.indexOf('"', index);
        if (quote === -1) throw new Error('unterminated quoted field');
        field += text.slice(index, quote);
        if (text[quote + 1] === '"') {
          field += '"';
          index = quote + 2;
        } else {
          index = quote + 1;
          break;
        }
      }
      if (!/^(,|\r\n)/.test(text.slice(index, index + 2))) throw new Error(`text after a closing quote at ${index}`);
      continue;
    }
    const char = text[index]!;
    if (char === ',') {
      row.push(field);
      field = '';
      index++;
    } else if (text.startsWith('\r\n', index)) {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index += 2;
    } else if (char === '\r' || char === '\n' || char === '"') {
      throw new Error(`unquoted ${JSON.stringify(char)} at ${index}`);
    } else {
      field += char;
      index++;
    }
  }
  if (field !== '' || row.length > 0) throw new Error('the last row does not end with CRLF');
  return rows;
}
