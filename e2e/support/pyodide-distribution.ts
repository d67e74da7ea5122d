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

/** The wheels of the test distribution: `greeter` depends on `shout`; `unused` is only listed. */
const wheels = {
  greeter: {
    depends: ["shout"],
    files: { "greeter/__init__.py": "from shout import shout\n\ndef greet(name):\n    return shout('hello ' + name)\n" },
  },
  shout: { depends: [], files: { "shout/__init__.py": "def shout(text):\n    return text.upper() + '!'\n" } },
  unused: { depends: [], files: { "unused/__init__.py": "VALUE = 1\n" } },
} as const;

export const distributionWheels = Object.keys(wheels).map((name) => `${name}-1.0-py3-none-any.whl`);

/**
 * Builds a small Pyodide distribution as Pyodide publishes them: a `.tar.bz2` holding `pyodide/` with the
 * lock file (our Pyodide's, plus the test wheels with their sha256) and the wheels. With `tamper`, that
 * wheel's bytes change after the lock was written, as a corrupted or altered download would.
 */
export function buildPyodideDistribution({ tamper }: { tamper?: keyof typeof wheels } = {}): string {
  const work = mkdtempSync(join(tmpdir(), "test-distribution-"));
  const folder = join(work, "pyodide");
  mkdirSync(folder);
  const lock = JSON.parse(readFileSync("node_modules/pyodide/pyodide-lock.json", "utf8"));
  for (const [name, { depends, files }] of Object.entries(wheels)) {
    const bytes = wheel(name, files);
    const fileName = `${name}-1.0-py3-none-any.whl`;
    lock.packages[name] = {
      name,
      version: "1.0",
      file_name: fileName,
      install_dir: "site",
      sha256: createHash("sha256").update(bytes).digest("hex"),
      package_type: "package",
      imports: [name],
      depends,
      unvendored_tests: false,
      tool: {},
    };
    writeFileSync(join(folder, fileName), name === tamper ? Buffer.concat([bytes, Buffer.from("tampered")]) : bytes);
  }
  writeFileSync(join(folder, "pyodide-lock.json"), JSON.stringify(lock));
  // The interpreter's own files are in a real distribution too; the installer must leave them out.
  writeFileSync(join(folder, "pyodide.asm.wasm"), "not our interpreter");
  const archive = join(work, "pyodide-test.tar.bz2");
  execFileSync("tar", ["-cjf", archive, "-C", work, "pyodide"]);
  return archive;
}
