import { describe, expect, it } from "vitest";
import { sharedEngineMethods, type InterpreterApi } from "./shared-api";

// The real interpreter: its Emscripten file system is what writeFile talks to.
const { loadMicroPython } = (await import("@micropython/micropython-webassembly-pyscript/micropython.mjs" as string)) as {
  loadMicroPython(options: object): Promise<InterpreterApi & { runPython(code: string): unknown }>;
};

async function engine() {
  const api = await loadMicroPython({ stdout: () => {} });
  return { api, methods: sharedEngineMethods(api) };
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe("writeFile", () => {
  it("makes the folders a file needs, then writes into them and over what is there", async () => {
    const { methods } = await engine();
    methods.writeFile("/lib/pkg/sub/a.py", "a = 1\n");
    methods.writeFile("/lib/pkg/sub/b.py", "b = 2\n");
    methods.writeFile("/lib/pkg/sub/a.py", new TextEncoder().encode("a = 3\n"));
    methods.writeFile("top.txt", "no folder");
    expect([text(methods.readFile("/lib/pkg/sub/a.py")), text(methods.readFile("/lib/pkg/sub/b.py")), text(methods.readFile("top.txt"))]).toEqual([
      "a = 3\n",
      "b = 2\n",
      "no folder",
    ]);
  });

  it("writes again into a folder Python removed after an earlier write", async () => {
    const { api, methods } = await engine();
    methods.writeFile("/data/x/one.txt", "1");
    api.runPython('import os\nos.remove("/data/x/one.txt")\nos.rmdir("/data/x")');
    methods.writeFile("/data/x/two.txt", "2");
    expect(text(methods.readFile("/data/x/two.txt"))).toBe("2");
  });

  it("throws the file system's own error when the path cannot be a file", async () => {
    const { methods } = await engine();
    methods.writeFile("/lib/plain", "a file, not a folder");
    expect(() => methods.writeFile("/lib/plain/inside.py", "x")).toThrow(expect.objectContaining({ name: "ErrnoError" }));
    expect(text(methods.readFile("/lib/plain"))).toBe("a file, not a folder");
  });
});
