import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { patchMicroPythonModule } from "./micropython-module-patch.mjs";

const packageFolder = "node_modules/@micropython/micropython-webassembly-pyscript";
const source = readFileSync(`${packageFolder}/micropython.mjs`, "utf8");

type PatchedMicroPython = {
  runPython(code: string): unknown;
  globals: { get(name: string): unknown };
  FS: { readFile(path: string): Uint8Array; mkdirTree(path: string): void; writeFile(path: string, data: string): void };
};

async function loadPatched(): Promise<(options: object) => Promise<PatchedMicroPython>> {
  const folder = mkdtempSync(join(tmpdir(), "micropython-patch-"));
  const file = join(folder, "micropython.mjs");
  writeFileSync(file, patchMicroPythonModule(source));
  copyFileSync(`${packageFolder}/micropython.wasm`, join(folder, "micropython.wasm"));
  return ((await import(pathToFileURL(file).href)) as { loadMicroPython(options: object): Promise<PatchedMicroPython> }).loadMicroPython;
}

describe("patchMicroPythonModule", () => {
  it("hands loadMicroPython's instantiateWasm option to Emscripten, which then instantiates through it", async () => {
    const loadMicroPython = await loadPatched();
    const wasm = await WebAssembly.compile(readFileSync(`${packageFolder}/micropython.wasm`));
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

  it("keeps file-system errors what they were: an Error named ErrnoError with its errno, code and message, and OSError in Python", async () => {
    const mp = await (await loadPatched())({ stdout: () => {} });
    let thrown: unknown;
    try {
      mp.FS.readFile("/no/such/file");
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect(thrown).toMatchObject({ name: "ErrnoError", errno: 44, code: "ENOENT", message: "No such file or directory" });
    expect(String(thrown)).toBe("ErrnoError: No such file or directory");
    // The misses Emscripten catches itself: making a folder that exists, creating files, importing, opening.
    mp.FS.mkdirTree("/lib/pkg");
    mp.FS.mkdirTree("/lib/pkg");
    mp.FS.writeFile("/lib/pkg/__init__.py", "value = 7\n");
    mp.runPython(`
import pkg
value = pkg.value
try:
    import no_such_module
    missing = "imported"
except ImportError:
    missing = "ImportError"
try:
    open("/no/such/file")
except OSError as error:
    opened = error.errno
`);
    // 44 is Emscripten's ENOENT, which the unpatched module reports too.
    expect([mp.globals.get("value"), mp.globals.get("missing"), mp.globals.get("opened")]).toEqual([7, "ImportError", 44]);
  });

  it.each([
    ["the module object", "let Module={", "let Module = {"],
    ["FS.ErrnoError", 'ErrnoError:class extends Error{name="ErrnoError"', 'ErrnoError:class extends Error{name = "ErrnoError"'],
  ])("fails the build when micropython.mjs no longer has the code it patches: %s", (_, original, changed) => {
    expect(source).toContain(original);
    expect(() => patchMicroPythonModule(source.replace(original, changed))).toThrow(/review scripts\/micropython-module-patch\.mjs/);
  });
});
