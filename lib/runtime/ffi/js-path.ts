/**
 * The paths of `pyscript.ffi.gather`/`query`: `Array.isArray.length`, `Array["isArray"]`, `items[0].value`.
 * A path is traversed, never evaluated. One resolver for the main thread, a worker's own JS objects and the
 * page objects a worker asks for (main/workers/dom-bridge.ts), so all three fail with the same messages.
 */

/** How a failed path reaches Python: `ValueError: …` (not a path) or `AttributeError: …` (did not resolve). */
export type PathFailure = `${"ValueError" | "AttributeError"}: ${string}`;

export class PathSyntaxError extends Error {}

const namePart = /[\p{ID_Continue}$\u200c\u200d]/u;

/** The property keys of `path` in order: names and quoted keys as strings, `[0]` as a number. */
export function parsePath(path: string): (string | number)[] {
  const keys: (string | number)[] = [];
  const fail = (expected: string, at: number): never => {
    const found = at < path.length ? `${JSON.stringify(path[at])} at character ${at + 1}` : "the end";
    throw new PathSyntaxError(`invalid path ${JSON.stringify(path)}: expected ${expected}, found ${found}`);
  };
  const readName = (start: number): number => {
    let end = start;
    while (end < path.length && namePart.test(path[end]!)) end++;
    if (end === start) fail("a property name", start);
    keys.push(path.slice(start, end));
    return end;
  };
  if (path.length === 0) throw new PathSyntaxError("invalid path \"\": a path names at least one property");
  let at = path[0] === "[" ? 0 : readName(0);
  while (at < path.length) {
    if (path[at] === ".") {
      at = readName(at + 1);
    } else if (path[at] === "[") {
      at = readBracket(path, at + 1, keys, fail);
    } else {
      fail('"." or "["', at);
    }
  }
  return keys;
}

/** `[0]`, `["key"]` or `['key']` (with `\` escaping the next character) from just after the `[`. */
function readBracket(path: string, at: number, keys: (string | number)[], fail: (expected: string, at: number) => never): number {
  const quote = path[at];
  if (quote === '"' || quote === "'") {
    let key = "";
    let end = at + 1;
    for (; end < path.length && path[end] !== quote; end++) {
      if (path[end] === "\\") end++;
      if (end < path.length) key += path[end];
    }
    if (end >= path.length) fail(`a closing ${quote}`, end);
    if (path[end + 1] !== "]") fail('"]"', end + 1);
    keys.push(key);
    return end + 2;
  }
  let end = at;
  while (end < path.length && path[end]! >= "0" && path[end]! <= "9") end++;
  if (end === at) fail("an index or a quoted key", at);
  if (path[end] !== "]") fail('"]"', end);
  keys.push(Number(path.slice(at, end)));
  return end + 1;
}

/**
 * The last value of each path from `root`, in order, or why one of them failed (nothing is returned then).
 * Every step must exist on the value before it (`key in value`), so a misspelt name is an error, not None.
 */
export function resolvePaths(root: unknown, paths: readonly string[]): unknown[] | PathFailure {
  const values: unknown[] = [];
  for (const path of paths) {
    let keys: (string | number)[];
    try {
      keys = parsePath(String(path));
    } catch (error) {
      if (error instanceof PathSyntaxError) return `ValueError: ${error.message}`;
      throw error;
    }
    let value = root;
    for (const key of keys) {
      const where = `path ${JSON.stringify(path)} stops at ${JSON.stringify(key)}`;
      if (value === null || value === undefined) return `AttributeError: ${where}: cannot read it from ${String(value)}`;
      if (!(key in Object(value))) return `AttributeError: ${where}: no such property`;
      value = (value as Record<string | number, unknown>)[key];
    }
    values.push(value);
  }
  return values;
}
