import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { zip } from "../runtime/zip";

/** A pure-Python wheel: `files` are its modules; the dist-info is added. */
function wheel(name: string, files: Record<string, string>): Buffer {
  const info = `${name}-1.0.dist-info`;
  return zip({
    ...files,
    [`${info}/METADATA`]: `Metadata-Version: 2.1\nName: ${name}\nVersion: 1.0\n`,
    [`${info}/WHEEL`]: "Wheel-Version: 1.0\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
    [`${info}/RECORD`]: "",
  });
}

/**
 * The wheels of the test distribution: `greeter` depends on `shout`; `unused` is only listed. `pygame-ce`
 * stands in for the real one (a wasm build that needs SDL): its `pygame` module only reports the canvas
 * Pyodide was told to draw on, which is what the runtime's py-game support controls.
 */
type TestWheel = { depends: readonly string[]; files: Record<string, string>; stem?: string; imports?: readonly string[] };
const wheels = {
  greeter: {
    depends: ["shout"],
    files: { "greeter/__init__.py": "from shout import shout\n\ndef greet(name):\n    return shout('hello ' + name)\n" },
  },
  shout: { depends: [], files: { "shout/__init__.py": "def shout(text):\n    return text.upper() + '!'\n" } },
  unused: { depends: [], files: { "unused/__init__.py": "VALUE = 1\n" } },
  "pygame-ce": {
    depends: [],
    stem: "pygame_ce",
    imports: ["pygame"],
    files: { "pygame/__init__.py": "import pyodide_js\n\ndef canvas_id():\n    return pyodide_js.canvas.getCanvas2D().id\n" },
  },
} satisfies Record<string, TestWheel>;

const fileName = (name: string) => `${(wheels[name as keyof typeof wheels] as TestWheel).stem ?? name}-1.0-py3-none-any.whl`;

export const distributionWheels = Object.keys(wheels).map(fileName);

export type TestDistribution = { archive: string; sha256: string; lockSha256: string };

const sha256 = (bytes: Buffer | string) => createHash("sha256").update(bytes).digest("hex");

/**
 * Builds a small Pyodide distribution as Pyodide publishes them: a `.tar.bz2` holding `pyodide/` with the
 * lock file (our Pyodide's, plus the test wheels with their sha256) and the wheels, and the sha256 of the
 * archive and of its lock. With `tamper`, that wheel's bytes change after the lock was written, as a corrupted
 * download would; with `relock` too, the lock is written after, matching the altered wheel, as whoever
 * altered it on purpose would do.
 */
export function buildPyodideDistribution({ tamper, relock = false }: { tamper?: keyof typeof wheels; relock?: boolean } = {}): TestDistribution {
  const work = mkdtempSync(join(tmpdir(), "test-distribution-"));
  const folder = join(work, "pyodide");
  mkdirSync(folder);
  const lock = JSON.parse(readFileSync("node_modules/pyodide/pyodide-lock.json", "utf8"));
  for (const [name, entry] of Object.entries(wheels) as [string, TestWheel][]) {
    const built = wheel(entry.stem ?? name, entry.files);
    const bytes = name === tamper ? Buffer.concat([built, Buffer.from("tampered")]) : built;
    lock.packages[name] = {
      name,
      version: "1.0",
      file_name: fileName(name),
      install_dir: "site",
      sha256: sha256(relock ? bytes : built),
      package_type: "package",
      imports: entry.imports ?? [name],
      depends: entry.depends,
      unvendored_tests: false,
      tool: {},
    };
    writeFileSync(join(folder, fileName(name)), bytes);
  }
  const lockText = JSON.stringify(lock);
  writeFileSync(join(folder, "pyodide-lock.json"), lockText);
  // The interpreter's own files are in a real distribution too; the installer must leave them out.
  writeFileSync(join(folder, "pyodide.asm.wasm"), "not our interpreter");
  const archive = join(work, "pyodide-test.tar.bz2");
  execFileSync("tar", ["-cjf", archive, "-C", work, "pyodide"]);
  return { archive, sha256: sha256(readFileSync(archive)), lockSha256: sha256(lockText) };
}
