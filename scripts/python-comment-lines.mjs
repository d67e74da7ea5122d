// The `pyscript` modules embedded in core.js and worker.js are downloaded by every page, comments included.
// The build drops their comment-only lines, each left empty so tracebacks keep their line numbers.

/**
 * `source` with every line that is only a comment made empty. Lines inside a triple-quoted string stay as
 * they are. Fails rather than guess when the triple quotes do not pair up (one inside a one-line string or
 * after a `#`), since a line inside a string taken for a comment would change the program.
 */
export function withoutCommentLines(source, name) {
  let quote = null;
  const lines = source.split("\n").map((line) => {
    if (quote === null && /^\s*#/.test(line)) return "";
    for (const [mark] of line.matchAll(/"""|'''/g)) {
      if (quote === null) quote = mark;
      else if (mark === quote) quote = null;
    }
    return line;
  });
  if (quote !== null) throw new Error(`${name}: a ${quote} string never ends, so comments cannot be told from strings`);
  return lines.join("\n");
}
