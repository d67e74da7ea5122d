import { describe, expect, it } from "vitest";
import { parsePath, PathSyntaxError, resolvePaths } from "./js-path";

describe("parsePath", () => {
  it("reads dots, indexes and quoted keys", () => {
    expect(parsePath("Array.isArray.length")).toEqual(["Array", "isArray", "length"]);
    expect(parsePath('Array["isArray"][\'length\']')).toEqual(["Array", "isArray", "length"]);
    expect(parsePath("namespace.reference[0].value")).toEqual(["namespace", "reference", 0, "value"]);
    expect(parsePath("[12][3]")).toEqual([12, 3]);
    expect(parsePath("$el.data_1")).toEqual(["$el", "data_1"]);
    expect(parsePath("héllo.wörld")).toEqual(["héllo", "wörld"]);
  });

  it("keeps what a quoted key holds, with backslash escapes", () => {
    expect(parsePath('a["b.c[0]"]')).toEqual(["a", "b.c[0]"]);
    expect(parsePath(String.raw`a["say \"hi\""]`)).toEqual(["a", 'say "hi"']);
    expect(parsePath(String.raw`a['it\'s']['x\\y']`)).toEqual(["a", "it's", "x\\y"]);
    expect(parsePath('a[""]')).toEqual(["a", ""]);
  });

  it.each([
    ["", 'invalid path "": a path names at least one property'],
    ["a..b", 'invalid path "a..b": expected a property name, found "." at character 3'],
    ["a.", 'invalid path "a.": expected a property name, found the end'],
    [".a", 'invalid path ".a": expected a property name, found "." at character 1'],
    ["a[x]", 'invalid path "a[x]": expected an index or a quoted key, found "x" at character 3'],
    ["a[0", 'invalid path "a[0": expected "]", found the end'],
    ['a["x]', 'invalid path "a[\\"x]": expected a closing ", found the end'],
    ['a["x"', 'invalid path "a[\\"x\\"": expected "]", found the end'],
    ["a b", 'invalid path "a b": expected "." or "[", found " " at character 2'],
    ["a()", 'invalid path "a()": expected "." or "[", found "(" at character 2'],
  ])("rejects %j, naming the path", (path, message) => {
    expect(() => parsePath(path)).toThrow(PathSyntaxError);
    expect(() => parsePath(path)).toThrow(message);
  });
});

describe("resolvePaths", () => {
  const root = {
    Array,
    document: { body: { id: "main", onclick: null }, title: "" },
    namespace: { reference: [{ value: 42 }] },
    nothing: undefined,
  };

  it("gives the last value of each path, in order, objects as themselves", () => {
    expect(resolvePaths(root, ["Array.isArray.length", 'Array["isArray"]["length"]', "namespace.reference[0].value"])).toEqual([1, 1, 42]);
    const [body, title, onclick, nothing] = resolvePaths(root, ["document.body", "document.title", "document.body.onclick", "nothing"]) as unknown[];
    expect(body).toBe(root.document.body);
    expect([title, onclick, nothing]).toEqual(["", null, undefined]);
    expect(resolvePaths("text", ["length"])).toEqual([4]);
    expect(resolvePaths(root, [])).toEqual([]);
  });

  it("names the path and the step where it stopped", () => {
    expect(resolvePaths(root, ["document.title", "nope.x"])).toBe('AttributeError: path "nope.x" stops at "nope": no such property');
    expect(resolvePaths(root, ["namespace.reference[3]"])).toBe('AttributeError: path "namespace.reference[3]" stops at 3: no such property');
    expect(resolvePaths(root, ["document.body.onclick.x"])).toBe('AttributeError: path "document.body.onclick.x" stops at "x": cannot read it from null');
    expect(resolvePaths(root, ["nothing.x"])).toBe('AttributeError: path "nothing.x" stops at "x": cannot read it from undefined');
  });

  it("reports a path that is not one as a ValueError", () => {
    expect(resolvePaths(root, ["document", "a..b"])).toBe('ValueError: invalid path "a..b": expected a property name, found "." at character 3');
  });
});
