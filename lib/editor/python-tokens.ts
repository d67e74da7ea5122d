import { pythonLanguage } from "@codemirror/lang-python";

export type TokenKind = "keyword" | "string" | "number" | "comment";
export type Token = { from: number; to: number; kind: TokenKind };

const kindOfNode = new Map<string, TokenKind>([
  ["Comment", "comment"],
  ["String", "string"],
  ["FormatString", "string"],
  ["Number", "number"],
  ["Boolean", "keyword"],
  ["None", "keyword"],
]);

/**
 * The coloured spans of Python source, in order, in the classes Monaco's own Python grammar colours
 * (keywords, strings, numbers, comments): for showing code before Monaco has loaded. Lezer names each
 * keyword token by its lower-case text, so a lower-case leaf is a keyword.
 */
export function pythonTokens(source: string): Token[] {
  const tokens: Token[] = [];
  const cursor = pythonLanguage.parser.parse(source).cursor();
  let more = true;
  while (more) {
    const kind = kindOfNode.get(cursor.name) ?? (/^[a-z]+$/.test(cursor.name) && !cursor.node.firstChild ? "keyword" : undefined);
    if (kind && cursor.to > cursor.from) tokens.push({ from: cursor.from, to: cursor.to, kind });
    // A string's parts (an f-string's replacements) take the string's colour: skip inside it.
    more = kind === "string" ? cursor.next(false) : cursor.next();
  }
  return tokens;
}
