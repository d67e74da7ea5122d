import type { DiffCase } from "../case";

/**
 * The standard library as it reaches a page: Pyodide loads our own archive (its modules' bytecode beside their
 * sources), PyScript Pyodide's. Modules, files, sources and tracebacks must read the same.
 */

export const cases: DiffCase[] = [
  {
    name: "stdlib: modules imported at start-up and later name their source as their file",
    engines: ["pyodide"],
    code: `import json, base64, asyncio, csv, fractions
for module in (json, base64, asyncio, csv, fractions):
    print(module.__name__, module.__file__, module.__spec__.origin, module.__cached__)`,
  },
  {
    name: "stdlib: inspect reads a start-up module's source",
    engines: ["pyodide"],
    code: `import inspect, json
print(inspect.getsourcefile(json.dumps))
print(inspect.getsource(json.dumps).splitlines()[0])`,
  },
  {
    name: "stdlib: a traceback through start-up modules shows their files, lines and source",
    engines: ["pyodide"],
    code: `import json, traceback
try:
    json.loads("{")
except ValueError:
    lines = traceback.format_exc().splitlines()
start = next(i for i, line in enumerate(lines) if "json/__init__.py" in line)
print("\\n".join(lines[start:]))`,
  },
];
