import { describe, expect, it } from "vitest";
import { withoutWrapperFrames } from "./engine";

function pythonError(message: string): Error {
  const error = new Error(message);
  error.name = "PythonError";
  return error;
}

const isPyodideWrapper = (file: string) => file.endsWith("/_pyodide/_base.py");

describe("withoutWrapperFrames", () => {
  it("drops the engine's leading frames with their source and caret lines, keeping the person's", () => {
    const error = pythonError(`Traceback (most recent call last):
  File "/lib/python314.zip/_pyodide/_base.py", line 619, in eval_code_async
    await CodeRunner(
    ...<10 lines>...
    .run_async(globals, locals)
  File "/lib/python314.zip/_pyodide/_base.py", line 420, in run_async
    coroutine = eval(self.code, globals, locals)
  File "main.py", line 2, in <module>
    f()
    ~^^
ValueError: boom
`);
    expect(withoutWrapperFrames(error, isPyodideWrapper).message).toBe(`Traceback (most recent call last):
  File "main.py", line 2, in <module>
    f()
    ~^^
ValueError: boom
`);
  });

  it("leaves a wrapper-named frame alone when it is not at the top", () => {
    const message = 'Traceback (most recent call last):\n  File "a.py", line 1, in <module>\n  File "<stdin>", line 1, in f\nKeyError: 1\n';
    expect(withoutWrapperFrames(pythonError(message), (file) => file === "<stdin>").message).toBe(message);
  });

  it("returns errors that are not Python's untouched", () => {
    const error = new TypeError('Traceback (most recent call last):\n  File "<stdin>", line 1');
    expect(withoutWrapperFrames(error, () => true).message).toBe(error.message);
  });
});
