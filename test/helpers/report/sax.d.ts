/** @fileoverview The part of sax's API xml-check.ts uses (sax ships no types; it comes with @vscode/vsce). */
declare module 'sax' {
  interface SaxParser {
    onerror: (error: Error) => void;
    onopentag: (tag: { name: string; attributes: Record<string, string> }) => void;
    ontext: (text: string) => void;
    onclosetag: (name: string) => void;
    write(text: string): SaxParser;
    close(): SaxParser;
  }
  const sax: { parser(strict: boolean, options?: { trim?: boolean; normalize?: boolean }): SaxParser };
  export default sax;
}
