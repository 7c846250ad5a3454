/**
 * A strict, dependency-free reader for the XML subset the kit writes (declaration, elements, attributes, text,
 * character and predefined entity references, comments, CDATA). It rejects anything not well-formed, so tests
 * can prove the JUnit output parses and read back what it says.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** Concatenated character data directly inside the element, references decoded. */
  text: string;
}

const NAME = /[A-Za-z_:][-A-Za-z0-9_:.]*/y;
const SPACE = /[ \t\r\n]*/y;
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export class XmlSyntaxError extends Error {}

export function parseXml(source: string): XmlElement {
  const bad = NOT_XML_CHAR.exec(source);
  if (bad) throw new XmlSyntaxError(`character U+${bad[0].codePointAt(0)!.toString(16)} is not allowed at ${bad.index}`);
  let at = 0;
  const fail = (message: string): never => {
    throw new XmlSyntaxError(`${message} at offset ${at}: ${JSON.stringify(source.slice(at, at + 30))}`);
  };
  const skipSpace = () => {
    SPACE.lastIndex = at;
    SPACE.exec(source);
    at = SPACE.lastIndex;
  };
  const name = (): string => {
    NAME.lastIndex = at;
    const match = NAME.exec(source);
    if (!match) return fail('expected a name');
    at = NAME.lastIndex;
    return match[0];
  };
  const decode = (raw: string): string =>
    raw.replace(/&([^;]*);?/g, (whole, ref: string) => {
      if (!whole.endsWith(';')) return fail(`unterminated reference ${whole}`);
      if (ref in PREDEFINED) return PREDEFINED[ref]!;
      const numeric = /^#(?:x([0-9A-Fa-f]+)|([0-9]+))$/.exec(ref);
      if (!numeric) return fail(`unknown entity &${ref};`);
      const code = numeric[1] !== undefined ? parseInt(numeric[1], 16) : parseInt(numeric[2]!, 10);
      if (code > 0x10ffff) return fail(`character reference ${whole} out of range`);
      const char = String.fromCodePoint(code);
      if (NOT_XML_CHAR.test(char)) return fail(`character reference ${whole} names a character XML forbids`);
      return char;
    });
  const skipMisc = () => {
    for (;;) {
      skipSpace();
      if (source.startsWith('<!--', at)) {
        const end = source.indexOf('-->', at + 4);
        if (end === -1 || source.slice(at + 4, end).includes('--')) fail('bad comment');
        at = end + 3;
      } else return;
    }
  };
  const element = (): XmlElement => {
    if (source[at] !== '<') fail('expected <');
    at += 1;
    const tag = name();
    const attributes: Record<string, string> = {};
    for (;;) {
      const before = at;
      skipSpace();
      if (source.startsWith('/>', at)) {
        at += 2;
        return { name: tag, attributes, children: [], text: '' };
      }
      if (source[at] === '>') {
        at += 1;
        break;
      }
      if (at === before) fail('expected whitespace before an attribute');
      const attribute = name();
      skipSpace();
      if (source[at] !== '=') fail('expected =');
      at += 1;
      skipSpace();
      const quote = source[at];
      if (quote !== '"' && quote !== "'") return fail('expected a quoted attribute value');
      const end = source.indexOf(quote, at + 1);
      if (end === -1) fail('unterminated attribute value');
      const raw = source.slice(at + 1, end);
      if (raw.includes('<')) fail('< in an attribute value');
      if (attribute in attributes) fail(`duplicate attribute ${attribute}`);
      attributes[attribute] = decode(raw);
      at = end + 1;
    }
    const children: XmlElement[] = [];
    let text = '';
    for (;;) {
      if (at >= source.length) fail(`unclosed element <${tag}>`);
      if (source.startsWith('</', at)) {
        at += 2;
        const closing = name();
        if (closing !== tag) fail(`</${closing}> closes <${tag}>`);
        skipSpace();
        if (source[at] !== '>') fail('expected >');
        at += 1;
        return { name: tag, attributes, children, text };
      }
      if (source.startsWith('<!--', at)) skipMisc();
      else if (source.startsWith('<![CDATA[', at)) {
        const end = source.indexOf(']]>', at);
        if (end === -1) fail('unterminated CDATA');
        text += source.slice(at + 9, end);
        at = end + 3;
      } else if (source[at] === '<') children.push(element());
      else {
        const next = source.indexOf('<', at);
        const raw = source.slice(at, next === -1 ? source.length : next);
        if (raw.includes(']]>')) fail(']]> in character data');
        text += decode(raw);
        at += raw.length;
      }
    }
  };

  if (source.startsWith('\uFEFF')) at = 1;
  if (source.startsWith('<?xml', at)) {
    const end = source.indexOf('?>', at);
    if (end === -1) fail('unterminated XML declaration');
    if (!/^<\?xml\s+version=(["'])1\.[0-9]+\1(\s+encoding=(["'])[A-Za-z][-A-Za-z0-9._]*\3)?(\s+standalone=(["'])(yes|no)\5)?\s*$/.test(source.slice(at, end))) {
      fail('malformed XML declaration');
    }
    at = end + 2;
  }
  skipMisc();
  const root = element();
  skipMisc();
  if (at !== source.length) fail('content after the root element');
  return root;
}
