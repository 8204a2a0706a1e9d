/** @fileoverview Checks XML for tests: a strict parse with sax into a small tree, plus the XML 1.0 character rules sax does not enforce. */
import sax from 'sax';

/** One parsed element: name, attributes, child elements and its text. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Record<string, string>;
  readonly children: XmlElement[];
  text: string;
}

const NOT_XML_CHAR = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/**
 * Parses `xml` strictly and returns its root element; throws on any well-formedness error, on a raw character
 * XML 1.0 does not allow, and on a character reference to one (sax checks the structure but not characters).
 * sax comes with @vscode/vsce; a root devDependency on it would make this independent of that.
 */
export function parseXml(xml: string): XmlElement {
  const illegal = NOT_XML_CHAR.exec(xml);
  if (illegal) throw new Error(`character U+${illegal[0].codePointAt(0)!.toString(16).toUpperCase()} is not allowed in XML 1.0 (at ${illegal.index})`);
  if (!xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')) throw new Error('missing XML declaration');
  // sax lets a raw `<` through inside an attribute value; XML does not.
  const rawLessThan = /="[^"]*</.exec(xml);
  if (rawLessThan) throw new Error(`raw < in an attribute value at ${rawLessThan.index}`);
  const parser = sax.parser(true, { trim: false, normalize: false });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.onerror = (error: Error) => {
    throw new Error(`not well-formed: ${error.message.split('\n')[0]}`);
  };
  parser.onopentag = (tag: { name: string; attributes: Record<string, string> }) => {
    for (const value of Object.values(tag.attributes)) if (NOT_XML_CHAR.test(value)) throw new Error(`attribute holds a character reference XML 1.0 does not allow: ${JSON.stringify(value)}`);
    const element: XmlElement = { name: tag.name, attributes: { ...tag.attributes }, children: [], text: '' };
    if (stack.length > 0) stack.at(-1)!.children.push(element);
    else if (root) throw new Error('more than one root element');
    else root = element;
    stack.push(element);
  };
  parser.ontext = (text: string) => {
    if (NOT_XML_CHAR.test(text)) throw new Error(`text holds a character reference XML 1.0 does not allow: ${JSON.stringify(text)}`);
    if (stack.length > 0) stack.at(-1)!.text += text;
    else if (text.trim() !== '') throw new Error('text outside the root element');
  };
  parser.onclosetag = () => void stack.pop();
  parser.write(xml).close();
  if (!root || stack.length > 0) throw new Error('no complete root element');
  return root;
}

/** Every descendant element named `name`, in document order. */
export function elementsNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.flatMap((child) => [...(child.name === name ? [child] : []), ...elementsNamed(child, name)]);
}
