import type { ReactNode } from "react";
import { editorFont } from "@/lib/editor/editor-font";
import { pythonTokens, type Token } from "@/lib/editor/python-tokens";
import styles from "./static-code.module.css";

/**
 * A file's text as Monaco will show it (same font, gutter and Python colours), rendered on the server so the
 * code is on screen at once, read-only, while Monaco loads; CodeEditor swaps it for Monaco in place.
 * Only the server renders this: the Python parser never reaches the page's JS.
 */
export function StaticCode({ path, content }: { path: string; content: string }) {
  const tokens = path.endsWith(".py") ? pythonTokens(content) : [];
  const lines = content.split("\n");
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
            <span className={styles.lineText}>{colour(line, start, tokens)}</span>
          </div>
        );
      })}
    </div>
  );
}

/** The line's text cut at token edges, each coloured piece in a span. */
function colour(line: string, start: number, tokens: Token[]): ReactNode[] {
  const end = start + line.length;
  const pieces: ReactNode[] = [];
  let at = start;
  for (const token of tokens) {
    if (token.to <= start || token.from >= end) continue;
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
}
