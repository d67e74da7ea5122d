import { describe, expect, it } from "vitest";
import { fetchKeyFiles } from "./fetch-key";

describe("fetchKeyFiles", () => {
  it("maps files below `from` into `to_folder` (default .), keeping their relative paths", () => {
    expect(fetchKeyFiles([{ from: "https://host/lib/", files: ["a.py", "sub/b.py"], to_folder: "/home/code" }])).toEqual([
      ["https://host/lib/a.py", "/home/code/a.py"],
      ["https://host/lib/sub/b.py", "/home/code/sub/b.py"],
    ]);
    expect(fetchKeyFiles([{ files: ["./data.csv"] }])).toEqual([["./data.csv", "./data.csv"]]);
    expect(fetchKeyFiles([{ from: "./lib", files: ["x.py"] }])).toEqual([["./lib/x.py", "./x.py"]]);
  });

  it("fetches `from` itself when there is no files list, under its own name or to_file", () => {
    expect(fetchKeyFiles([{ from: "./data/report.csv?v=1" }])).toEqual([["./data/report.csv?v=1", "./report.csv"]]);
    expect(fetchKeyFiles([{ from: "./data/report.csv", to_folder: "in", to_file: "r.csv" }])).toEqual([["./data/report.csv", "in/r.csv"]]);
    expect(fetchKeyFiles([{ from: "./data/", files: ["report.csv"], to_file: "r.csv" }])).toEqual([["./data/report.csv", "./r.csv"]]);
  });
});
