// The `pyscript` modules embedded in core.js and worker.js are downloaded by every page, comments and
// docstrings included. The build drops both, leaving their lines empty so tracebacks keep their line numbers.

/** Opens or closes triple-quoted strings along `line`; returns the quote still open after it, or null. */
function quoteAfter(line, quote) {
  for (const [mark] of line.matchAll(/"""|'''/g)) {
    if (quote === null) quote = mark;
    else if (mark === quote) quote = null;
  }
  return quote;
}

/**
 * `source` with every line that is only a comment made empty. Lines inside a triple-quoted string stay as
 * they are. Fails rather than guess when the triple quotes do not pair up (one inside a one-line string or
 * after a `#`), since a line inside a string taken for a comment would change the program.
 */
export function withoutCommentLines(source, name) {
  let quote = null;
  const lines = source.split("\n").map((line) => {
    if (quote === null && /^\s*#/.test(line)) return "";
    quote = quoteAfter(line, quote);
    return line;
  });
  if (quote !== null) throw new Error(`${name}: a ${quote} string never ends, so comments cannot be told from strings`);
  return lines.join("\n");
}

const blockStart = /^\s*(?:async\s+def|def|class)\b/;
const depthChange = (line) => (line.match(/[([{]/g)?.length ?? 0) - (line.match(/[)\]}]/g)?.length ?? 0);
const endsWithColon = (line) => /:\s*(?:#.*)?$/.test(line);

/**
 * `source` with each docstring (a triple-quoted string that starts a module, or the body of a `def` or a
 * `class`) reduced to `""` on its first line, its other lines left empty: `__doc__` reads "" and every line
 * keeps its number. A docstring with code after its closing quotes, or a prefix (`r"""`), is left as it is.
 * Run after withoutCommentLines, which has checked that the triple quotes pair up.
 */
export function withoutDocstrings(source) {
  const lines = source.split("\n");
  let quote = null; // inside an ordinary triple-quoted string
  let header = null; // bracket depth inside a `def`/`class` line not yet ended
  let docstringNext = true; // the next statement may be a docstring
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (quote !== null) {
      quote = quoteAfter(line, quote);
      continue;
    }
    if (/^\s*(?:#.*)?$/.test(line)) continue;
    if (header !== null || blockStart.test(line)) {
      header = (header ?? 0) + depthChange(line);
      if (header <= 0) {
        docstringNext = endsWithColon(line);
        header = null;
      }
      quote = quoteAfter(line, null);
      continue;
    }
    const open = docstringNext ? /^(\s*)("""|''')/.exec(line) : null;
    docstringNext = false;
    if (open) {
      const [, indent, mark] = open;
      const end = docstringEnd(lines, i, indent.length + 3, mark);
      if (end !== null) {
        lines[i] = `${indent}""`;
        for (let j = i + 1; j <= end; j++) lines[j] = "";
        i = end;
        continue;
      }
    }
    quote = quoteAfter(line, null);
  }
  return lines.join("\n");
}

/** The line where the docstring opened at `lines[start]` (its text from `from`) closes, if nothing follows it there. */
function docstringEnd(lines, start, from, mark) {
  for (let i = start; i < lines.length; i++) {
    const text = i === start ? lines[i].slice(from) : lines[i];
    const at = text.indexOf(mark);
    if (at !== -1) return text.slice(at + 3).trim() === "" ? i : null;
  }
  return null;
}
