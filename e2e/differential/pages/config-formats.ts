import type { DiffPage } from "../page-case";

const head = `<meta charset="utf-8"><link rel="stylesheet" href="{{core.css}}"><script type="module" src="{{core.js}}"></script>`;
const html = (body: string): string => `<!doctype html><html><head>${head}</head><body>\n${body}\n</body></html>`;

/** The same keys, of every kind a config holds, in each format. */
const json = JSON.stringify({
  interpreter: "{{micropython}}",
  files: { "./data.txt": "data.txt" },
  answer: 42,
  ratio: 0.5,
  on: true,
  names: ["a", "b"],
  table: { key: "value", inner: { n: 1 } },
  rows: [{ x: 1 }, { x: 2 }],
});
const toml = `interpreter = "{{micropython}}"
answer = 42
ratio = 0.5
on = true
names = ["a", "b"]
rows = [{ x = 1 }, { x = 2 }]

[files]
"./data.txt" = "data.txt"

[table]
key = "value"

[table.inner]
n = 1
`;

/** Writes the config's `keys` into #<id>, sorted at every level (parsers order keys their own way). */
const report = (id: string, keys: readonly string[], extra = "") => `from pyscript import config, document
def canon(value):
    if isinstance(value, dict):
        return "{" + ", ".join(repr(key) + ": " + canon(value[key]) for key in sorted(value)) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(canon(item) for item in value) + "]"
    return repr(value)
document.getElementById("${id}").textContent = canon({key: config.get(key) for key in ${JSON.stringify(keys)}})${extra}`;

const attribute = (text: string): string => text.replaceAll("&", "&amp;").replaceAll("'", "&#39;");
const keys = ["answer", "ratio", "on", "names", "table", "rows", "type"];
const worker = (id: string, config: string) =>
  `<script type="mpy" worker config='${attribute(config)}'>\n${report(id, keys, ' + " " + open("data.txt").read().strip()')}\n</script>`;

export const pages: DiffPage[] = [
  {
    name: "config keys read the same from JSON and TOML, inline and by URL",
    files: {
      "index.html": html(`<div id="json-inline"></div><div id="toml-inline"></div><div id="json-url"></div><div id="toml-url"></div>
${worker("json-inline", json)}
${worker("toml-inline", toml)}
${worker("json-url", "./config.json")}
${worker("toml-url", "./config.toml")}`),
      "config.json": json,
      "config.toml": toml,
      "data.txt": "fetched by the config",
    },
    done: "#json-inline:not(:empty) ~ #toml-inline:not(:empty) ~ #json-url:not(:empty) ~ #toml-url:not(:empty)",
    compare: ["#json-inline", "#toml-inline", "#json-url", "#toml-url"],
  },
  {
    name: "a TOML config's exponents, negative numbers, literal strings and dates",
    files: {
      "index.html": html(`<div id="out"></div>
<mpy-config>
interpreter = "{{micropython}}"
exp = 1e3
big = 6.02e23
negative = -3
literal = 'C:\\path'
date = 1979-05-27T07:32:00Z
</mpy-config>
<script type="mpy">
${report("out", ["exp", "big", "negative", "literal", "date"])}
</script>`),
    },
    done: "#out:not(:empty)",
    compare: ["#out"],
  },
  {
    name: "a TOML config with underscores in numbers, hexadecimal integers, multi-line strings and dotted keys",
    files: {
      "index.html": html(`<div id="out"></div>
<mpy-config>
interpreter = "{{micropython}}"
thousand = 1_000
hex = 0xff
multi = """two
lines"""
dotted.key = "d"
</mpy-config>
<script type="mpy">
${report("out", ["thousand", "hex", "multi", "dotted"])}
</script>`),
    },
    done: "#out:not(:empty), .py-error",
    compare: ["#out"],
    intended:
      "ours reads TOML as its specification says; PyScript's config reader is a small subset that refuses underscores in " +
      "numbers, hexadecimal integers and multi-line strings, and reads a dotted key as one key",
  },
];
