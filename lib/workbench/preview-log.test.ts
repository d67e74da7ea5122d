import { expect, test } from "vitest";
import { initialPreviewLog, maxEntries, reducePreviewLog, type PreviewLogEvent } from "./preview-log";

const fold = (events: PreviewLogEvent[]) => events.reduce(reducePreviewLog, initialPreviewLog);

test("each printed line is one entry, in order, with its stream", () => {
  const log = fold([
    { type: "stdout", text: "hello" },
    { type: "stdout", text: "next" },
    { type: "stderr", text: "warn" },
  ]);
  expect(log.entries.map((e) => [e.kind, e.text])).toEqual([["stdout", "hello"], ["stdout", "next"], ["stderr", "warn"]]);
});

test("status follows loading progress, ready, an error with its traceback, and a stop", () => {
  let log = fold([{ type: "progress", stage: "interpreter", loaded: 50, total: 200 }]);
  expect(log.status).toEqual({ phase: "loading", stage: "interpreter", fraction: 0.25 });
  log = reducePreviewLog(log, { type: "progress", stage: "packages", loaded: 1 });
  expect(log.status).toEqual({ phase: "loading", stage: "packages", fraction: null });
  log = reducePreviewLog(log, { type: "ready", engine: "pyodide", version: "0.29" });
  expect(log.status).toEqual({ phase: "running", engine: "pyodide" });
  log = reducePreviewLog(log, { type: "error", message: "ZeroDivisionError", traceback: "Traceback ...\nZeroDivisionError" });
  log = reducePreviewLog(log, { type: "done" });
  expect(log.status.phase).toBe("failed");
  expect(log.entries.at(-1)).toMatchObject({ kind: "error", text: "ZeroDivisionError", traceback: "Traceback ...\nZeroDivisionError" });
  log = reducePreviewLog(log, { type: "stopped", how: "terminated", detail: "Worker terminated." });
  expect(log.status).toEqual({ phase: "stopped", detail: "Worker terminated." });
  expect(log.entries.at(-1)).toMatchObject({ kind: "info", text: "Worker terminated." });
});

test("clearing or a new run empties the console; a print loop keeps only the newest lines", () => {
  expect(fold([{ type: "stdout", text: "a\n" }, { type: "clear-log" }]).entries).toEqual([]);
  const rerun = fold([{ type: "stdout", text: "a\n" }, { type: "done" }, { type: "reloading" }]);
  expect(rerun).toMatchObject({ entries: [], status: { phase: "loading" } });
  const many = Array.from({ length: maxEntries + 5 }, (_, i): PreviewLogEvent => ({ type: "stdout", text: `${i}\n` }));
  const log = fold(many);
  expect(log.entries).toHaveLength(maxEntries);
  expect(log.entries[0]?.text).toBe("5\n");
});
