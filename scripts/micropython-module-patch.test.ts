import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { patchMicroPythonModule } from "./micropython-module-patch.mjs";

const source = readFileSync("node_modules/@micropython/micropython-webassembly-pyscript/micropython.mjs", "utf8");

describe("patchMicroPythonModule", () => {
  it("hands loadMicroPython's instantiateWasm option to Emscripten, which then instantiates through it", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "micropython-patch-")), "micropython.mjs");
    writeFileSync(file, patchMicroPythonModule(source));
    const { loadMicroPython } = (await import(pathToFileURL(file).href)) as {
      loadMicroPython(options: object): Promise<{ runPython(code: string): unknown; globals: { get(name: string): unknown } }>;
    };
    const wasm = await WebAssembly.compile(readFileSync("node_modules/@micropython/micropython-webassembly-pyscript/micropython.wasm"));
    let called = 0;
    const mp = await loadMicroPython({
      instantiateWasm(imports: WebAssembly.Imports, done: (instance: WebAssembly.Instance) => void) {
        called++;
        void WebAssembly.instantiate(wasm, imports).then(done);
        return {};
      },
      stdout: () => {},
    });
    expect(called).toBe(1);
    mp.runPython("answer = 6 * 7");
    expect(mp.globals.get("answer")).toBe(42);
  });

  it("fails the build when micropython.mjs no longer has the code it patches", () => {
    expect(() => patchMicroPythonModule(source.replace("let Module={", "let Module = {"))).toThrow(/review scripts\/micropython-module-patch\.mjs/);
  });
});
