import type { ReactNode } from "react";
import { editorFont } from "@/lib/editor/editor-font";
import { pythonTokens, type Token } from "@/lib/editor/python-tokens";
import styles from "./static-code.module.css";

/** More than any screen shows: the rest appears when Monaco is ready. Bounds the work a large file costs. */
const shownLines = 200;
const shownChars = 20_000;

/**
 * The first screen of a file's text as Monaco will show it (same font, gutter and Python colours), rendered on
 * the server so the code is on screen at once, read-only, while Monaco loads; CodeEditor swaps it for Monaco in
 * place. Only the server renders this: the Python parser never reaches the page's JS.
 */
export function StaticCode({ path, content }: { path: string; content: string }) {
  const shown = firstScreen(content);
  const tokens = path.endsWith(".py") ? pythonTokens(shown) : [];
  const lines = shown.split("\n");
  const colour = colourer(tokens);
  let offset = 0;
  return (
    <div className={styles.staticCode} style={{ ...editorFont, lineHeight: `${editorFont.lineHeight}px` }} data-testid="static-code" aria-label={`${path} (loading the editor)`}>
      {lines.map((line, index) => {
        const start = offset;
        offset += line.length + 1;
        return (
          <div key={index} className={styles.line}>
            <span className={styles.lineNumber} aria-hidden>
              {index + 1}
            </span>
            <span className={styles.lineText}>{colour(line, start)}</span>
          </div>
        );
      })}
    </div>
  );
}

function firstScreen(content: string): string {
  const head = content.slice(0, shownChars);
  let end = -1;
  for (let line = 0; line < shownLines; line++) {
    end = head.indexOf("\n", end + 1);
    if (end === -1) return head;
  }
  return head.slice(0, end);
}

/**
 * Cuts each line, in order, at token edges, each coloured piece in a span. The tokens are in order and do not
 * overlap, so one index moves through them once for the whole file.
 */
function colourer(tokens: Token[]): (line: string, start: number) => ReactNode[] {
  let next = 0;
  return (line, start) => {
    const end = start + line.length;
    const pieces: ReactNode[] = [];
    let at = start;
    while (next < tokens.length && tokens[next]!.to <= start) next++;
    for (let i = next; i < tokens.length && tokens[i]!.from < end; i++) {
      const token = tokens[i]!;
      const from = Math.max(token.from, start);
      const to = Math.min(token.to, end);
      if (from > at) pieces.push(line.slice(at - start, from - start));
      pieces.push(
        <span key={from} className={styles[token.kind]}>
          {line.slice(from - start, to - start)}
        </span>,
      );
      at = to;
    }
    if (at < end) pieces.push(line.slice(at - start));
    return pieces;
  };
}
