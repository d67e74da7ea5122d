import { runInNewContext } from "node:vm";
import { setFlagsFromString } from "node:v8";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { loadPyodide } from "pyodide";
import { keepBorrowedCallables, type PyodideInternals } from "./pyodide-borrowed-callables";

// The real Pyodide the runtime ships, in Node; `gc` lets the test see the FinalizationRegistry at work.
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

type Kept = { kept?: unknown; freed?: boolean };
const scope = globalThis as typeof globalThis & Kept & { keep(value: unknown): void };
let pyodide: Awaited<ReturnType<typeof loadPyodide>>;

beforeAll(async () => {
  pyodide = await loadPyodide();
  scope.keep = (value) => (scope.kept = value);
  expect(keepBorrowedCallables((pyodide as unknown as { _module: PyodideInternals })._module)).toBe(true);
});

describe("keepBorrowedCallables", () => {
  it("lets JavaScript call a Python function it kept after the call that passed it returned", () => {
    pyodide.runPython('import js\njs.keep(lambda x: x * 2)');
    expect((scope.kept as (x: number) => number)(21)).toBe(42);
    expect((scope.kept as (x: number) => number)(5)).toBe(10);
  });

  it("releases the Python function once JavaScript drops it and collects it", async () => {
    scope.freed = false;
    pyodide.runPython(`
import js
class Handler:
    def __call__(self):
        return "called"
    def __del__(self):
        js.freed = True
js.keep(Handler())
`);
    expect((scope.kept as () => string)()).toBe("called");
    scope.kept = undefined;
    await vi.waitFor(() => {
      collectGarbage();
      expect(scope.freed).toBe(true);
    });
  });

  it("still destroys borrowed values that are not callable", () => {
    pyodide.runPython('import js\njs.keep({"a": 1})');
    expect(() => String((scope.kept as { get(key: string): unknown }).get("a"))).toThrow(/borrowed proxy was automatically destroyed/);
  });
});
