import { beforeAll, describe, expect, it } from "vitest";
import { loadRaisingJsErrors, type RaisingMicroPython } from "./micropython-js-errors";

type MicroPython = RaisingMicroPython & { runPythonAsync(code: string): unknown };
type MicroPythonModule = { loadMicroPython(options: Record<string, unknown>): Promise<MicroPython> };

let mp: MicroPython;
const printed: string[] = [];

/** Runs `code` and gives back what it printed. */
function run(code: string): string {
  printed.length = 0;
  mp.runPython(code);
  return printed.join("");
}

beforeAll(async () => {
  const module = (await import("@micropython/micropython-webassembly-pyscript/micropython.mjs" as string)) as MicroPythonModule;
  mp = await loadRaisingJsErrors(() => module.loadMicroPython({ stdout: (line: string) => printed.push(`${line}\n`) }));
  mp.runPython("import js, jsffi, sys");
});

describe("a JavaScript exception in MicroPython", () => {
  it.each([
    ["a call", `js.JSON.parse("{")`, "SyntaxError: Expected property name"],
    ["a getter", `js.eval("({get x() { throw new RangeError('no x') }})").x`, "RangeError: no x"],
    ["new", `js.eval("(class { constructor() { throw new TypeError('no new') } })").new()`, "TypeError: no new"],
    ["iterating a non-iterable", `[x for x in js.Object.new()]`, "TypeError: proxy_js_ref[f_ref][Symbol.iterator] is not a function"],
    ["a subscript", `js.eval("new Proxy({}, {get() { throw new Error('no item') }})")["a"]`, "Error: no item"],
    ["a thrown string", `js.eval("() => { throw 'plain' }")()`, "Error: plain"],
  ])("from %s is a JsException that except catches", (_, expression, text) => {
    const out = run(`try:\n    ${expression}\nexcept jsffi.JsException as error:\n    print(type(error).__name__, "|", error)\n`);
    expect(out).toContain(`JsException | ${text}`);
  });

  it("keeps the JS error and its name and message in args, as jsffi's own JsException", () => {
    expect(run(`try:\n    js.JSON.parse("{")\nexcept Exception as error:\n    print(error.args[0].name, error.args[1], error.args[0] is not None)\n`)).toBe("SyntaxError SyntaxError True\n");
  });

  it("shows the JS error in an uncaught traceback whose only frame is the caller's", () => {
    let message = "";
    try {
      mp.runPython(`def parse():\n    return js.JSON.parse("[")\nparse()\n`);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe(`Traceback (most recent call last):
  File "<stdin>", line 3, in <module>
  File "<stdin>", line 2, in parse
JsException: SyntaxError: Unexpected end of JSON input
`);
  });

  it("raises a built-in exception of a Python callback again as itself", () => {
    mp.runPython("def fail(*args):\n    raise ValueError('bad item')\n");
    expect(run(`try:\n    js.Array.new(1, 2).map(fail)\nexcept ValueError as error:\n    print("ValueError", error)\n`)).toBe("ValueError bad item\n");
  });

  it("raises any other exception of a Python callback as a JsException naming it", () => {
    mp.runPython("class Mine(Exception):\n    pass\ndef mine(*args):\n    raise Mine('odd')\n");
    expect(run(`try:\n    js.Array.new(1, 2).map(mine)\nexcept jsffi.JsException as error:\n    print(error)\n`)).toBe("PythonError: Mine: odd\n");
  });

  it("ends the iteration of a JS array as usual and raises an index past its end as IndexError", () => {
    expect(run(`print(list(js.Array.new(1, 2)), [k for k in js.Object.keys(js.JSON.parse('{"a": 1}'))])\n`)).toBe("[1, 2] ['a']\n");
    expect(run(`try:\n    js.Array.new(1)[5]\nexcept IndexError as error:\n    print("IndexError", error)\n`)).toBe("IndexError index out of range\n");
  });

  it("from an awaited promise that rejects is the same JsException, whatever the reason", async () => {
    printed.length = 0;
    await mp.runPythonAsync(`for reason in ["new TypeError('late')", "null", "'text'"]:
    try:
        await js.eval("Promise.reject(" + reason + ")")
        print("not raised")
    except jsffi.JsException as error:
        print(type(error).__name__, "|", error)
`);
    expect(printed.join("")).toBe("JsException | TypeError: late\nJsException | Error: null\nJsException | Error: text\n");
  });

  it("catches 10,000 in a loop", () => {
    expect(run(`n = 0\nfor i in range(10000):\n    try:\n        js.JSON.parse("{")\n    except Exception:\n        n += 1\nprint(n)\n`)).toBe("10000\n");
  });
});
