import type * as Monaco from "monaco-editor";

/** Monaco has no TOML grammar; pyscript.toml is the one config file a project has, so it gets this small one. */
export function registerToml(monaco: typeof Monaco): void {
  monaco.languages.register({ id: "toml", extensions: [".toml"], aliases: ["TOML"] });
  monaco.languages.setLanguageConfiguration("toml", {
    comments: { lineComment: "#" },
    brackets: [["[", "]"], ["{", "}"]],
    autoClosingPairs: [
      { open: "[", close: "]" },
      { open: "{", close: "}" },
      { open: '"', close: '"' },
      { open: "'", close: "'" },
    ],
  });
  monaco.languages.setMonarchTokensProvider("toml", {
    tokenizer: {
      root: [
        [/#.*$/, "comment"],
        [/^\s*\[\[?[^\]]*\]\]?/, "type"],
        [/[A-Za-z0-9_.-]+(?=\s*=)/, "key"],
        [/"""/, "string", "@multiline"],
        [/"([^"\\]|\\.)*"/, "string"],
        [/'[^']*'/, "string"],
        [/\b(true|false)\b/, "keyword"],
        [/\d{4}-\d{2}-\d{2}([T ][\d:.]+)?(Z|[+-]\d{2}:\d{2})?/, "number"],
        [/[+-]?(\d[\d_]*)(\.\d+)?([eE][+-]?\d+)?/, "number"],
        [/[=,[\]{}]/, "delimiter"],
      ],
      multiline: [
        [/"""/, "string", "@pop"],
        [/./, "string"],
      ],
    },
  });
}
